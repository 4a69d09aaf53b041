import { createHash } from 'node:crypto';
import type { Keyv } from 'keyv';
import { type LlmAnswer, LlmAnswerSchema } from './llm-answer-schema.js';

/** Cached answers lapse after a week, so a cache on the case store does not grow without end. */
const TTL_MS = 7 * 24 * 3600_000;
const PREFIX = 'llm-answer:';

/** Something to report a cache failure to. */
export interface CacheLogger {
  warn(message: string): void;
}

/**
 * The same complaint analysed again — a retried submission, a re-run of `npm run eval` — is served from
 * here. The key is a hash of everything the model was sent (model, prompt version and the messages, with
 * the redacted complaint and the policy's verdicts), so any change to those asks the model afresh.
 */
export class AnswerCache {
  readonly #keyv: Keyv<unknown>;
  readonly #logger: CacheLogger | undefined;

  constructor(keyv: Keyv<unknown>, logger?: CacheLogger) {
    this.#keyv = keyv;
    this.#logger = logger;
  }

  /** The cache key for one request. */
  static keyFor(parts: { model: string; promptVersion: string; messages: unknown }): string {
    return PREFIX + createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  }

  /** A cached answer, validated again: a stored value from an older schema counts as a miss. */
  async get(key: string): Promise<LlmAnswer | undefined> {
    try {
      const parsed = LlmAnswerSchema.safeParse(await this.#keyv.get(key));
      return parsed.success ? parsed.data : undefined;
    } catch (error) {
      // A cache is an optimisation: when its database is down the model is asked instead, and we say so.
      this.#logger?.warn(`llm answer cache unavailable: ${(error as Error).message}`);
      return undefined;
    }
  }

  async set(key: string, answer: LlmAnswer): Promise<void> {
    try {
      await this.#keyv.set(key, answer, TTL_MS);
    } catch (error) {
      this.#logger?.warn(`llm answer cache unavailable: ${(error as Error).message}`);
    }
  }
}
