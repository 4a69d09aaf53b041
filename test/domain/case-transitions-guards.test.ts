import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/domain/case.ts';
import { applyCaseEvent, proposalNeedsApproval } from '../../src/domain/case-transitions.ts';
import { makeCase, minutesIn } from '../store/case-fixtures.ts';
import { apply, refusalOf } from './transition-helpers.ts';

// The case's status machine at its edges: the staff limit itself, which refusal a refused event gets,
// and the repair steps; written against the mutants the first mutation run left alive
// (docs/mutation-testing.md).

const by = 'U_STAFF';

const propose = (remedyId: string, amount?: number): CaseEvent => ({
  type: 'proposed',
  at: minutesIn(1),
  by,
  remedyId,
  ...(amount === undefined ? {} : { amount }),
});
const ask = (remedyId: string): CaseEvent => ({
  type: 'approval-requested',
  at: minutesIn(2),
  by,
  remedyId,
  reason: 'beyond my authority',
});
const decide = (decision: 'approved' | 'rejected', remedyId = 'refund'): CaseEvent => ({
  type: 'decided',
  at: minutesIn(3),
  by: 'U_MANAGER',
  decision,
  remedyId,
  ...(decision === 'rejected' ? { reason: 'not this time' } : {}),
});
const resolve: CaseEvent = { type: 'resolved', at: minutesIn(4), by, outcome: 'done', satisfaction: 4 };
const promise = (remedyId = 'stone-resetting'): CaseEvent => ({
  type: 'repair-promised',
  at: minutesIn(5),
  by,
  remedyId,
  promisedFor: '2026-11-28',
});
const ready: CaseEvent = { type: 'repair-ready', at: minutesIn(6), by, customerToldOn: '2026-11-21' };
const collected: CaseEvent = { type: 'repair-collected', at: minutesIn(7), by };

describe('the staff limit', () => {
  it('when the sum is exactly the staff limit, then staff may grant it alone; a yuan more needs a manager', () => {
    const { remedies } = makeCase({ id: 'L1' });
    expect(proposalNeedsApproval(remedies, 'compensation', 50)).toBe(false);
    expect(proposalNeedsApproval(remedies, 'compensation', 50.01)).toBe(true);
    expect(applyCaseEvent(makeCase({ id: 'L2' }), propose('gift', 50)).proposal?.needsApproval).toBe(false);
  });
});

describe('proposals and decisions', () => {
  it('when something is proposed without an amount, then the proposal has no amount at all', () => {
    const proposed = applyCaseEvent(makeCase({ id: 'P1' }), propose('exchange'));
    expect(proposed.proposal).not.toHaveProperty('amount');
    expect(proposed.proposal).toEqual({ remedyId: 'exchange', needsApproval: false, approved: false });
  });

  it('when a request is approved, then the proposal is approved and still marked as one that needed a manager', () => {
    const approved = apply(makeCase({ id: 'P2' }), propose('refund'), ask('refund'), decide('approved'));
    expect(approved.proposal).toStrictEqual({ remedyId: 'refund', needsApproval: true, approved: true });
    expect(approved.status).toBe('proposed');
    // Carried out now: the approval is what lets it through.
    expect(applyCaseEvent(approved, resolve).status).toBe('resolved');
  });

  it('when a proposal within authority is sent for approval, then it is refused as not needing one', () => {
    const within = applyCaseEvent(makeCase({ id: 'P3' }), propose('compensation', 20));
    const refusal = refusalOf(within, ask('compensation'));
    expect(refusal.refusal).toBe('not-current-proposal');
    expect(refusal.message).toMatch(/only the current proposal, when it needs approval, can be sent for approval/);
  });

  it('when another remedy than the one proposed is sent for approval, then it is refused', () => {
    const proposed = applyCaseEvent(makeCase({ id: 'P4' }), propose('refund'));
    expect(refusalOf(proposed, ask('compensation')).refusal).toBe('not-current-proposal');
    expect(applyCaseEvent(proposed, ask('refund')).status).toBe('awaiting-approval');
  });

  it('when a proposal that needs a manager is carried out unapproved, then the refusal says so', () => {
    const proposed = applyCaseEvent(makeCase({ id: 'P5' }), propose('refund'));
    const refusal = refusalOf(proposed, resolve);
    expect(refusal.refusal).toBe('needs-approval');
    expect(refusal.message).toMatch(/needs a manager's approval before it is carried out/);
  });
});

describe('which refusal a refused event gets', () => {
  it('when a decision comes for a case never sent for approval, then it is refused for its status, not as decided', () => {
    const refusal = refusalOf(makeCase({ id: 'R1' }), decide('approved'));
    expect(refusal.refusal).toBe('status');
    expect(refusal.message).toMatch(/cannot apply "decided" while the case is open/);
  });

  it('when a decided case gets another kind of event its status does not allow, then it is refused for its status', () => {
    const decided = apply(makeCase({ id: 'R2' }), propose('refund'), ask('refund'), decide('rejected'));
    expect(decided.decisions).toHaveLength(1);
    const refusal = refusalOf(decided, { type: 'followed-up', at: minutesIn(9), by, result: 'ok', satisfaction: 4 });
    expect(refusal.refusal).toBe('status');
    expect(refusalOf(decided, decide('approved')).refusal).toBe('already-decided');
  });
});

describe('repair steps', () => {
  it('when a remedy that is no repair is promised, then the refusal names it', () => {
    const refusal = refusalOf(makeCase({ id: 'S1' }), promise('compensation'));
    expect(refusal.refusal).toBe('repair-step');
    expect(refusal.message).toMatch(/"compensation" is not a repair of this case/);
  });

  it('when a repair is ready, then promising it again or marking it ready again is refused as already ready', () => {
    const isReady = apply(makeCase({ id: 'S2' }), promise(), ready);
    expect(refusalOf(isReady, promise()).message).toMatch(/the repair is already ready for pickup/);
    expect(refusalOf(isReady, ready).message).toMatch(/the repair is already ready for pickup/);
    expect(applyCaseEvent(isReady, collected).history.at(-1)?.type).toBe('repair-collected');
  });

  it('when no repair was promised, then marking one ready or collected is refused', () => {
    expect(refusalOf(makeCase({ id: 'S3' }), ready).message).toMatch(/no repair is waiting to be finished/);
    expect(refusalOf(makeCase({ id: 'S4' }), collected).message).toMatch(/no repair is waiting for pickup/);
    const promised = applyCaseEvent(makeCase({ id: 'S5' }), promise());
    expect(refusalOf(promised, collected).message).toMatch(/no repair is waiting for pickup/);
  });

  it('when a collected repair is promised anew, then a new repair starts', () => {
    const done = apply(makeCase({ id: 'S6' }), promise(), ready, collected);
    expect(applyCaseEvent(done, promise()).history.at(-1)?.type).toBe('repair-promised');
  });
});
