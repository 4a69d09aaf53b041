import type { AtomicKv } from './atomic-kv.ts';

/** How often lapsed claims and seen ids are cleared out of a SQL table; Redis expires its own. */
export const SWEEP_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Clears lapsed records now and then, in the background of the calls that create them, so the SQL
 * engines' tables do not grow with every Slack retry. The delete is conditional on the record having
 * lapsed, so a record written again meanwhile is never removed. A failed sweep is retried next interval.
 */
export class ExpirySweeper {
  readonly #kv: AtomicKv;
  readonly #prefixes: readonly string[];
  #lastStarted = Number.NEGATIVE_INFINITY;
  #running: Promise<void> | undefined;

  constructor(kv: AtomicKv, prefixes: readonly string[]) {
    this.#kv = kv;
    this.#prefixes = prefixes;
  }

  /** Starts a sweep if none ran for {@link SWEEP_INTERVAL_MS}; never waits for it and never throws. */
  poke(now: number = Date.now()): void {
    if (this.#running || now - this.#lastStarted < SWEEP_INTERVAL_MS) return;
    this.#lastStarted = now;
    this.#running = (async () => {
      for (const prefix of this.#prefixes) await this.#kv.sweepExpired(prefix);
    })()
      .catch(() => {
        // Housekeeping only: lapsed records already read as absent, so a failure costs nothing but space.
      })
      .finally(() => {
        this.#running = undefined;
      });
  }

  /** Waits for a sweep in progress, before the store closes under it. */
  async drain(): Promise<void> {
    await this.#running;
  }
}
