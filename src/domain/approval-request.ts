import { RequestSettledError } from '../errors.ts';
import type { ApprovalRequestedEvent, ApprovalWithdrawnEvent, Case, CaseEvent, DecisionEvent } from './case.ts';
import { CaseTransitionError } from './case-transition-error.ts';
import { applyCaseEvent } from './case-transitions.ts';

/**
 * Requests for approval, read from a case's append-only history. A request's id is the index of its
 * `approval-requested` event: it never changes, since the history only grows, and it needs no new field on
 * cases stored before approvals existed. A case has at most one pending request — the status machine
 * allows a new request only after the last one was decided or withdrawn.
 */

/** Which request: the case, and the request's id. */
export interface RequestRef {
  caseId: string;
  request: number;
}

/** A request and its id (its index in the history). */
export interface ApprovalRequest {
  index: number;
  event: ApprovalRequestedEvent;
}

/** Where a request stands: pending, or settled by a decision or a withdrawal. */
export type RequestState =
  | { state: 'pending' }
  | { state: 'decided'; decision: DecisionEvent }
  | { state: 'withdrawn'; withdrawal: ApprovalWithdrawnEvent };

/** The request with this id, or undefined when that history entry is not a request. */
export function approvalRequestAt(record: Case, index: number): ApprovalRequest | undefined {
  const event = record.history[index];
  return event?.type === 'approval-requested' ? { index, event } : undefined;
}

/** What settled a request: the first decision or withdrawal after it (only one request is ever pending). */
export function requestState(record: Case, index: number): RequestState {
  for (const event of record.history.slice(index + 1)) {
    if (event.type === 'decided') return { state: 'decided', decision: event };
    if (event.type === 'approval-withdrawn') return { state: 'withdrawn', withdrawal: event };
  }
  return { state: 'pending' };
}

/** The case's pending request, if it is awaiting approval. */
export function pendingRequest(record: Case): ApprovalRequest | undefined {
  if (record.status !== 'awaiting-approval') return undefined;
  for (let index = record.history.length - 1; index >= 0; index--) {
    const request = approvalRequestAt(record, index);
    if (request) return requestState(record, index).state === 'pending' ? request : undefined;
  }
  return undefined;
}

/** Every request of a case with where it stands, oldest first. */
export function approvalRequests(record: Case): (ApprovalRequest & { outcome: RequestState })[] {
  return record.history.flatMap((_, index) => {
    const request = approvalRequestAt(record, index);
    return request ? [{ ...request, outcome: requestState(record, index) }] : [];
  });
}

function settledError(record: Case, state: Exclude<RequestState, { state: 'pending' }>): RequestSettledError {
  return state.state === 'decided'
    ? new RequestSettledError(record.id, {
        outcome: state.decision.decision,
        by: state.decision.by,
        at: state.decision.at,
      })
    : new RequestSettledError(record.id, { outcome: 'withdrawn', by: state.withdrawal.by, at: state.withdrawal.at });
}

/** The request, when it exists and is still pending; else the error that says why it cannot be acted on. */
function requirePending(record: Case, index: number): ApprovalRequest {
  const request = approvalRequestAt(record, index);
  if (!request) {
    throw new CaseTransitionError(
      `case ${record.id}: there is no request for approval #${index}`,
      'no-request',
      record.status,
    );
  }
  const state = requestState(record, index);
  if (state.state !== 'pending') throw settledError(record, state);
  return request;
}

/** A manager's decision, without the parts taken from the request it decides. */
export type DecisionInput = Omit<DecisionEvent, 'type'>;

/**
 * Decides one request (pure; run it inside the store's compare-and-swap). It is refused, with nothing
 * changed, when the request was already decided or withdrawn — the first decision stands — and when the
 * decider made the request: nobody approves their own.
 */
export function decideRequest(record: Case, index: number, decision: DecisionInput): Case {
  const request = requirePending(record, index);
  if (decision.by === request.event.by) {
    throw new CaseTransitionError(
      `case ${record.id}: ${decision.by} cannot decide their own request`,
      'own-request',
      record.status,
    );
  }
  return applyCaseEvent(record, { type: 'decided', ...decision });
}

/** Withdraws one pending request (pure), so staff can ask again; refused once it was decided. */
export function withdrawRequest(record: Case, index: number, by: string, at: string): Case {
  requirePending(record, index);
  return applyCaseEvent(record, { type: 'approval-withdrawn', at, by });
}

/** One request or its settlement as the case's record reads it back: who, when, what, how much, why. */
export interface ApprovalHistoryEntry {
  kind: 'requested' | 'withdrawn' | 'approved' | 'adjusted' | 'rejected';
  at: string;
  by: string;
  remedyId?: string;
  amount?: number;
  reason?: string;
}

/** The approval part of a case's history, oldest first: every request, withdrawal and decision. */
export function approvalHistory(record: Case): ApprovalHistoryEntry[] {
  return record.history.flatMap((event: CaseEvent): ApprovalHistoryEntry[] => {
    const optional = (amount: number | undefined, reason: string | undefined) => ({
      ...(amount === undefined ? {} : { amount }),
      ...(reason === undefined ? {} : { reason }),
    });
    switch (event.type) {
      case 'approval-requested':
        return [
          {
            kind: 'requested',
            at: event.at,
            by: event.by,
            remedyId: event.remedyId,
            ...optional(event.amount, event.reason),
          },
        ];
      case 'approval-withdrawn':
        return [{ kind: 'withdrawn', at: event.at, by: event.by, ...optional(undefined, event.reason) }];
      case 'decided':
        return [
          {
            kind: event.decision,
            at: event.at,
            by: event.by,
            remedyId: event.remedyId,
            ...optional(event.amount, event.reason),
          },
        ];
      default:
        return [];
    }
  });
}
