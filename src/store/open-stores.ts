import { StoreError } from '../errors.ts';
import { createAtomicKv } from './atomic-kv.ts';
import type { Stores } from './case-store.ts';
import { ExpirySweeper } from './expiry-sweeper.ts';
import { KeyedMutex } from './keyed-mutex.ts';
import { KvAuditStore } from './kv-audit-store.ts';
import { KvCaseStore } from './kv-case-store.ts';
import { KvDelegationStore } from './kv-delegation-store.ts';
import { KvDigestStore } from './kv-digest-store.ts';
import { KvIdempotencyStore } from './kv-idempotency-store.ts';
import { KvIntakeStore } from './kv-intake-store.ts';
import { KvOutboxStore } from './kv-outbox-store.ts';
import { openEngine } from './open-engine.ts';
import { LEASE_PREFIX, SEEN_PREFIX } from './record-keys.ts';
import { ensureCaseIndexes } from './reindex-cases.ts';
import { claimStoreIdentity, guardStoreIdentity } from './store-identity.ts';
import { redactStoreUrl } from './store-url.ts';
import { KvWeeklyStore } from './weekly-store.ts';

/** The namespace the app's records live under when none is given. */
export const DEFAULT_STORE_NAMESPACE = 'complaint-desk';

/** How {@link openStores} opens the stores. */
export interface OpenStoresOptions {
  /**
   * Prefix of every key, so several deployments (or test runs) can share one database without seeing
   * each other's records: letters, digits, `.`, `_` and `-`, at most 64.
   */
  namespace?: string;
  /**
   * Where the one line about a backfill of the indexes goes (see {@link ensureCaseIndexes}); standard
   * error by default, so that a CLI's own output stays clean.
   */
  log?: (line: string, level?: 'info' | 'warn') => void;
  /** Cases the backfill reads per round trip; default 100. */
  reindexBatchSize?: number;
  /**
   * Create a SQLite store's missing directory (the bot does, for the default STORE_URL only); otherwise a
   * missing directory is refused, as a typo would be. A new file in an existing directory is made either
   * way, and `log` is told "created a new store at …".
   */
  createDirectory?: boolean;
}

/**
 * Opens the stores STORE_URL points at — `sqlite://PATH` (its directory must exist unless
 * `createDirectory`), `redis://…`,
 * `rediss://…`, `postgres://…` or `postgresql://…` — through keyv and its adapter for that database, and
 * checks the database answers. An unknown scheme, or a database that cannot be opened or reached, is a
 * StoreError (`store_unavailable`) with a one-line message, credentials masked.
 *
 * Redis and PostgreSQL may be shared by several app instances; SQLite is for one instance per file.
 * Opening also brings the indexes up to this version's (once per index version; see reindex-cases.ts),
 * which on a store written by an older version walks every case before this resolves.
 */
export async function openStores(url: string, options: OpenStoresOptions = {}): Promise<Stores> {
  const namespace = options.namespace ?? DEFAULT_STORE_NAMESPACE;
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(namespace)) {
    throw new StoreError(
      'store_unavailable',
      `store namespace ${JSON.stringify(namespace)} must be 1–64 letters, digits, ".", "_" or "-"`,
    );
  }
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const kv = createAtomicKv(
    await openEngine(url, { createDirectory: options.createDirectory ?? false, log }),
    namespace,
  );
  const mutex = new KeyedMutex();
  let checkIdentity: () => Promise<void>;
  try {
    checkIdentity = guardStoreIdentity(kv, await claimStoreIdentity(kv), redactStoreUrl(url));
    // Before anything reads an index, so the bot and the CLIs alike see cases stored before it existed.
    await ensureCaseIndexes(kv, mutex, {
      log,
      ...(options.reindexBatchSize === undefined ? {} : { batchSize: options.reindexBatchSize }),
    });
  } catch (error) {
    await kv.close().catch(() => undefined);
    throw error;
  }
  const sweeper = new ExpirySweeper(kv, [LEASE_PREFIX, SEEN_PREFIX]);
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= sweeper.drain().then(() => kv.close());
    return closing;
  };
  return {
    cases: new KvCaseStore(kv, mutex, close),
    digests: new KvDigestStore(kv, mutex),
    weeklies: new KvWeeklyStore(kv, mutex),
    outbox: new KvOutboxStore(kv, mutex, sweeper),
    idempotency: new KvIdempotencyStore(kv, sweeper),
    intake: new KvIntakeStore(kv),
    audit: new KvAuditStore(kv),
    delegations: new KvDelegationStore(kv),
    probe: async () => {
      await kv.probe();
      await checkIdentity();
    },
    close,
  };
}
