import { describe, expect, it } from 'vitest';
import {
  approvalHistory,
  approvalRequests,
  decideRequest,
  pendingRequest,
  requestState,
  withdrawRequest,
} from '../../src/domain/approval-request.ts';
import type { Case } from '../../src/domain/case.ts';
import { CaseTransitionError } from '../../src/domain/case-transition-error.ts';
import { RequestSettledError } from '../../src/errors.ts';
import { apply, at, englishCase, MANAGER, OWNER } from '../blocks/block-fixtures.ts';

/** A case whose owner asked for 200 of compensation; the request is history entry 2. */
function awaiting(): Case {
  return apply(englishCase, [
    { type: 'proposed', at: at(1), by: OWNER, remedyId: 'compensation', amount: 200, note: 'Wants 200' },
    { type: 'approval-requested', at: at(2), by: OWNER, remedyId: 'compensation', amount: 200, reason: 'Wants 200' },
  ]);
}

describe('requests for approval', () => {
  it('when a request is made, then it is pending under its history index', () => {
    const record = awaiting();
    expect(pendingRequest(record)).toMatchObject({ index: 2, event: { amount: 200, by: OWNER } });
    expect(requestState(record, 2)).toEqual({ state: 'pending' });
  });

  it('when a manager decides, then the decision is recorded and the request is no longer pending', () => {
    const decided = decideRequest(awaiting(), 2, {
      at: at(3),
      by: MANAGER,
      decision: 'adjusted',
      remedyId: 'compensation',
      amount: 120,
      reason: 'Half is fair',
    });
    expect(decided.status).toBe('proposed');
    expect(decided.proposal).toMatchObject({ amount: 120, approved: true });
    expect(pendingRequest(decided)).toBeUndefined();
    expect(requestState(decided, 2)).toMatchObject({ state: 'decided', decision: { by: MANAGER, amount: 120 } });
  });

  it('when a second decision comes, then it is refused naming the first, and the case is unchanged', () => {
    const first = decideRequest(awaiting(), 2, {
      at: at(3),
      by: MANAGER,
      decision: 'approved',
      remedyId: 'compensation',
    });
    const second = () =>
      decideRequest(first, 2, {
        at: at(4),
        by: 'U_OTHER',
        decision: 'rejected',
        remedyId: 'compensation',
        reason: 'no',
      });
    expect(second).toThrow(RequestSettledError);
    try {
      second();
    } catch (error) {
      expect(error).toMatchObject({ code: 'request_settled', outcome: 'approved', by: MANAGER, at: at(3) });
    }
    expect(first.decisions).toHaveLength(1);
  });

  it('when the requester decides their own request, then it is refused', () => {
    expect(() =>
      decideRequest(awaiting(), 2, { at: at(3), by: OWNER, decision: 'approved', remedyId: 'compensation' }),
    ).toThrow(CaseTransitionError);
  });

  it('when the id is not a request, then it is refused', () => {
    expect(() =>
      decideRequest(awaiting(), 1, { at: at(3), by: MANAGER, decision: 'approved', remedyId: 'compensation' }),
    ).toThrow(/no request/);
  });

  it('when a request is withdrawn, then it cannot be decided, and a new request gets a new id', () => {
    const withdrawn = withdrawRequest(awaiting(), 2, OWNER, at(3));
    expect(withdrawn.status).toBe('proposed');
    expect(() =>
      decideRequest(withdrawn, 2, { at: at(4), by: MANAGER, decision: 'approved', remedyId: 'compensation' }),
    ).toThrow(/already withdrawn/);
    const again = apply(withdrawn, [
      { type: 'proposed', at: at(5), by: OWNER, remedyId: 'compensation', amount: 80 },
      { type: 'approval-requested', at: at(6), by: OWNER, remedyId: 'compensation', amount: 80, reason: 'Settle' },
    ]);
    expect(pendingRequest(again)?.index).toBe(5);
    expect(approvalRequests(again).map((request) => [request.index, request.outcome.state])).toEqual([
      [2, 'withdrawn'],
      [5, 'pending'],
    ]);
  });

  it('when a decided request is withdrawn, then it is refused', () => {
    const decided = decideRequest(awaiting(), 2, {
      at: at(3),
      by: MANAGER,
      decision: 'approved',
      remedyId: 'compensation',
    });
    expect(() => withdrawRequest(decided, 2, OWNER, at(4))).toThrow(RequestSettledError);
  });

  it('when the history is read back, then every request, withdrawal and decision is there with who, when, remedy, amount and reason', () => {
    const withdrawn = withdrawRequest(awaiting(), 2, OWNER, at(3));
    const record = decideRequest(
      apply(withdrawn, [
        { type: 'proposed', at: at(5), by: OWNER, remedyId: 'compensation', amount: 80 },
        { type: 'approval-requested', at: at(6), by: OWNER, remedyId: 'compensation', amount: 80, reason: 'Settle' },
      ]),
      5,
      { at: at(7), by: MANAGER, decision: 'rejected', remedyId: 'compensation', amount: 80, reason: 'Not our fault' },
    );
    expect(approvalHistory(record)).toEqual([
      { kind: 'requested', at: at(2), by: OWNER, remedyId: 'compensation', amount: 200, reason: 'Wants 200' },
      { kind: 'withdrawn', at: at(3), by: OWNER },
      { kind: 'requested', at: at(6), by: OWNER, remedyId: 'compensation', amount: 80, reason: 'Settle' },
      { kind: 'rejected', at: at(7), by: MANAGER, remedyId: 'compensation', amount: 80, reason: 'Not our fault' },
    ]);
  });
});
