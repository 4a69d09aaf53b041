import type { KvEngine } from './kv-engine.ts';
import type { SqliteOpenOptions } from './sqlite-engine.ts';
import { parseStoreUrl } from './store-url.ts';

/**
 * Opens the database STORE_URL names, with keyv's adapter for it; see {@link parseStoreUrl}. `sqlite`
 * says what to do about a SQLite file or directory not there yet (see {@link openSqliteEngine}).
 *
 * Each engine's module is loaded only when its URL is opened: the Redis and PostgreSQL clients take some
 * 40 MB of memory once loaded, which a shop on SQLite (and a morning digest's process) should not carry.
 */
export async function openEngine(url: string, sqlite: SqliteOpenOptions = {}): Promise<KvEngine> {
  const location = parseStoreUrl(url);
  switch (location.engine) {
    case 'sqlite':
      return (await import('./sqlite-engine.ts')).openSqliteEngine(location.path, sqlite);
    case 'redis':
      return (await import('./redis-engine.ts')).openRedisEngine(location.url);
    case 'postgres':
      return (await import('./postgres-engine.ts')).openPostgresEngine(location.url);
  }
}
