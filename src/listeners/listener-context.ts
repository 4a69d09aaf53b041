import type { ComplaintAnalyser } from '../analysis/analyser.js';
import type { Config } from '../config.js';
import type { Metrics } from '../metrics/metrics.js';
import type { PostDelivery } from '../outbox/deliver-posts.js';
import type { Policy } from '../policy/policy-schema.js';
import type { AckGate } from '../slack/ack-gate.js';
import type { ApproverCheck } from '../slack/approvers.js';
import type { LanguageResolver } from '../slack/user-language.js';
import type { Stores } from '../store/case-store.js';

/** What listeners need: they parse, call a use case and render, and hold no state of their own. */
export interface ListenerContext {
  config: Config;
  policy: Policy;
  stores: Stores;
  analyser: ComplaintAnalyser;
  delivery: PostDelivery;
  languages: LanguageResolver;
  approvers: ApproverCheck;
  clock: () => Date;
  /** Lets slow work after an acknowledgement wait until a burst of requests is acknowledged. */
  ackGate: AckGate;
  /** What the use cases count (cases filed…); see metrics/metrics.ts. */
  metrics: Metrics;
}
