import type { AtomicKv } from './atomic-kv.ts';
import type { IdempotencyStore } from './case-store.ts';
import type { ExpirySweeper } from './expiry-sweeper.ts';
import { recordKeys } from './record-keys.ts';

/**
 * Seen ids on an {@link AtomicKv}: the first `firstTime` for an id creates its record — only if absent,
 * atomically on every engine — and the record lapses after `ttlMs`, when the id counts as new again.
 */
export class KvIdempotencyStore implements IdempotencyStore {
  readonly #kv: AtomicKv;
  readonly #sweeper: ExpirySweeper;

  constructor(kv: AtomicKv, sweeper: ExpirySweeper) {
    this.#kv = kv;
    this.#sweeper = sweeper;
  }

  async firstTime(id: string, ttlMs: number): Promise<boolean> {
    this.#sweeper.poke();
    // An infinite ttl remembers the id for good; anything else lapses after at least a millisecond.
    const expiresAt = ttlMs === Number.POSITIVE_INFINITY ? undefined : Date.now() + Math.max(1, Math.ceil(ttlMs) || 1);
    return this.#kv.putIfAbsent(recordKeys.seen(id), { version: 0, expiresAt });
  }

  async seen(id: string): Promise<boolean> {
    // A lapsed record reads as absent.
    return (await this.#kv.get(recordKeys.seen(id))) != null;
  }
}
