import {
  type DecisionInput,
  decideRequest,
  pendingRequest,
  type RequestRef,
  withdrawRequest,
} from '../domain/approval-request.ts';
import type { Case } from '../domain/case.ts';
import { repairDatePromptJobs } from '../outbox/aftercare-posts.ts';
import { jobsForApprovalRequest, jobsForSettledRequest } from '../outbox/approval-jobs.ts';
import type { PostDelivery } from '../outbox/deliver-posts.ts';
import { jobForChange } from '../outbox/deliver-posts.ts';
import type { CaseStore, OutboxStore } from '../store/case-store.ts';

export interface ApprovalDeps {
  cases: CaseStore;
  /** Where jobs are queued ahead of a change, so they survive a crash right after it. */
  outbox: OutboxStore;
  delivery: PostDelivery;
  clock: () => Date;
}

/** How long jobs queued ahead of a change wait before the outbox's timer may run them. */
const AHEAD_MS = 60_000;

/**
 * Queues the jobs that follow a settled request before the change is written: should the process stop
 * between the write and the sending (a restart between click and update), the next start still edits
 * every copy and tells the requester. They are due a minute later, so the timer does not run them before
 * the change lands; the usual `send` after the write runs them at once. Run before a change that then
 * fails, they find the request pending and change nothing visible.
 */
async function queueAhead(deps: ApprovalDeps, ref: RequestRef, decision: boolean): Promise<void> {
  const current = await deps.cases.get(ref.caseId);
  if (!current) return;
  const dueAt = new Date(deps.clock().getTime() + AHEAD_MS);
  const predicted = decision ? current.history.length : undefined;
  for (const job of jobsForSettledRequest(ref.caseId, ref.request, predicted, dueAt)) await deps.outbox.enqueue(job);
}

/**
 * Sends a case's pending request to the approvers: to the review thread and to each approver's DM, both
 * through the outbox, so a post Slack refused is retried (also after a restart).
 */
export async function announceApprovalRequest(deps: ApprovalDeps, record: Case): Promise<void> {
  const request = pendingRequest(record);
  if (!request) return;
  await deps.delivery.send(jobsForApprovalRequest(record.id, request.index, deps.clock()));
}

/**
 * Records a manager's decision on one request with the store's compare-and-swap, so exactly one decision
 * lands however many arrive at once (a double click, two managers, a Slack retry): the others are refused
 * with a RequestSettledError naming the first. Then, through the outbox, the requester is told, every copy
 * of the request is edited to show the decision, and the review post and its thread follow.
 */
export async function recordDecision(deps: ApprovalDeps, ref: RequestRef, decision: DecisionInput): Promise<Case> {
  await queueAhead(deps, ref, true);
  let previous: Case | undefined;
  const updated = await deps.cases.update(ref.caseId, (current) => {
    previous = current;
    return decideRequest(current, ref.request, decision);
  });
  const now = deps.clock();
  // The change's own event is the last of the case it returned.
  const decisionIndex = updated.history.length - 1;
  await deps.delivery.send([
    ...jobsForSettledRequest(updated.id, ref.request, decisionIndex, now),
    jobForChange(updated, now),
    // A repair approved (or adjusted to) with no date promised yet: the owner is asked for one.
    ...(previous ? repairDatePromptJobs(previous, updated, now) : []),
  ]);
  return updated;
}

/** Withdraws a pending request (refused once decided), closes its copies and notes it on the review post. */
export async function recordWithdrawal(deps: ApprovalDeps, ref: RequestRef, by: string): Promise<Case> {
  await queueAhead(deps, ref, false);
  const at = deps.clock().toISOString();
  const updated = await deps.cases.update(ref.caseId, (current) => withdrawRequest(current, ref.request, by, at));
  const now = deps.clock();
  await deps.delivery.send([
    ...jobsForSettledRequest(updated.id, ref.request, undefined, now),
    jobForChange(updated, now),
  ]);
  return updated;
}
