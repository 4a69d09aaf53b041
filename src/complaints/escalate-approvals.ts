import { approvalEscalatedLevel } from '../domain/approval-escalation.ts';
import { pendingRequest } from '../domain/approval-request.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { approvalEscalationJob } from '../outbox/approval-escalations.ts';
import type { PostDelivery } from '../outbox/deliver-posts.ts';
import { approvalEscalationDue } from '../policy/approval-escalation-due.ts';
import { isWithinBusinessHours } from '../policy/business-hours.ts';
import type { CaseStore, IdempotencyStore } from '../store/case-store.ts';

export interface EscalateApprovalsDeps {
  cases: CaseStore;
  idempotency: IdempotencyStore;
  delivery: PostDelivery;
  policy: Policy;
  clock: () => Date;
}

/** How many pending cases one round looks at, as the reminders' sweep. */
const SWEEP_LIMIT = 500;

/**
 * One round of escalating requests for approval left waiting: each request still undecided after the
 * policy's `escalation.approvalAfterHours` of opening time goes to the level above the approvers it has
 * reached (policy/approval-escalation-due.ts), once per level. Only while the store is open. "Once" is kept
 * in the store (IdempotencyStore.firstTime on case, request and level) after the job is queued in the
 * durable outbox, so a restart, a second round or a second instance never tells a level twice and a crash
 * in between cannot lose it. Without `approvalAfterHours` it does nothing. Returns how many it queued.
 */
export async function escalateApprovals(deps: EscalateApprovalsDeps): Promise<number> {
  const { policy } = deps;
  if (policy.escalation?.approvalAfterHours === undefined) return 0;
  const now = deps.clock();
  if (!isWithinBusinessHours(now, policy.businessHours, policy.timezone)) return 0;
  let escalated = 0;
  for (const record of await deps.cases.listAwaitingApproval(SWEEP_LIMIT)) {
    const request = pendingRequest(record);
    if (!request) continue;
    const due = approvalEscalationDue(request.event.at, policy, now);
    if (!due || approvalEscalatedLevel(record, request.index) >= due.level) continue;
    const once = `approval-escalation:${record.id}:${request.index}:${due.level}`;
    if (await deps.idempotency.seen(once)) continue;
    const job = approvalEscalationJob(record.id, request.index, due.level, now);
    await deps.delivery.queue([job]);
    // Another instance marked it first: it queued this same job, which the outbox holds once.
    if (!(await deps.idempotency.firstTime(once, Number.POSITIVE_INFINITY))) continue;
    await deps.delivery.send([job]);
    escalated++;
  }
  return escalated;
}
