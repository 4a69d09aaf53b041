import { createRequire } from 'node:module';
import { StoreError } from '../errors.ts';
import { createKeyv, describeError, type KvEngine } from './kv-engine.ts';
import { RedisKeyvAdapter } from './redis-keyv-adapter.ts';
import { redactStoreUrl } from './store-url.ts';

/** How long opening the store waits for the server before giving up. */
const CONNECT_TIMEOUT_MS = 5000;
/** Retries of the first connection; once connected, the client reconnects for as long as it takes. */
const OPENING_RETRIES = 2;

/**
 * Replaces the record at KEYS[1] with ARGV[2] only while its stored `value.version` equals ARGV[1]. A Lua
 * script runs without any other command in between, which is what makes the check and the write one step.
 * KEYS[2], when given, is the record's trimmed copy, written as ARGV[4] in the same step (deleted when
 * ARGV[4] is empty or the record is).
 */
const REPLACE_IF_VERSION = `
local current = redis.call('GET', KEYS[1])
if not current then return 0 end
local ok, stored = pcall(cjson.decode, current)
if not ok or type(stored) ~= 'table' or type(stored.value) ~= 'table' then return 0 end
if stored.value.version ~= tonumber(ARGV[1]) then return 0 end
local gone = ARGV[3] ~= '' and tonumber(ARGV[3]) <= 0
if ARGV[3] == '' then redis.call('SET', KEYS[1], ARGV[2])
elseif gone then redis.call('DEL', KEYS[1])
else redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
if KEYS[2] then
  if gone or ARGV[4] == '' then redis.call('DEL', KEYS[2])
  elseif ARGV[3] == '' then redis.call('SET', KEYS[2], ARGV[4])
  else redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[3]) end
end
return 1
`;

/**
 * Writes ARGV[1] at KEYS[1] unless a record is there, and then its trimmed copy ARGV[2] at KEYS[2], in one
 * step; ARGV[3], when not empty, is both records' time to live in milliseconds.
 */
const INSERT_WITH_COPY = `
local lapse = ARGV[3] ~= '' and { 'PX', ARGV[3] } or {}
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', unpack(lapse)) then return 0 end
redis.call('SET', KEYS[2], ARGV[2], unpack(lapse))
return 1
`;

/**
 * node-redis's bare client: the connection, reconnection and reply parsing, without the method per command
 * that `createClient` attaches (see {@link RedisKeyvAdapter} for what those cost); commands go as arrays.
 */
// Required, not imported: a bundler's and Node's ESM interop disagree on what a default import of this
// CommonJS module is, while require gives the same exports everywhere.
const RedisClient: typeof import('@redis/client/dist/lib/client/index.js').default = createRequire(import.meta.url)(
  '@redis/client/dist/lib/client/index.js',
).default;

/**
 * Redis through keyv, on a client this module creates and hands to the adapter, so the atomic writes can
 * use it directly: SET NX (with PX for records that lapse, which Redis then expires itself) for
 * create-if-absent, and a Lua script for compare-and-swap on the version. Both hold across any number of
 * app instances sharing the server.
 */
export async function openRedisEngine(url: string): Promise<KvEngine> {
  let opened = false;
  let lastError: unknown;
  const client = new RedisClient({
    url,
    // While the connection is down, calls fail at once (as StoreErrors) instead of queueing until it is
    // back: a Slack request has three seconds, and the outbox retries on its own.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries, cause) => {
        if (opened) return Math.min(100 * 2 ** retries, 2000);
        return retries < OPENING_RETRIES ? 200 : cause;
      },
    },
  });
  const recordError = (error: unknown) => {
    lastError = error;
  };
  // node-redis emits socket errors as events (a client without a listener would crash the process).
  client.on('error', recordError);
  const keyv = createKeyv(new RedisKeyvAdapter(client), recordError);

  try {
    await client.connect();
    await client.sendCommand(['PING']);
    opened = true;
  } catch (error) {
    // A client whose first connection failed has closed itself already.
    if (client.isOpen) client.destroy();
    throw new StoreError(
      'store_unavailable',
      `cannot reach the Redis store at ${redactStoreUrl(url)}: ${describeError(lastError ?? error)}`,
      { cause: error },
    );
  }

  return {
    label: 'Redis',
    keyv,
    keepsTrimmedCopies: true,
    async insertIfAbsent(key, stored, expiresAt, _now, copy) {
      const ttl = expiresAt === undefined ? undefined : String(Math.max(1, Math.ceil(expiresAt - Date.now())));
      if (copy?.stored !== undefined) {
        const args = [key, copy.key, stored, copy.stored, ttl ?? ''];
        const inserted: unknown = await client.sendCommand(['EVAL', INSERT_WITH_COPY, '2', ...args]);
        return inserted === 1;
      }
      const lapse = ttl === undefined ? [] : ['PX', ttl];
      return (await client.sendCommand(['SET', key, stored, 'NX', ...lapse])) !== null;
    },
    async replaceIfVersion(key, expectedVersion, stored, expiresAt, now = Date.now(), copy) {
      // A record that lapses keeps lapsing: SET alone would make a renewed lease live for ever. One replaced
      // by a record already lapsed (a released lease) is deleted at once, as the other engines read it as
      // absent: with PX 1 it would linger a moment and refuse the next insert-if-absent.
      const ttl = expiresAt === undefined ? '' : String(Math.ceil(expiresAt - now));
      const keys = copy ? ['2', key, copy.key] : ['1', key];
      const copied = copy ? [copy.stored ?? ''] : [];
      const replaced: unknown = await client.sendCommand([
        'EVAL',
        REPLACE_IF_VERSION,
        ...keys,
        String(expectedVersion),
        stored,
        ttl,
        ...copied,
      ]);
      return replaced === 1;
    },
    async deleteExpired() {
      // Redis expires records itself (they were written with PX).
    },
    async *keysWithPrefix(keyPrefix, batchSize) {
      // SCAN, never KEYS: it walks the keyspace a slice at a time instead of blocking the server.
      const match = `${globEscape(keyPrefix)}*`;
      let batch: string[] = [];
      let cursor = '0';
      do {
        const [next, keys] = (await client.sendCommand([
          'SCAN',
          cursor,
          'MATCH',
          match,
          'COUNT',
          String(batchSize),
        ])) as [string, string[]];
        cursor = next;
        batch.push(...keys);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      } while (cursor !== '0');
      if (batch.length > 0) yield batch;
    },
    async probe() {
      // Fails at once while the client is reconnecting (no offline queue), rather than waiting for it.
      await client.sendCommand(['PING']);
    },
    close: () => keyv.disconnect(),
  };
}

/** `text` as a SCAN MATCH pattern that matches only itself. */
function globEscape(text: string): string {
  return text.replace(/[*?[\]\\]/g, (char) => `\\${char}`);
}
