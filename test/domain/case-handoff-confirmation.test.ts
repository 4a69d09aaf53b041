import { describe, expect, it } from 'vitest';
import { followUpDueOn } from '../../src/domain/aftercare.ts';
import { type CaseEvent, CaseSchema } from '../../src/domain/case.ts';
import { makeCase, minutesIn } from '../store/case-fixtures.ts';
import { apply, refusalOf } from './transition-helpers.ts';

// Issue 15: a case handed to a colleague (换人), a resolution the customer did not accept, and a case
// reopened when the customer came back.

const by = 'U_STAFF';

const hand = (to: string, from = by, who = by): CaseEvent => ({
  type: 'handed-over',
  at: minutesIn(2),
  by: who,
  from,
  to,
  note: '顾客和我谈不下去了',
});
const resolve: CaseEvent = { type: 'resolved', at: minutesIn(4), by, outcome: 'stone re-set', satisfaction: 4 };
const decline: CaseEvent = {
  type: 'customer-declined',
  at: minutesIn(3),
  by,
  outcome: 'offered a re-set',
  satisfaction: 2,
};
const reopen: CaseEvent = { type: 'reopened', at: minutesIn(5), by, reason: 'it fell out again' };
const close: CaseEvent = { type: 'closed', at: minutesIn(6), by };

describe('handing a case over', () => {
  it('when the owner hands it to a colleague, then the colleague owns it, its status is kept and the history says who handed it to whom', () => {
    const handed = apply(makeCase({ id: 'C-H1' }), hand('U_NEW'));
    expect(handed.owner).toBe('U_NEW');
    expect(handed.status).toBe('open');
    expect(handed.history.at(-1)).toMatchObject({ type: 'handed-over', by, from: by, to: 'U_NEW' });
    expect(CaseSchema.parse(handed)).toEqual(handed);
  });

  it('when an approver hands someone else’s case on, then it is recorded as theirs and the case moves', () => {
    const handed = apply(makeCase({ id: 'C-H2' }), hand('U_NEW', by, 'U_MANAGER'));
    expect(handed.owner).toBe('U_NEW');
    expect(handed.history.at(-1)).toMatchObject({ by: 'U_MANAGER', from: by, to: 'U_NEW' });
  });

  it('when it is handed to the one who has it, then it is refused as theirs already', () => {
    const error = refusalOf(makeCase({ id: 'C-H3' }), hand(by));
    expect(error.refusal).toBe('same-owner');
  });

  it('when the same handoff comes twice (the case moved meanwhile), then the second is refused and it moved once', () => {
    const once = apply(makeCase({ id: 'C-H4' }), hand('U_NEW'));
    expect(refusalOf(once, hand('U_THIRD')).refusal).toBe('owner-changed');
    expect(refusalOf(once, hand('U_NEW')).refusal).toBe('same-owner');
    expect(once.history.filter((event) => event.type === 'handed-over')).toHaveLength(1);
  });

  it('when the case is closed, then it cannot be handed over; resolved and followed-up cases can', () => {
    const resolved = apply(makeCase({ id: 'C-H5' }), resolve);
    expect(apply(resolved, hand('U_NEW')).owner).toBe('U_NEW');
    const closed = apply(resolved, close);
    expect(refusalOf(closed, hand('U_NEW')).refusal).toBe('status');
  });
});

describe('whether the customer accepted the resolution', () => {
  it('when the customer did not accept, then the case stays open, with what was offered in its history, and can be resolved later', () => {
    const declined = apply(makeCase({ id: 'C-D1' }), decline);
    expect(declined.status).toBe('open');
    expect(declined.history.at(-1)).toMatchObject({ type: 'customer-declined', outcome: 'offered a re-set' });
    expect(followUpDueOn(declined, { followUpDays: 7, timezone: 'Asia/Shanghai' })).toBeUndefined();
    expect(apply(declined, resolve).status).toBe('resolved');
  });

  it('when a proposal was made, then declining returns it to open and keeps the proposal to try again', () => {
    const proposed = apply(makeCase({ id: 'C-D2' }), {
      type: 'proposed',
      at: minutesIn(1),
      by,
      remedyId: 'stone-resetting',
    });
    const declined = apply(proposed, decline);
    expect(declined.status).toBe('open');
    expect(declined.proposal?.remedyId).toBe('stone-resetting');
  });

  it('when the case is resolved already, then a refusal cannot be recorded on it (reopen it first)', () => {
    const resolved = apply(makeCase({ id: 'C-D3' }), resolve);
    expect(refusalOf(resolved, decline).refusal).toBe('status');
  });
});

describe('reopening a case the customer came back on', () => {
  it('when a resolved case is reopened, then it is open again, no follow-up call is due, and a new resolution starts one', () => {
    const resolved = apply(makeCase({ id: 'C-R1' }), resolve);
    expect(followUpDueOn(resolved, { followUpDays: 7, timezone: 'Asia/Shanghai' })).toBeDefined();
    const reopened = apply(resolved, reopen);
    expect(reopened.status).toBe('open');
    expect(reopened.history.at(-1)).toMatchObject({ type: 'reopened', by, reason: 'it fell out again' });
    expect(followUpDueOn(reopened, { followUpDays: 7, timezone: 'Asia/Shanghai' })).toBeUndefined();
    expect(apply(reopened, { ...resolve, at: minutesIn(7) }).status).toBe('resolved');
  });

  it('when a followed-up case is reopened, then it is open again', () => {
    const followed = apply(makeCase({ id: 'C-R2' }), resolve, {
      type: 'followed-up',
      at: minutesIn(5),
      by,
      result: 'happy',
    });
    expect(apply(followed, reopen).status).toBe('open');
  });

  it('when the case is open or closed, then it cannot be reopened', () => {
    const open = makeCase({ id: 'C-R3' });
    expect(refusalOf(open, reopen).refusal).toBe('status');
    const closed = apply(open, resolve, close);
    expect(refusalOf(closed, reopen).refusal).toBe('status');
  });
});
