import { escalatedLevel } from '../domain/escalation.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { PostDelivery } from '../outbox/deliver-posts.ts';
import { escalationJob } from '../outbox/escalations.ts';
import { isWithinBusinessHours } from '../policy/business-hours.ts';
import { escalationDue } from '../policy/escalation-due.ts';
import type { CaseStore, IdempotencyStore } from '../store/case-store.ts';
import { pacedWalk } from './paced-walk.ts';

export interface EscalateOverdueDeps {
  cases: CaseStore;
  idempotency: IdempotencyStore;
  delivery: PostDelivery;
  policy: Policy;
  clock: () => Date;
  /** Awaited every few cases of the walk (see pacedWalk); none by default. */
  pause?: () => Promise<void>;
}

/**
 * One round of the escalation ladder: each case not closed whose SLA clock has run over its target is
 * escalated to the level it has reached (policy/escalation-due.ts), once per level. Only while the store
 * is open: a clock that breaks at night escalates when the store opens. "Once" is kept in the store
 * (IdempotencyStore.firstTime on case and level) after the job is queued in the durable outbox, so a
 * restart, a second round or a second instance never tells a level twice and a crash in between cannot
 * lose it. Without `escalation` or `sla` in the policy it does nothing. Returns how many it queued.
 */
export async function escalateOverdue(deps: EscalateOverdueDeps): Promise<number> {
  const { policy } = deps;
  if (!policy.escalation || !policy.sla) return 0;
  const now = deps.clock();
  if (!isWithinBusinessHours(now, policy.businessHours, policy.timezone)) return 0;
  let escalated = 0;
  for await (const record of pacedWalk(deps.cases.eachOpen(), deps.pause)) {
    const due = escalationDue(record, policy, now);
    if (!due || escalatedLevel(record) >= due.level) continue;
    const once = `escalation:${record.id}:${due.level}`;
    if (await deps.idempotency.seen(once)) continue;
    const job = escalationJob(record.id, due.level, now);
    await deps.delivery.queue([job]);
    // Another instance marked it first: it queued this same job, which the outbox holds once.
    if (!(await deps.idempotency.firstTime(once, Number.POSITIVE_INFINITY))) continue;
    await deps.delivery.send([job]);
    escalated++;
  }
  return escalated;
}
