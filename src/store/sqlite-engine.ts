import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { StoreError } from '../errors.js';
import { createKeyv, describeError, type KvEngine } from './kv-engine.js';
import { likePrefix } from './sql-like-prefix.js';

/** How long a write waits for another connection's lock on the file before failing. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite through @keyv/sqlite, on keyv's own table. The atomic writes are single statements on the
 * adapter's connection — an upsert that only replaces a lapsed record, and an UPDATE guarded by the
 * stored version — so they hold even if two processes share the file; in the one process the app runs
 * per file, the store's keyed mutex means they rarely have to retry.
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
  const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: BUSY_TIMEOUT_MS });
  const keyv = createKeyv(adapter, () => {
    // Connection failures surface as the rejected query below and in every later call.
  });
  const table = `"${adapter.opts.table ?? 'keyv'}"`;
  const rows = async (sql: string, ...parameters: unknown[]): Promise<unknown[]> => {
    const result: unknown = await adapter.query(sql, ...parameters);
    return Array.isArray(result) ? result : [];
  };

  try {
    // Opens the file and proves the adapter could create its table (it only reports that as an event).
    await rows(`SELECT 1 FROM ${table} LIMIT 1`);
    // Readers do not wait for a writer, and a crash mid-write cannot damage the file.
    if (path !== ':memory:') await rows('PRAGMA journal_mode = WAL');
  } catch (error) {
    await keyv.disconnect().catch(() => undefined);
    throw new StoreError('store_unavailable', `cannot open the SQLite store ${path}: ${describeError(error)}`, {
      cause: error,
    });
  }

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
    close: () => keyv.disconnect(),
  };
}
