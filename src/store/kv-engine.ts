import { Keyv, type KeyvStoreAdapter } from 'keyv';

/**
 * Parts of a stored record a reader has no use for (see {@link KvEngine.getManyTrimmed}): `remove`, paths
 * of object keys into the record; `pick`, an array in it whose elements keep only `fields` (each element has
 * them all). A reader's schema must strip these parts anyway: trimming only saves reading them.
 */
export interface RecordTrim {
  remove: readonly (readonly string[])[];
  pick?: { array: readonly string[]; fields: readonly string[] };
}

/**
 * A record's trimmed copy, kept beside it by engines that cannot trim as they read (see
 * {@link KvEngine.keepsTrimmedCopies}): its complete key, and the text to store there — or none, to delete
 * a copy a write without a trim would leave stale.
 */
export interface TrimmedCopy {
  key: string;
  stored?: string | undefined;
}

/**
 * One of the writes {@link KvEngine.writeTogether} makes: `stored` at `key` only where no live record is
 * (`expectedVersion` absent) or only over the record whose `value.version` is `expectedVersion`; or, with
 * `stored` absent, the record at `key` deleted, whatever it is.
 */
export type EngineWrite =
  | { key: string; stored: string; expectedVersion?: number | undefined }
  | { key: string; stored?: undefined };

/**
 * What one database adds to keyv: the writes keyv cannot do atomically. Reads and deletes go through
 * `keyv`; these go straight to the adapter's own client or connection, in the format keyv reads (see
 * {@link encodeStored}). Keys are complete (namespace included) and reach the database unchanged.
 */
