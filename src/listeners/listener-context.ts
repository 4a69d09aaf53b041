import type { ComplaintAnalyser } from '../analysis/analyser.ts';
import type { Config } from '../config.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { Metrics } from '../metrics/metrics.ts';
import type { PostDelivery } from '../outbox/deliver-posts.ts';
import type { AckGate } from '../slack/ack-gate.ts';
import type { ApproverCheck } from '../slack/approvers.ts';
import type { DelegateCheck } from '../slack/delegates.ts';
import type { GrantedScopes } from '../slack/granted-scopes.ts';
import type { LanguageResolver } from '../slack/user-language.ts';
import type { Stores } from '../store/case-store.ts';
import type { StoreWatch } from '../store/store-watch.ts';

/** What listeners need: they parse, call a use case and render, and hold no state of their own. */
export interface ListenerContext {
  config: Config;
  policy: Policy;
  stores: Stores;
  analyser: ComplaintAnalyser;
  delivery: PostDelivery;
  languages: LanguageResolver;
  approvers: ApproverCheck;
  /** Approvers' delegates while they are away (issue 15). */
  delegates: DelegateCheck;
  clock: () => Date;
  /** Lets slow work after an acknowledgement wait until a burst of requests is acknowledged. */
  ackGate: AckGate;
  /** Whether the store answers: asked before a complaint is acknowledged, so staff keep their text if not. */
  storeWatch: StoreWatch;
  /** What the use cases count (cases filed…); see metrics/metrics.ts. */
  metrics: Metrics;
  /** The bot token's scopes as Slack said at start-up; undefined before, or when Slack did not say. */
  grantedScopes?: () => GrantedScopes;
}
