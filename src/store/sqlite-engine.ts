import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { StoreError } from '../errors.ts';
import { createCommitGroup } from './commit-group.ts';
import { guardFileIdentity } from './file-identity.ts';
import { createKeyv, describeError, type KvEngine, type RecordTrim } from './kv-engine.ts';
import { KEYV_TABLE, NodeSqliteAdapter } from './node-sqlite-adapter.ts';
import { likePrefix } from './sql-like-prefix.ts';
import { createWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.ts';
import { createWalSync, type WalSync } from './wal-sync.ts';

/** How long a write waits for another connection's lock on the file before failing. */
const BUSY_TIMEOUT_MS = 5000;

/** How {@link openSqliteEngine} treats a file or directory that is not there yet. */
export interface SqliteOpenOptions {
  /**
   * Create the file's directory when it is missing (one level: its parent must exist). Only the default
   * store may be made from nothing; elsewhere a missing directory is most likely a typo in STORE_URL.
   */
  createDirectory?: boolean;
  /**
   * Told "created a new store at …" when the file did not exist, so an empty store never starts unheard;
   * as a warning when other store files sit in the same directory (most likely a typo in STORE_URL).
   */
  log?: (line: string, level?: 'info' | 'warn') => void;
}

/**
 * SQLite through Node's built-in `node:sqlite`, on keyv's own table (the one @keyv/sqlite made, so files
 * written by earlier versions open as they are). The atomic writes are single statements on the one
 * connection — an upsert that only replaces a lapsed record, and an UPDATE guarded by the stored version —
 * so they hold even if two processes share the file; in the one process the app runs per file, the store's
 * keyed mutex means they rarely have to retry.
 *
 * A file in a directory that does not exist is refused (a StoreError, one line) unless `createDirectory`
 * says otherwise; a new file in a directory that exists is created and reported through `log`.
 */
export async function openSqliteEngine(path: string, options: SqliteOpenOptions = {}): Promise<KvEngine> {
  const created = path !== ':memory:' && !(await prepareDirectory(path, options.createDirectory ?? false));
  let adapter: NodeSqliteAdapter;
  let db: DatabaseSync | undefined;
  let walSync: WalSync | undefined;
  let checkpointer: WalCheckpointer | undefined;
  try {
    db = new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS });
    if (path !== ':memory:') {
      // Readers do not wait for a writer, and a crash mid-write cannot damage the file.
      db.exec('PRAGMA journal_mode = WAL');
      // A commit writes the log without waiting for the disk; every write then waits for walSync, off the
      // main thread, so a write is durable when it resolves, as with FULL, without holding the event loop.
      db.exec('PRAGMA synchronous = NORMAL');
      walSync = createWalSync(path);
      // Checkpoints run on a thread of their own (see wal-checkpointer.ts), not inside a commit on this one.
      db.exec('PRAGMA wal_autocheckpoint = 0');
      const connection = db;
      checkpointer = createWalCheckpointer(path, () => {
        if (connection.isOpen) connection.exec('PRAGMA wal_autocheckpoint = 1000');
      });
    }
    const sync = walSync;
    const counted = checkpointer;
    const identity = path === ':memory:' ? undefined : guardFileIdentity(path);
    adapter = new NodeSqliteAdapter(
      db,
      sync && identity
        ? () => {
            sync.refuseIfFailed();
            identity();
          }
        : undefined,
      sync && counted
        ? (writes) => {
            counted.wrote(writes);
            return sync.synced();
          }
        : sync?.synced,
    );
  } catch (error) {
    if (db?.isOpen) db.close();
    throw new StoreError('store_unavailable', `cannot open the SQLite store ${path}: ${describeError(error)}`, {
      cause: error,
    });
  }
  if (created) {
    const others = await otherStoreFiles(path);
    if (others.length === 0) options.log?.(`created a new store at ${path}`);
    else
      options.log?.(
        `created a new store at ${path}, beside ${others.join(', ')} in the same directory: if your cases are there, STORE_URL has a typo — stop the bot and correct it (nothing was written to ${others.length === 1 ? 'that file' : 'those files'})`,
        'warn',
      );
  }
  const keyv = createKeyv(adapter, () => {
    // The adapter emits nothing: its failures are the rejected calls themselves.
  });
  const table = `"${KEYV_TABLE}"`;
  // An upsert that only replaces a lapsed record: RETURNING a row when this write made it.
  const insertIfAbsentSql = `INSERT INTO ${table} (key, value) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value
         WHERE json_extract(${table}.value, '$.value.expiresAt') <= ?
         RETURNING key`;
  const replaceIfVersionSql = `UPDATE ${table} SET value = ? WHERE key = ? AND json_extract(value, '$.value.version') = ? RETURNING key`;
  const deleteSql = `DELETE FROM ${table} WHERE key = ?`;
  // Only a file has syncs to share; in memory each write is done when its statement is.
  const group = walSync
    ? createCommitGroup(
        (runs: [string, string, number][]) => adapter.writeEach(insertIfAbsentSql, runs),
        walSync.whenIdle,
      )
    : undefined;
  const rows = async (sql: string, ...parameters: (string | number)[]): Promise<unknown[]> =>
    adapter.all(sql, ...parameters);

  return {
    label: 'SQLite',
    keyv,
    async insertIfAbsent(key, stored, _expiresAt, now) {
      const inserted = await adapter.write(insertIfAbsentSql, key, stored, now);
      return inserted.length > 0;
    },
    async insertIfAbsentGrouped(key, stored, _expiresAt, now) {
      const inserted = group
        ? await group.add([key, stored, now])
        : await adapter.write(insertIfAbsentSql, key, stored, now);
      return inserted.length > 0;
    },
    async replaceIfVersion(key, expectedVersion, stored) {
      const updated = await adapter.write(replaceIfVersionSql, stored, key, expectedVersion);
      return updated.length > 0;
    },
    writeTogether(writes, now) {
      return adapter.writeTogether(
        writes.map((write) =>
          write.stored === undefined
            ? { sql: deleteSql, parameters: [write.key], required: false }
            : write.expectedVersion === undefined
              ? { sql: insertIfAbsentSql, parameters: [write.key, write.stored, now], required: true }
              : {
                  sql: replaceIfVersionSql,
                  parameters: [write.stored, write.key, write.expectedVersion],
                  required: true,
                },
        ),
      );
    },
    async deleteExpired(keyPrefix, now) {
      await adapter.write(
        `DELETE FROM ${table} WHERE key LIKE ? ESCAPE '\\' AND json_extract(value, '$.value.expiresAt') <= ?`,
        likePrefix(keyPrefix),
        now,
      );
    },
    async *keysWithPrefix(keyPrefix, batchSize) {
      // A range on the primary key rather than LIKE, which SQLite matches without regard to case (another
      // namespace differing only in case would leak in) and cannot answer from the index.
      const end = keyRangeEnd(keyPrefix);
      let after: string | undefined;
      for (;;) {
        const page = (
          await rows(
            `SELECT key FROM ${table} WHERE key ${after === undefined ? '>=' : '>'} ? AND key < ? ORDER BY key LIMIT ?`,
            after ?? keyPrefix,
            end,
            batchSize,
          )
        ).flatMap((row) => (isKeyRow(row) ? [row.key] : []));
        if (page.length > 0) yield page;
        if (page.length < batchSize) return;
        after = page.at(-1);
      }
    },
    async getManyTrimmed(keys, trim) {
      const { sql, parameters } = trimmedRead(trim);
      const found = new Map<string, string>();
      for (const row of await rows(sql, ...parameters, JSON.stringify(keys))) {
        if (isValueRow(row)) found.set(row.key, row.value);
      }
      return keys.map((key) => {
        const text = found.get(key);
        if (text === undefined) return undefined;
        // As keyv reads a record: its envelope's value, absent once keyv's own expiry has passed.
        const data: unknown = JSON.parse(text);
        if (typeof data !== 'object' || data === null) return undefined;
        if ('expires' in data && typeof data.expires === 'number' && Date.now() > data.expires) return undefined;
        return 'value' in data ? data.value : undefined;
      });
    },
    async probe() {
      // The file's identity is checked before the statement, so a removed store fails here too.
      await rows(`SELECT 1 FROM ${table} LIMIT 1`);
    },
    async close() {
      await checkpointer?.close();
      await keyv.disconnect();
      await walSync?.close();
    },
  };
}

