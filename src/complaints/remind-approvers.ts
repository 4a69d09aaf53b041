import { pendingRequest } from '../domain/approval-request.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { jobForReminder, jobsForApprovalRequest } from '../outbox/approval-jobs.ts';
import type { PostDelivery } from '../outbox/deliver-posts.ts';
import { isReminderDue } from '../policy/business-hours.ts';
import type { CaseStore, IdempotencyStore, OutboxStore } from '../store/case-store.ts';

export interface RemindApproversDeps {
  cases: CaseStore;
  idempotency: IdempotencyStore;
  outbox: OutboxStore;
  delivery: PostDelivery;
  policy: Policy;
  clock: () => Date;
  /** APPROVAL_REMIND_HOURS. */
  afterHours: number;
}

/** How many pending cases one sweep looks at; the index holds the newest first. */
const SWEEP_LIMIT = 500;
/** A request not in its review thread this long after it was made lost its posting (a crash in between). */
const REPOST_AFTER_MS = 2 * 60_000;

/**
 * One sweep of the reminders: each request pending for APPROVAL_REMIND_HOURS reminds its approvers once,
 * only while the store is open (one that comes due at night waits for the opening). "Once" is kept in the
 * store (IdempotencyStore.firstTime on the request, marked once the reminder is queued), so a restart or a
 * second instance never reminds twice and a crash never loses the reminder.
 * The sweep also re-queues a request that never reached its review thread. Returns how many requests were
 * reminded.
 */
export async function remindApprovers(deps: RemindApproversDeps): Promise<number> {
  const now = deps.clock();
  let reminded = 0;
  for (const record of await deps.cases.listAwaitingApproval(SWEEP_LIMIT)) {
    const request = pendingRequest(record);
    if (!request) continue;
    const posted = record.approvalMessages?.some((copy) => copy.request === request.index && copy.target === 'thread');
    if (!posted && now.getTime() - Date.parse(request.event.at) >= REPOST_AFTER_MS) {
      // Stored but never queued (the process stopped in between): queue it again. Jobs still pending keep
      // their place and backoff; copies already posted are not posted twice.
      for (const job of jobsForApprovalRequest(record.id, request.index, now)) await deps.outbox.enqueue(job);
    }
    const due = isReminderDue({
      requestedAt: request.event.at,
      now,
      afterHours: deps.afterHours,
      hours: deps.policy.businessHours,
      timeZone: deps.policy.timezone,
    });
    if (!due) continue;
    const once = `approval-reminder:${record.id}:${request.index}`;
    if (await deps.idempotency.seen(once)) continue;
    // Queued durably before "once" is marked: a crash in between queues the same job id again next sweep
    // (kept as one pending job), where marking first would lose the reminder for good.
    const job = jobForReminder(record.id, request.index, now);
    await deps.outbox.enqueue(job);
    // Another instance marked it first: it queued this same job, which the outbox holds once.
    if (!(await deps.idempotency.firstTime(once, Number.POSITIVE_INFINITY))) continue;
    await deps.delivery.send([job]);
    reminded++;
  }
  return reminded;
}
