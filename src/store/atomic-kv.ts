import { isAppError, StoreError } from '../errors.ts';
import { describeError, encodeStored, type KvEngine, type RecordTrim, type TrimmedCopy } from './kv-engine.ts';
import { recordKeys } from './record-keys.ts';
import { trimRecord } from './trim-record.ts';

/**
 * Every stored record carries a version that each write bumps, so a writer can tell whether the record
 * changed since it read it; records that lapse (claims, seen ids) carry when, in epoch milliseconds.
 */
export interface KvRecord {
  version: number;
  expiresAt?: number | undefined;
}

/**
 * One write of {@link AtomicKv.writeTogether}: `record` put at `key` where no live record is (no
 * `expectedVersion`) or over the one with `expectedVersion`, with `trim` as for {@link AtomicKv.putIfAbsent};
 * or, without `record`, the record at `key` deleted.
 */
export type KvWrite =
  | { key: string; record: KvRecord; expectedVersion?: number | undefined; trim?: RecordTrim | undefined }
  | { key: string; record?: undefined };

/**
 * A key-value store with the two atomic writes the stores are built from, the same on every engine.
 * Keys are relative to the store's namespace. Reads return the stored value unvalidated (callers parse it
 * with their schema) and treat a lapsed record as absent.
 */
export interface AtomicKv {
  get(key: string): Promise<unknown>;
  /** With `trim`, the records may come without those parts (see {@link KvEngine.getManyTrimmed}). */
  getMany(keys: readonly string[], trim?: RecordTrim): Promise<unknown[]>;
  /**
   * Writes `record` unless a live record is at `key`; true when this call wrote it. With `trim`, the reads
   * with that trim get it trimmed (an engine that keeps trimmed copies writes one in the same step).
   */
  putIfAbsent(key: string, record: KvRecord, trim?: RecordTrim): Promise<boolean>;
  /**
   * Writes `record` only if the record at `key` still has `expectedVersion`; true when this call wrote it.
   * `trim` as for {@link putIfAbsent}; written without one, a trimmed copy of the old record is deleted.
   */
  /**
   * As {@link putIfAbsent}, for a write a request waits on before it is answered: it may share one
   * transaction, and one sync, with the others arriving meanwhile (see {@link KvEngine.insertIfAbsentGrouped}).
   */
  putIfAbsentGrouped(key: string, record: KvRecord): Promise<boolean>;
  compareAndSwap(key: string, expectedVersion: number, record: KvRecord, trim?: RecordTrim): Promise<boolean>;
  delete(key: string): Promise<void>;
  /**
   * Makes `writes`, each as {@link putIfAbsent}, {@link compareAndSwap} or {@link delete} would; true when
   * every one landed. Where the engine allows (SQLite) they are one transaction: all land, or none does
   * (false when a condition failed). Elsewhere they are made one by one in the order given, stopping at the
   * first whose condition fails (false), so the caller orders them as it would one by one: a stop part-way,
   * like a crash, must leave nothing a reader could be misled by.
   */
  writeTogether(writes: readonly KvWrite[]): Promise<boolean>;
  /** Deletes lapsed records under `keyPrefix`, which Redis does itself and the SQL engines cannot. */
  sweepExpired(keyPrefix: string): Promise<void>;
  /**
   * The keys under `keyPrefix` (relative, like every key here), about `batchSize` at a time, so a whole
   * kind of record can be walked without loading it all; see {@link KvEngine.keysWithPrefix} for the order.
   */
  keysWithPrefix(keyPrefix: string, batchSize: number): AsyncIterable<string[]>;
  /** Fails with a StoreError when the database cannot be used now; see {@link KvEngine.probe}. */
  probe(): Promise<void>;
  close(): Promise<void>;
}

function hasLapsed(value: unknown, now: number): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'expiresAt' in value &&
    typeof value.expiresAt === 'number' &&
    value.expiresAt <= now
  );
}

/**
 * The records at `keys` as their trimmed copies at `copyKeys`, and whole where a record has no copy (stored
 * before copies were kept): the reader's schema strips a whole one just the same.
 */
async function readTrimmedCopies(engine: KvEngine, copyKeys: string[], keys: string[]): Promise<unknown[]> {
  const copies = await engine.keyv.getMany(copyKeys);
  const missing = keys.filter((_key, position) => copies[position] === undefined);
  if (missing.length === 0) return copies;
  const wholes = await engine.keyv.getMany(missing);
  let next = 0;
  return copies.map((copy) => (copy === undefined ? wholes[next++] : copy));
}

