/**
 * The last few results of a pure function of a text, by the text. Within one triage the readers ask the same
 * question of the same text more than once (temperament reads a narrative as a whole and again for its manner; the
 * register checks blank a text's quotes for each genre they weigh), and a long retelling costs more to read again
 * than to look up. Bounded, oldest out first, so a run of complaints keeps only the texts of the last few.
 */
export class RecentResults<T> {
  readonly #results = new Map<string, T>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** The result for `text`, worked out by `compute` unless it is among the last few asked for. */
  get(text: string, compute: (text: string) => T): T {
    const known = this.#results.get(text);
    if (known !== undefined || this.#results.has(text)) return known as T;
    const result = compute(text);
    if (this.#results.size >= this.#limit) this.#results.delete(this.#results.keys().next().value as string);
    this.#results.set(text, result);
    return result;
  }
}
