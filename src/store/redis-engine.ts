import KeyvRedis, { createClient } from '@keyv/redis';
import { StoreError } from '../errors.ts';
import { createKeyv, describeError, type KvEngine } from './kv-engine.ts';
import { redactStoreUrl } from './store-url.ts';

/** How long opening the store waits for the server before giving up. */
const CONNECT_TIMEOUT_MS = 5000;
/** Retries of the first connection; once connected, the client reconnects for as long as it takes. */
const OPENING_RETRIES = 2;

/**
 * Replaces the record at KEYS[1] with ARGV[2] only while its stored `value.version` equals ARGV[1]. A Lua
 * script runs without any other command in between, which is what makes the check and the write one step.
 */
const REPLACE_IF_VERSION = `
local current = redis.call('GET', KEYS[1])
if not current then return 0 end
local ok, stored = pcall(cjson.decode, current)
if not ok or type(stored) ~= 'table' or type(stored.value) ~= 'table' then return 0 end
if stored.value.version ~= tonumber(ARGV[1]) then return 0 end
if ARGV[3] == '' then redis.call('SET', KEYS[1], ARGV[2])
elseif tonumber(ARGV[3]) <= 0 then redis.call('DEL', KEYS[1])
else redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
return 1
`;

/**
 * Redis through @keyv/redis, on a client this module creates and hands to the adapter, so the atomic
 * writes can use it directly: SET NX (with PX for records that lapse, which Redis then expires itself)
 * for create-if-absent, and a Lua script for compare-and-swap on the version. Both hold across any
 * number of app instances sharing the server.
 */
export async function openRedisEngine(url: string): Promise<KvEngine> {
  let opened = false;
  let lastError: unknown;
  const client = createClient({
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
  const adapter = new KeyvRedis(client, { throwOnErrors: true, throwOnConnectError: true });
  const keyv = createKeyv(adapter, (error) => {
    lastError = error;
  });

  try {
    await client.connect();
    await client.ping();
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
    async insertIfAbsent(key, stored, expiresAt) {
      const options =
        expiresAt === undefined
          ? { condition: 'NX' as const }
          : {
              condition: 'NX' as const,
              expiration: { type: 'PX' as const, value: Math.max(1, expiresAt - Date.now()) },
            };
      return (await client.set(key, stored, options)) !== null;
    },
    async replaceIfVersion(key, expectedVersion, stored, expiresAt, now = Date.now()) {
      // A record that lapses keeps lapsing: SET alone would make a renewed lease live for ever. One replaced
      // by a record already lapsed (a released lease) is deleted at once, as the other engines read it as
      // absent: with PX 1 it would linger a moment and refuse the next insert-if-absent.
      const ttl = expiresAt === undefined ? '' : String(Math.ceil(expiresAt - now));
      const replaced = await client.eval(REPLACE_IF_VERSION, {
        keys: [key],
        arguments: [String(expectedVersion), stored, ttl],
      });
      return replaced === 1;
    },
    async deleteExpired() {
      // Redis expires records itself (they were written with PX).
    },
    async *keysWithPrefix(keyPrefix, batchSize) {
      // SCAN, never KEYS: it walks the keyspace a slice at a time instead of blocking the server.
      let batch: string[] = [];
      for await (const keys of client.scanIterator({ MATCH: `${globEscape(keyPrefix)}*`, COUNT: batchSize })) {
        batch.push(...keys);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
    async probe() {
      // Fails at once while the client is reconnecting (no offline queue), rather than waiting for it.
      await client.ping();
    },
    close: () => keyv.disconnect(),
  };
}

/** `text` as a SCAN MATCH pattern that matches only itself. */
function globEscape(text: string): string {
  return text.replace(/[*?[\]\\]/g, (char) => `\\${char}`);
}