function isKeyRow(row: unknown): row is { key: string } {
  return typeof row === 'object' && row !== null && 'key' in row && typeof row.key === 'string';
}

function isValueRow(row: unknown): row is { key: string; value: string } {
  return isKeyRow(row) && 'value' in row && typeof row.value === 'string';
}

const PATH_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The JSON path of `keys` (plain keys only, so a path never needs quoting). */
function jsonPath(keys: readonly string[]): string {
  for (const key of keys) {
    if (!PATH_KEY.test(key)) throw new Error(`a trimmed path takes plain keys only: ${keys.join('.')}`);
  }
  return ['$', ...keys].join('.');
}

/** The JSON path of `keys` inside a stored record: keyv's envelope keeps the record under `value`. */
function recordPath(keys: readonly string[]): string {
  return jsonPath(['value', ...keys]);
}

/**
 * The statement that reads records (the keys as a JSON array, its last parameter) trimmed in SQL: the
 * `remove` paths taken out with json_remove, and the `pick` array rebuilt from the named fields of each
 * element (json_replace: a record without that array stays without it). Most of a case record is wording
 * the walks over many cases never use; SQLite leaves it in the file, so V8 neither receives nor parses it.
 */
function trimmedRead({ remove, pick }: RecordTrim): { sql: string; parameters: string[] } {
  const removed = `json_remove(value${', ?'.repeat(remove.length)})`;
  if (!pick) return { sql: trimmedSelect(removed), parameters: remove.map(recordPath) };
  const array = recordPath(pick.array);
  const fields = pick.fields.map(() => '?, json_extract(element.value, ?)').join(', ');
  const elements = `SELECT json_group_array(json_object(${fields})) FROM json_each(${KEYV_TABLE}.value, ?) AS element`;
  return {
    sql: trimmedSelect(`json_replace(${removed}, ?, json((${elements})))`),
    // In the order of the placeholders: the removed paths, the array's, each field's name and path, the array's.
    parameters: [
      ...remove.map(recordPath),
      array,
      ...pick.fields.flatMap((field) => [field, jsonPath([field])]),
      array,
    ],
  };
}