/** The generic half of every engine: namespacing, lapse checks, and driver errors turned into StoreError. */
export function createAtomicKv(engine: KvEngine, namespace: string): AtomicKv {
  const full = (key: string) => `${namespace}:${key}`;
  const copyKey = (key: string) => full(recordKeys.trimmedCopy(key));
  /** What an engine that keeps trimmed copies writes beside `record` (nothing for one that does not). */
  const copyOf = (key: string, record: KvRecord, trim: RecordTrim | undefined): TrimmedCopy | undefined =>
    engine.keepsTrimmedCopies
      ? { key: copyKey(key), stored: trim ? encodeStored(trimRecord(record, trim)) : undefined }
      : undefined;
  const guard = async <T>(operation: string, key: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (isAppError(error)) throw error;
      throw new StoreError(
        'store_unavailable',
        `${engine.label} store: ${operation} ${key} failed: ${describeError(error)}`,
        { cause: error },
      );
    }
  };
  // The three writes, without the error handling each caller wraps them in.
  const insert = (key: string, record: KvRecord, trim: RecordTrim | undefined) =>
    engine.insertIfAbsent(
      full(key),
      encodeStored(record),
      record.expiresAt,
      Date.now(),
      trim && copyOf(key, record, trim),
    );
  const replace = (key: string, expectedVersion: number, record: KvRecord, trim: RecordTrim | undefined) =>
    engine.replaceIfVersion(
      full(key),
      expectedVersion,
      encodeStored(record),
      record.expiresAt,
      Date.now(),
      copyOf(key, record, trim),
    );
  const remove = async (key: string) => {
    if (engine.keepsTrimmedCopies) await engine.keyv.deleteMany([full(key), copyKey(key)]);
    else await engine.keyv.delete(full(key));
  };
  let closing: Promise<void> | undefined;

  return {
    get: (key) =>
      guard('reading', key, async () => {
        const value = await engine.keyv.get(full(key));
        return hasLapsed(value, Date.now()) ? undefined : value;
      }),
    getMany: (keys, trim) =>
      guard('reading', keys[0] ?? '(none)', async () => {
        if (keys.length === 0) return [];
        const values =
          trim && engine.getManyTrimmed
            ? await engine.getManyTrimmed(keys.map(full), trim)
            : trim && engine.keepsTrimmedCopies
              ? await readTrimmedCopies(engine, keys.map(copyKey), keys.map(full))
              : await engine.keyv.getMany(keys.map(full));
        const now = Date.now();
        return values.map((value) => (hasLapsed(value, now) ? undefined : value));
      }),
    putIfAbsent: (key, record, trim) => guard('creating', key, () => insert(key, record, trim)),
    putIfAbsentGrouped: (key, record) =>
      guard('creating', key, () =>
        (engine.insertIfAbsentGrouped ?? engine.insertIfAbsent).call(
          engine,
          full(key),
          encodeStored(record),
          record.expiresAt,
          Date.now(),
        ),
      ),
    compareAndSwap: (key, expectedVersion, record, trim) =>
      guard('updating', key, () => replace(key, expectedVersion, record, trim)),
    delete: (key) => guard('deleting', key, () => remove(key)),
    writeTogether: (writes) =>
      guard('writing', writes[0]?.key ?? '(none)', async () => {
        if (engine.writeTogether && !engine.keepsTrimmedCopies) {
          const stored = writes.map((write) =>
            write.record === undefined
              ? { key: full(write.key) }
              : { key: full(write.key), stored: encodeStored(write.record), expectedVersion: write.expectedVersion },
          );
          return engine.writeTogether(stored, Date.now());
        }
        for (const write of writes) {
          if (write.record === undefined) await remove(write.key);
          else if (
            !(write.expectedVersion === undefined
              ? await insert(write.key, write.record, write.trim)
              : await replace(write.key, write.expectedVersion, write.record, write.trim))
          )
            return false;
        }
        return true;
      }),
    sweepExpired: (keyPrefix) =>
      guard('sweeping', `${keyPrefix}*`, () => engine.deleteExpired(full(keyPrefix), Date.now())),
    keysWithPrefix: async function* (keyPrefix, batchSize) {
      const pages = engine.keysWithPrefix(full(keyPrefix), Math.max(1, Math.floor(batchSize)))[Symbol.asyncIterator]();
      try {
        for (;;) {
          const page = await guard('listing', `${keyPrefix}*`, () => pages.next());
          if (page.done) return;
          // The engine matched the full prefix, so every key starts with the namespace.
          yield page.value.map((key) => key.slice(namespace.length + 1));
        }
      } finally {
        // A caller that stops early ends the engine's walk too.
        await pages.return?.();
      }
    },
    probe: async () => {
      try {
        await engine.probe();
      } catch (error) {
        if (isAppError(error)) throw error;
        throw new StoreError(
          'store_unavailable',
          `the ${engine.label} store does not answer: ${describeError(error)}`,
          {
            cause: error,
          },
        );
      }
    },
    close: () => {
      closing ??= engine.close();
      return closing;
    },
  };
}
