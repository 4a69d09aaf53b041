import { setTimeout as sleep } from 'node:timers/promises';
import { StoreError } from '../errors.ts';
import type { AtomicKv, KvRecord, KvWrite } from './atomic-kv.ts';
import type { KeyedMutex } from './keyed-mutex.ts';
import type { RecordTrim } from './kv-engine.ts';

/** How many times a write is tried against concurrent writers on other instances before giving up. */
export const MAX_WRITE_ATTEMPTS = 10;

/** One read-modify-write of the record at `key`. */
export interface ModifyRecordRequest<T extends KvRecord> {
  key: string;
  /** What the record is, for the message when retries run out, e.g. "case C-1". */
  what: string;
  /** Validates what was read; undefined for an absent record. Throws on a corrupt one. */
  parse: (raw: unknown) => T | undefined;
  /**
   * The new record (its version is set here), or `current` itself — or undefined — to leave it as it is.
   * May run more than once, so it must be pure; what it throws propagates and nothing is written.
   */
  change: (current: T | undefined) => T | undefined;
  /**
   * Runs just before each write, with the record as read and as it is about to be written: for writes
   * elsewhere that must land first (an index entry a crash must not leave out). It runs again when a
   * concurrent writer wins the race, and its writes stay when this one never lands, so they must be
   * harmless then (an index entry the lists re-check against the record).
   */
  beforeWrite?: (before: T | undefined, after: T) => Promise<void>;
  /** The trim the walks read the record with, so an engine that keeps trimmed copies writes one (atomic-kv.ts). */
  trim?: RecordTrim;
}

/** The record as read last and as written (the same when `change` left it as it was). */
export interface ModifyRecordResult<T> {
  before: T | undefined;
  after: T | undefined;
}

/**
 * Read, change, write-if-unchanged, with bounded retries: the write lands only if the record still has the
 * version that was read (or is still absent), so a concurrent writer's change is never overwritten —
 * this call reads it and applies `change` again. Writers in this process wait their turn on `mutex`;
 * between instances, retries back off exponentially with jitter so the loser of a race gets through.
 */
export async function modifyRecord<T extends KvRecord>(
  kv: AtomicKv,
  mutex: KeyedMutex,
  { key, what, parse, change, beforeWrite, trim }: ModifyRecordRequest<T>,
): Promise<ModifyRecordResult<T>> {
  return mutex.run(key, async () => {
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt += 1) {
      const before = parse(await kv.get(key));
      const next = change(before);
      if (next === undefined || next === before) return { before, after: before };
      const after: T = { ...next, version: before ? before.version + 1 : 0 };
      await beforeWrite?.(before, after);
      const written = before
        ? await kv.compareAndSwap(key, before.version, after, trim)
        : await kv.putIfAbsent(key, after, trim);
      if (written) return { before, after };
      await sleep(Math.min(200, 2 * 2 ** attempt) * (0.5 + Math.random() / 2));
    }
    throw new StoreError(
      'store_conflict',
      `${what} kept changing under this write; gave up after ${MAX_WRITE_ATTEMPTS} attempts`,
    );
  });
}

/** Several records read, changed and written together; see {@link modifyRecords}. */
export interface ModifyRecordsRequest<Result> {
  /** The records to read; those `plan` writes must be among them, so that no other writer here comes between. */
  keys: readonly string[];
  /** What the records are, for the message when retries run out, e.g. "case C-1 and its indexes". */
  what: string;
  /**
   * The writes to make, from the records as read (raw, in the order of `keys`; undefined where absent),
   * and what to answer once they are made. May run more than once, so it must be pure.
   */
  plan: (raws: readonly unknown[]) => { writes: KvWrite[]; result: Result };
}

/**
 * {@link modifyRecord} for several records at once: read them in one round trip, make the planned writes
 * together ({@link AtomicKv.writeTogether}: one transaction where the engine allows), and read and plan
 * again when a writer elsewhere changed one of them meanwhile. Writers in this process wait on `mutex`
 * for every key. A filing's dozen writes then cost a few commits on SQLite, each a sync of the disk and a
 * slice of the event loop that the next acknowledgements would otherwise wait behind.
 */
export async function modifyRecords<Result>(
  kv: AtomicKv,
  mutex: KeyedMutex,
  { keys, what, plan }: ModifyRecordsRequest<Result>,
): Promise<Result> {
  return mutex.runAll(keys, async () => {
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt += 1) {
      const { writes, result } = plan(await kv.getMany(keys));
      if (writes.length === 0 || (await kv.writeTogether(writes))) return result;
      await sleep(Math.min(200, 2 * 2 ** attempt) * (0.5 + Math.random() / 2));
    }
    throw new StoreError(
      'store_conflict',
      `${what} kept changing under this write; gave up after ${MAX_WRITE_ATTEMPTS} attempts`,
    );
  });
}

/**
 * The write that puts `next` where `current` was read: over its version, or where nothing was; none when
 * `change` left it as it was (`next` is `current`, or undefined).
 */
export function versionedWrite<T extends KvRecord>(
  key: string,
  current: T | undefined,
  next: T | undefined,
  trim?: RecordTrim,
): KvWrite[] {
  if (next === undefined || next === current) return [];
  const record = { ...next, version: current ? current.version + 1 : 0 };
  return [{ key, record, expectedVersion: current?.version, ...(trim ? { trim } : {}) }];
}
