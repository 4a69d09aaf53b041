import { EventEmitter } from 'node:events';
import KeyvPostgres from '@keyv/postgres';
import type { Keyv } from 'keyv';
import { StoreError } from '../errors.ts';
import { createKeyv, describeError, type KvEngine } from './kv-engine.ts';
import { likePrefix } from './sql-like-prefix.ts';
import { redactStoreUrl } from './store-url.ts';

/** How long opening a connection waits for the server before giving up. */
const CONNECT_TIMEOUT_MS = 5000;

interface SharedAdapter {
  url: string;
  adapter: KeyvPostgres;
  keyv: Keyv<unknown>;
  users: number;
}

/**
 * @keyv/postgres 2 keeps one connection pool per process, replaced when another URL is opened and ended
 * by any adapter's disconnect. So every store opened on one URL shares one adapter, and its pool is ended
 * when the last of them closes; a second URL in the same process is refused rather than left to break the
 * first one's pool.
 */
let shared: SharedAdapter | undefined;

const watchedPools = new WeakSet<EventEmitter>();

/**
 * Given to the pool as its `log` option. A pg pool emits 'error' when an idle connection breaks (the
 * server restarts, a proxy drops it), and an 'error' event nobody listens to crashes the process;
 * @keyv/postgres adds no listener and does not expose its pool. pg-pool calls `log` as a method before it
 * opens its first connection, so `this` is the pool, and the listener is added there. The broken
 * connection is already out of the pool by then; the next query opens a new one.
 */
function watchPool(this: unknown): void {
  if (!(this instanceof EventEmitter) || watchedPools.has(this)) return;
  watchedPools.add(this);
  this.on('error', () => {
    // Nothing to do: see above. Queries on a dead server fail on their own, as StoreErrors.
  });
}

function acquire(url: string): SharedAdapter {
  if (shared && shared.url !== url) {
    throw new StoreError(
      'store_unavailable',
      `cannot open the PostgreSQL store at ${redactStoreUrl(url)} while ${redactStoreUrl(shared.url)} is open in this process (@keyv/postgres keeps one pool per process)`,
    );
  }
  if (!shared) {
    const adapter = new KeyvPostgres({ uri: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, log: watchPool });
    const keyv = createKeyv(adapter, () => {
      // Failures surface as rejected queries: the probe when opening, the calls afterwards.
    });
    shared = { url, adapter, keyv, users: 0 };
  }
  shared.users += 1;
  return shared;
}

async function release(entry: SharedAdapter): Promise<void> {
  entry.users -= 1;
  if (entry.users > 0) return;
  if (shared === entry) shared = undefined;
  await entry.keyv.disconnect();
}

/**
 * PostgreSQL through @keyv/postgres, on keyv's own table (public.keyv). Each atomic write is one
 * statement through the adapter's pool, so it holds across any number of app instances: create-if-absent
 * is INSERT … ON CONFLICT that only replaces a lapsed record, and compare-and-swap is an UPDATE whose
 * WHERE checks the stored version (`value::jsonb #>> '{value,version}'`); the row lock the UPDATE takes
 * makes a second writer re-check the version after the first commits.
 */
export async function openPostgresEngine(url: string): Promise<KvEngine> {
  const entry = acquire(url);
  const { adapter, keyv } = entry;
  const table = `"${adapter.opts.schema ?? 'public'}"."${adapter.opts.table ?? 'keyv'}"`;
  const rows = async (sql: string, parameters?: unknown[]): Promise<unknown[]> => {
    const result: unknown = await adapter.query(sql, parameters);
    return Array.isArray(result) ? result : [];
  };

  try {
    // Reaches the server and proves the adapter could create its table (it only reports that as an event).
    await rows(`SELECT 1 FROM ${table} LIMIT 1`);
  } catch (error) {
    await release(entry).catch(() => undefined);
    throw new StoreError(
      'store_unavailable',
      `cannot reach the PostgreSQL store at ${redactStoreUrl(url)}: ${describeError(error)}`,
      { cause: error },
    );
  }

  let closed: Promise<void> | undefined;
  return {
    label: 'PostgreSQL',
    keyv,
    async insertIfAbsent(key, stored, _expiresAt, now) {
      const inserted = await rows(
        `INSERT INTO ${table} AS existing (key, value) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value
         WHERE (existing.value::jsonb #>> '{value,expiresAt}')::bigint <= $3
         RETURNING key`,
        [key, stored, now],
      );
      return inserted.length > 0;
    },
    async replaceIfVersion(key, expectedVersion, stored) {
      const updated = await rows(
        `UPDATE ${table} SET value = $3
         WHERE key = $1 AND (value::jsonb #>> '{value,version}')::bigint = $2
         RETURNING key`,
        [key, expectedVersion, stored],
      );
      return updated.length > 0;
    },
    async deleteExpired(keyPrefix, now) {
      await rows(
        `DELETE FROM ${table}
         WHERE key LIKE $1 ESCAPE '\\' AND (value::jsonb #>> '{value,expiresAt}')::bigint <= $2`,
        [likePrefix(keyPrefix), now],
      );
    },
    async *keysWithPrefix(keyPrefix, batchSize) {
      // Keyset pages in the table's own key order, so each page continues the primary key's index where
      // the last one stopped; LIKE is exact (case included) on PostgreSQL, whatever the collation.
      let after: string | undefined;
      for (;;) {
        const page = (
          await rows(
            after === undefined
              ? `SELECT key FROM ${table} WHERE key LIKE $1 ESCAPE '\\' ORDER BY key LIMIT $2`
              : `SELECT key FROM ${table} WHERE key LIKE $1 ESCAPE '\\' AND key > $3 ORDER BY key LIMIT $2`,
            after === undefined ? [likePrefix(keyPrefix), batchSize] : [likePrefix(keyPrefix), batchSize, after],
          )
        ).flatMap((row) => (isKeyRow(row) ? [row.key] : []));
        if (page.length > 0) yield page;
        if (page.length < batchSize) return;
        after = page.at(-1);
      }
    },
    async probe() {
      await rows('SELECT 1');
    },
    close: () => {
      closed ??= release(entry);
      return closed;
    },
  };
}

function isKeyRow(row: unknown): row is { key: string } {
  return typeof row === 'object' && row !== null && 'key' in row && typeof row.key === 'string';
}
