/**
 * What the bot counts and times, as the use cases and the adapters around them report it. Prometheus lives
 * behind this (prometheus-metrics.ts): nothing else imports prom-client. Each caller takes only the part it
 * reports, e.g. `Pick<Metrics, 'caseFiled'>`.
 */
export interface Metrics {
  /** A Slack request acknowledged (`kind`: command, block_actions, view_submission, event…) after `seconds`. */
  ackSent(kind: string, seconds: number): void;
  /** A new case stored (a repeated submission of the same form is not a new case). */
  caseFiled(): void;
  /** A queued post of `kind` (review-post, staff-analysis…) went out to Slack. */
  postSent(kind: string): void;
  /** A queued post failed and is to be tried again later. */
  postRetried(kind: string): void;
  /** A queued post failed for good (a dead letter) and is kept for a person to look at. */
  postDead(kind: string): void;
  /**
   * An analysis asked of the LLM endpoint took `seconds`: `answered` by the model, `cached` (an answer kept
   * from before, no request made) or `fallback` to the rules, with the reason.
   */
  llmAnalysed(outcome: LlmOutcome, seconds: number, fallbackReason?: string): void;
  /** A morning digest claimed its slot and went out (or was queued to go out). */
  digestRun(): void;
}

export type LlmOutcome = 'answered' | 'cached' | 'fallback';

/** Metrics that go nowhere: the default for code run without a registry (the CLIs, unit tests). */
export const NO_METRICS: Metrics = {
  ackSent: () => undefined,
  caseFiled: () => undefined,
  postSent: () => undefined,
  postRetried: () => undefined,
  postDead: () => undefined,
  llmAnalysed: () => undefined,
  digestRun: () => undefined,
};
