import type { KvEngine } from './kv-engine.ts';
import { openPostgresEngine } from './postgres-engine.ts';
import { openRedisEngine } from './redis-engine.ts';
import { openSqliteEngine, type SqliteOpenOptions } from './sqlite-engine.ts';
import { parseStoreUrl } from './store-url.ts';

/**
 * Opens the database STORE_URL names, with keyv's adapter for it; see {@link parseStoreUrl}. `sqlite`
 * says what to do about a SQLite file or directory not there yet (see {@link openSqliteEngine}).
 */
export function openEngine(url: string, sqlite: SqliteOpenOptions = {}): Promise<KvEngine> {
  const location = parseStoreUrl(url);
  switch (location.engine) {
    case 'sqlite':
      return openSqliteEngine(location.path, sqlite);
    case 'redis':
      return openRedisEngine(location.url);
    case 'postgres':
      return openPostgresEngine(location.url);
  }
}