function trimmedSelect(value: string): string {
  return `SELECT key, ${value} AS value FROM ${KEYV_TABLE} WHERE key IN (SELECT value FROM json_each(?))`;
}

/**
 * The smallest text above every key that starts with `prefix`, in SQLite's byte order: the prefix with
 * its last character raised by one. The store's prefixes end in ":" (ASCII), where that is exact.
 */
function keyRangeEnd(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  if (!(last >= 0 && last < 0x7f)) throw new Error(`a key prefix must end in an ASCII character: ${prefix}`);
  return `${prefix.slice(0, -1)}${String.fromCharCode(last + 1)}`;
}

/**
 * Makes sure the file's directory is there (creating it only when allowed, and only one level: a recursive
 * mkdir never returns for a path under /proc) and says whether the file itself already exists.
 */
/** File endings an SQLite store is given; a WAL's -wal and -shm companions are not stores. */
const STORE_FILE = /\.(sqlite3?|db)$/i;

/** The other store files in the directory of a store just created at `path`, by name; none when unreadable. */
async function otherStoreFiles(path: string): Promise<string[]> {
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  return names
    .filter((name) => STORE_FILE.test(name) && name !== basename(path))
    .sort()
    .slice(0, 3)
    .map((name) => join(dirname(path), name));
}

async function prepareDirectory(path: string, createDirectory: boolean): Promise<boolean> {
  const directory = dirname(path);
  const found = await stat(directory).catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw new StoreError(
      'store_unavailable',
      `cannot use the directory ${directory} of the SQLite store: ${describeError(error)}`,
      {
        cause: error,
      },
    );
  });
  if (found && !found.isDirectory()) {
    throw new StoreError(
      'store_unavailable',
      `the SQLite store ${path} cannot be opened: ${directory} is not a directory`,
    );
  }
  if (!found) {
    if (!createDirectory) {
      throw new StoreError(
        'store_unavailable',
        `the directory ${directory} of the SQLite store ${path} does not exist: check STORE_URL for a typo, or create the directory if a new store is meant`,
      );
    }
    try {
      await mkdir(directory);
    } catch (error) {
      const message = `cannot create the directory ${directory} for the SQLite store: ${describeError(error)}`;
      throw new StoreError('store_unavailable', message, { cause: error });
    }
    return false;
  }
  return stat(path).then(
    () => true,
    (error: unknown) => {
      if (isMissing(error)) return false;
      throw new StoreError('store_unavailable', `cannot open the SQLite store ${path}: ${describeError(error)}`, {
        cause: error,
      });
    },
  );
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
