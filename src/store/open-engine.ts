import type { KvEngine } from './kv-engine.js';
import { openPostgresEngine } from './postgres-engine.js';
import { openRedisEngine } from './redis-engine.js';
import { openSqliteEngine } from './sqlite-engine.js';
import { parseStoreUrl } from './store-url.js';

/** Opens the database STORE_URL names, with keyv's adapter for it; see {@link parseStoreUrl}. */
export function openEngine(url: string): Promise<KvEngine> {
  const location = parseStoreUrl(url);
  switch (location.engine) {
    case 'sqlite':
      return openSqliteEngine(location.path);
    case 'redis':
      return openRedisEngine(location.url);
    case 'postgres':
      return openPostgresEngine(location.url);
  }
}
