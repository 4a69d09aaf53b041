import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { StoreError } from '../errors.ts';
import { createKeyv, describeError, type KvEngine } from './kv-engine.ts';
import { KEYV_TABLE, NodeSqliteAdapter } from './node-sqlite-adapter.ts';
import { likePrefix } from './sql-like-prefix.ts';

/** How long a write waits for another connection's lock on the file before failing. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite through Node's built-in `node:sqlite`, on keyv's own table (the one @keyv/sqlite made, so files
 * written by earlier versions open as they are). The atomic writes are single statements on the one
 * connection — an upsert that only replaces a lapsed record, and an UPDATE guarded by the stored version —
 * so they hold even if two processes share the file; in the one process the app runs per file, the store's
 * keyed mutex means they rarely have to retry.
 */
export async function openSqliteEngine(path: string): Promise<KvEngine> {
  if (path !== ':memory:') {
    try {
      await mkdir(dirname(path), { recursive: true });
    } catch (error) {
      const message = `cannot create the directory for the SQLite store ${path}: ${describeError(error)}`;
      throw new StoreError('store_unavailable', message, { cause: error });
    }
  }
  let adapter: NodeSqliteAdapter;
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS });
    // Readers do not wait for a writer, and a crash mid-write cannot damage the file.
    if (path !== ':memory:') db.exec('PRAGMA journal_mode = WAL');
    adapter = new NodeSqliteAdapter(db);
  } catch (error) {
    if (db?.isOpen) db.close();
    throw new StoreError('store_unavailable', `cannot open the SQLite store ${path}: ${describeError(error)}`, {
      cause: error,
    });
  }
  const keyv = createKeyv(adapter, () => {
    // The adapter emits nothing: its failures are the rejected calls themselves.
  });
  const table = `"${KEYV_TABLE}"`;
  const rows = async (sql: string, ...parameters: (string | number)[]): Promise<unknown[]> =>
    adapter.all(sql, ...parameters);

  return {
    label: 'SQLite',
    keyv,
    async insertIfAbsent(key, stored, _expiresAt, now) {
      const inserted = await rows(
        `INSERT INTO ${table} (key, value) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value
         WHERE json_extract(${table}.value, '$.value.expiresAt') <= ?
         RETURNING key`,
        key,
        stored,
        now,
      );
      return inserted.length > 0;
    },
    async replaceIfVersion(key, expectedVersion, stored) {
      const updated = await rows(
        `UPDATE ${table} SET value = ? WHERE key = ? AND json_extract(value, '$.value.version') = ? RETURNING key`,
        stored,
        key,
        expectedVersion,
      );
      return updated.length > 0;
    },
    async deleteExpired(keyPrefix, now) {
      await rows(
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
    close: () => keyv.disconnect(),
  };
}

function isKeyRow(row: unknown): row is { key: string } {
  return typeof row === 'object' && row !== null && 'key' in row && typeof row.key === 'string';
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
