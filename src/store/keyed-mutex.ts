/**
 * Runs tasks one at a time per key, in the order they arrive, within this process. Writes to one record
 * from one instance then never race each other, so optimistic retries are only spent on other instances;
 * on SQLite, where one instance owns the file, that is all the serialising there is to do.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<void>>();

  /**
   * Runs `task` holding every one of `keys`, taken one after another in sorted order: two callers that
   * share keys then take them in the same order and never wait on each other in a circle (a case's
   * update, which takes the case and then its indexes, matches it too: "case:" sorts before "index:").
   */
  runAll<T>(keys: readonly string[], task: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort();
    const holding = sorted.reduceRight<() => Promise<T>>((inner, key) => () => this.run(key, inner), task);
    return holding();
  }

  /** Runs `task` once every task queued earlier for `key` has settled. */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key);
    const turn = Promise.withResolvers<void>();
    const tail = previous ? previous.then(() => turn.promise) : turn.promise;
    this.#tails.set(key, tail);
    try {
      await previous;
      return await task();
    } finally {
      turn.resolve();
      // The last task of a burst removes the key, so the map holds only keys with work queued.
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }
}