export interface KvEngine {
  /** The database's name for messages: SQLite, Redis or PostgreSQL. */
  readonly label: string;
  readonly keyv: Keyv<unknown>;
  /**
   * Writes `stored` unless a live record is at `key`: a record whose `value.expiresAt` is at or before `now`
   * counts as absent. `expiresAt` (epoch ms), when given, is when the new record lapses. True when written;
   * with `copy` (engines that keep trimmed copies), the copy is written in the same step when it is.
   */
  insertIfAbsent(
    key: string,
    stored: string,
    expiresAt: number | undefined,
    now: number,
    copy?: TrimmedCopy,
  ): Promise<boolean>;
  /**
   * As {@link insertIfAbsent}, for the writes a request waits on before it is answered: SQLite commits
   * those arriving together in one transaction (see commit-group.ts). Engines without it write each alone.
   */
  insertIfAbsentGrouped?(key: string, stored: string, expiresAt: number | undefined, now: number): Promise<boolean>;
  /**
   * Replaces the record at `key` only while its `value.version` is `expectedVersion`; true when written.
   * `expiresAt` (epoch ms, by `now`), when given, is when the new record lapses (a renewed lease).
   * With `copy` (engines that keep trimmed copies), the copy is written or deleted in the same step.
   */
  replaceIfVersion(
    key: string,
    expectedVersion: number,
    stored: string,
    expiresAt?: number | undefined,
    now?: number,
    copy?: TrimmedCopy,
  ): Promise<boolean>;
  /**
   * Makes `writes` in one transaction, with one wait for the disk: true once all are durable; false, and
   * nothing written, when a conditional one finds its condition unmet (a live record where an insert was
   * meant, another version where a replace was). `now` is when a record's `value.expiresAt` counts as
   * lapsed. Only engines that keep no trimmed copies have it (SQLite); the others write one by one.
   */
  writeTogether?(writes: readonly EngineWrite[], now: number): Promise<boolean>;
  /** Deletes records under `keyPrefix` whose `value.expiresAt` is at or before `now` (Redis expires its own). */
  deleteExpired(keyPrefix: string, now: number): Promise<void>;
  /**
   * Every key that starts with `keyPrefix`, a batch of at most about `batchSize` at a time, so a caller can
   * walk a large store without holding it all: keyset pages on the SQL engines (in key order), SCAN on
   * Redis (in no order, and a key may come twice if the server resizes its table meanwhile). Keys written
   * or deleted during the walk may or may not be seen.
   */
  keysWithPrefix(keyPrefix: string, batchSize: number): AsyncIterable<string[]>;
  /**
   * Reads `keys` as `keyv.getMany` does (the stored values, undefined where absent), each with the parts
   * `trim` names left out by the database itself, so that they are never handed over nor parsed. Engines
   * without it read the trimmed copies they keep (Redis) or whole records (PostgreSQL), which the reader's
   * schema strips just the same.
   */
  getManyTrimmed?(keys: string[], trim: RecordTrim): Promise<unknown[]>;
  /**
   * True when the engine keeps a trimmed copy beside each record written with a trim, in the same atomic
   * step as the record (Redis: its JSON is read whole, and a week's walk over whole case records made ~55 KB
   * of garbage a case). The reads with that trim then take the copies, and the whole record where a case
   * has none (one stored before copies were kept). {@link createAtomicKv} names the copies' keys.
   */
  readonly keepsTrimmedCopies?: boolean;
  /**
   * One cheap round trip that fails when the store cannot be used now: the server does not answer, or
   * (SQLite) the file was removed or replaced since it was opened. What the health check asks.
   */
  probe(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The text stored for a record: keyv's envelope `{ "value": … }` as plain JSON. keyv is configured with
 * the same plain JSON (see {@link createKeyv}) because its default serializer rewrites strings that start
 * with a colon, which the engines' own writes would not do — a complaint reading ":(" would come back "(".
 * Expiry is never put in keyv's `expires` field: keyv deletes an expired record it reads with a plain
 * delete, which could remove a fresh record another instance has just written in its place. Records that
 * lapse carry `value.expiresAt` instead, which the engines and the reads check themselves.
 */
export function encodeStored(value: unknown): string {
  return JSON.stringify({ value });
}

/**
 * A keyv over `adapter` that passes keys through unchanged (the store prefixes its namespace itself, the
 * same way on every engine), throws instead of swallowing adapter errors, and reports emitted errors to
 * `onError` — keyv's adapters emit connection errors as events, which would otherwise go unheard.
 */
export function createKeyv(adapter: KeyvStoreAdapter, onError: (error: unknown) => void): Keyv<unknown> {
  const keyv = new Keyv<unknown>(adapter, {
    useKeyPrefix: false,
    throwOnErrors: true,
    serialize: (data) => JSON.stringify(data),
    deserialize: (text) => JSON.parse(text),
  });
  // keyv defaults the namespace to "keyv" and hands it to the adapter, which for Redis prefixes every key
  // with "keyv::"; clearing it keeps the stored keys exactly the ones the engines write.
  keyv.namespace = undefined;
  keyv.on('error', onError);
  return keyv;
}

/** SQLite's primary result code for a file it may read but not write; extended codes keep it in the low byte. */
const SQLITE_READONLY = 8;

/**
 * What to do about a SQLite file the bot may read but not write: most often one copied or restored by
 * another user (root, into the container's volume), which SQLite opens and only refuses at the first write.
 */
const READONLY_HINT =
  'the user the bot runs as can read the SQLite file but not write it: give the file and its folder to that user (chown; in the container it is node), or check the disk is not mounted read-only';

/** A one-line description of anything a driver throws (AggregateError from a dual-stack connect has no message). */
export function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.message === '') return describeError(error.errors[0]);
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    const message = error.message.split('\n')[0]?.trim() || code || error.name;
    const described = code && !message.includes(code) ? `${message} (${code})` : message;
    const readonly =
      'errcode' in error && typeof error.errcode === 'number' && (error.errcode & 0xff) === SQLITE_READONLY;
    return readonly ? `${described}: ${READONLY_HINT}` : described;
  }
  return String(error);
}
