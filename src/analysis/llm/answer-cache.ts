import { createHash } from 'node:crypto';
import { Keyv } from 'keyv';
import { z } from 'zod';
import { type LlmAnswer, LlmAnswerSchema } from './llm-answer-schema.ts';

/** Cached answers lapse after a week, so a cache on the case store does not grow without end. */
const TTL_MS = 7 * 24 * 3600_000;
/** The prefix of every cache key, which is also what a sweep clears lapsed entries under. */
export const ANSWER_CACHE_PREFIX = 'llm-answer:';
/** How often, at most, lapsed answers are cleared out of a SQL table (see {@link AnswerStore.deleteExpired}). */
const SWEEP_INTERVAL_MS = 10 * 60 * 1000;

/**
 * What a cached answer is stored as: the answer and when it lapses. `expiresAt` sits in the value, the way
 * the store's own records carry it (see `encodeStored` in src/store/kv-engine.ts), so the SQL engines can
 * delete lapsed rows by it; keyv's own expiry removes a row only when it is read again.
 */
const CachedSchema = z.object({ answer: LlmAnswerSchema, expiresAt: z.number() });

/** Something to report a cache failure to. */
export interface CacheLogger {
  warn(message: string): void;
}

/**
 * Where answers are kept: a keyv and, on a store engine, a way to delete lapsed rows (a `KvEngine` is one).
 * Redis expires its own rows through keyv's TTL; SQLite and PostgreSQL need the sweep.
 */
export interface AnswerStore {
  readonly keyv: Keyv<unknown>;
  deleteExpired?(keyPrefix: string, now: number): Promise<void>;
}

export interface AnswerCacheOptions {
  logger?: CacheLogger | undefined;
  /** How long an answer is kept; a week unless a test says otherwise. */
  ttlMs?: number;
}

/**
 * The same complaint analysed again — a retried submission, a re-run of `npm run eval` — is served from
 * here. The key is a hash of the model, the prompt version (which names the system prompt: files and
 * policy) and the user message (the redacted complaint and the policy's verdicts), so any change to what
 * the model is sent asks it afresh.
 */
export class AnswerCache {
  readonly #store: AnswerStore;
  readonly #logger: CacheLogger | undefined;
  readonly #ttlMs: number;
  #lastSweep = Number.NEGATIVE_INFINITY;
  #sweeping: Promise<void> | undefined;

  constructor(store: Keyv<unknown> | AnswerStore, options: AnswerCacheOptions = {}) {
    this.#store = store instanceof Keyv ? { keyv: store } : store;
    this.#logger = options.logger;
    this.#ttlMs = options.ttlMs ?? TTL_MS;
  }

  /** The cache key for one request. */
  static keyFor(parts: { model: string; promptVersion: string; messages: unknown }): string {
    return ANSWER_CACHE_PREFIX + createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  }

  /** A cached answer, validated again: a stored value from an older schema, or a lapsed one, counts as a miss. */
  async get(key: string, now: number = Date.now()): Promise<LlmAnswer | undefined> {
    try {
      const parsed = CachedSchema.safeParse(await this.#store.keyv.get(key));
      return parsed.success && parsed.data.expiresAt > now ? parsed.data.answer : undefined;
    } catch (error) {
      // A cache is an optimisation: when its database is down the model is asked instead, and we say so.
      this.#logger?.warn(`llm answer cache unavailable: ${(error as Error).message}`);
      return undefined;
    }
  }

  async set(key: string, answer: LlmAnswer, now: number = Date.now()): Promise<void> {
    try {
      await this.#store.keyv.set(key, { answer, expiresAt: now + this.#ttlMs }, this.#ttlMs);
    } catch (error) {
      this.#logger?.warn(`llm answer cache unavailable: ${(error as Error).message}`);
    }
    this.#pokeSweep(now);
  }

  /** Deletes lapsed answers now (on the SQL engines); a failure is reported, never thrown. */
  async sweepExpired(now: number = Date.now()): Promise<void> {
    try {
      await this.#store.deleteExpired?.(ANSWER_CACHE_PREFIX, now);
    } catch (error) {
      this.#logger?.warn(`llm answer cache sweep failed: ${(error as Error).message}`);
    }
  }

  /** Starts a sweep, in the background, if none ran for {@link SWEEP_INTERVAL_MS}. */
  #pokeSweep(now: number): void {
    if (!this.#store.deleteExpired || this.#sweeping || now - this.#lastSweep < SWEEP_INTERVAL_MS) return;
    this.#lastSweep = now;
    this.#sweeping = this.sweepExpired(now).finally(() => {
      this.#sweeping = undefined;
    });
  }
}
