import { pendingRequest } from '../domain/approval-request.ts';
import type { Case } from '../domain/case.ts';
import { applyCaseEvent } from '../domain/case-transitions.ts';
import { RequestPendingError } from '../errors.ts';
import { jobsForApprovalRequest } from '../outbox/approval-jobs.ts';
import { jobForChange } from '../outbox/deliver-posts.ts';
import { countRepeat, type RepeatLookup } from './count-repeat.ts';
import type { ApprovalDeps } from './decide-approval.ts';

/** What staff ask for on the compensation form. */
export interface CompensationAsk {
  by: string;
  at: string;
  remedyId: string;
  amount?: number;
  reason: string;
}

/**
 * Records a request for compensation as the case's proposal and, when it is beyond the staff member's
 * authority, as a request for approval — both in ONE compare-and-swap, so a double submit or two people at
 * once cannot make a second request or a stray proposal, and no crash can leave a proposal that needs
 * approval without its request. A case with a request pending is refused with a RequestPendingError
 * (withdraw it first), checked inside the write. Then the review post follows and the request is queued
 * for the approvers (durably: the reminder sweep re-queues one a crash left unposted).
 */
export async function requestCompensation(
  deps: ApprovalDeps & { repeat?: Omit<RepeatLookup, 'cases'> },
  caseId: string,
  ask: CompensationAsk,
): Promise<Case> {
  const { by, at, remedyId, reason } = ask;
  const amount = ask.amount === undefined ? {} : { amount: ask.amount };
  // A repeat customer's history counted again, so the manager sees what was granted up to now (issue 15).
  const repeat = await recountRepeat(deps, caseId);
  const updated = await deps.cases.update(caseId, (current) => {
    if (pendingRequest(current)) throw new RequestPendingError(caseId);
    const proposed = applyCaseEvent(current, { type: 'proposed', at, by, remedyId, ...amount, note: reason });
    if (!proposed.proposal?.needsApproval) return proposed;
    const requested = applyCaseEvent(proposed, { type: 'approval-requested', at, by, remedyId, ...amount, reason });
    return repeat ? { ...requested, repeat } : requested;
  });
  const now = deps.clock();
  // One change, one thread line: the request's line names the remedy, the amount and the reason.
  const request = pendingRequest(updated);
  await deps.delivery.send([
    jobForChange(updated, now),
    ...(request ? jobsForApprovalRequest(updated.id, request.index, now) : []),
  ]);
  return updated;
}

/** The case's repeat history as of now, when it has a customer and the caller can count (else undefined). */
async function recountRepeat(deps: ApprovalDeps & { repeat?: Omit<RepeatLookup, 'cases'> }, caseId: string) {
  if (!deps.repeat) return undefined;
  const current = await deps.cases.get(caseId);
  if (!current?.complaint.customer) return undefined;
  return countRepeat(
    { ...deps.repeat, cases: deps.cases },
    { id: current.id, filedAt: current.createdAt, customer: current.complaint.customer },
    deps.clock(),
  );
}
