import { describe, expect, it } from 'vitest';
import {
  aftercareDue,
  autoCloseEvent,
  followUpDueOn,
  isRepairKind,
  needsAftercare,
  remindersDue,
  repairDateNeeded,
  repairOf,
} from '../../src/domain/aftercare.ts';
import { type Case, type CaseEvent, CaseSchema } from '../../src/domain/case.ts';
import { CaseTransitionError } from '../../src/domain/case-transition-error.ts';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import { repairDatePromptJobs } from '../../src/outbox/aftercare-posts.ts';
import { addDays, addMonths, isLocalDate, localDateOf } from '../../src/shared/local-date.ts';
import { makeCase } from '../store/case-fixtures.ts';

const policy = { followUpDays: 7, timezone: 'Asia/Shanghai' };
const by = 'U_STAFF';

function apply(record: Case, ...events: CaseEvent[]): Case {
  return events.reduce((current, event) => applyCaseEvent(current, event), record);
}

const resolvedAt = (at: string): CaseEvent => ({
  type: 'resolved',
  at,
  by,
  outcome: 'Re-set the stone',
  satisfaction: 4,
});
const promise = (promisedFor: string, at = '2026-11-21T03:00:00Z'): CaseEvent => ({
  type: 'repair-promised',
  at,
  by,
  remedyId: 'stone-resetting',
  promisedFor,
});

describe('local dates', () => {
  it('when days and months are added, then the calendar is followed (month ends clamp, years roll)', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-12-01', -1)).toBe('2026-11-30');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-12-04', 1)).toBe('2027-01-04');
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-12-05')).toBe(true);
  });

  it("when a moment is late in the evening UTC, then its date is the store's next day", () => {
    expect(localDateOf(new Date('2026-12-07T17:30:00Z'), 'Asia/Shanghai')).toBe('2026-12-08');
  });
});

describe('the follow-up call', () => {
  it("when a case is resolved late at night UTC, then the due day counts from the store's date of resolution", () => {
    const record = apply(makeCase({ id: 'F1' }), resolvedAt('2026-11-21T17:00:00Z')); // 22 Nov, 01:00 in Shanghai
    expect(followUpDueOn(record, policy)).toBe('2026-11-29');
    expect(needsAftercare(record)).toBe(true);
  });

  it('when it is due, then it is listed (overdue after the day) until the follow-up is recorded', () => {
    const record = apply(makeCase({ id: 'F2' }), resolvedAt('2026-11-21T03:00:00Z'));
    expect(aftercareDue(record, policy, new Date('2026-11-27T03:00:00Z'))).toEqual([]);
    expect(aftercareDue(record, policy, new Date('2026-11-28T03:00:00Z'))).toMatchObject([
      { kind: 'follow-up', dueOn: '2026-11-28', overdue: false, reminderId: 'follow-up:F2:1', eventIndex: 1 },
    ]);
    expect(remindersDue(record, policy, new Date('2026-12-01T03:00:00Z'))).toMatchObject([{ overdue: true }]);
    const followed = apply(record, { type: 'followed-up', at: '2026-11-28T04:00:00Z', by, result: 'All good' });
    expect(followUpDueOn(followed, policy)).toBeUndefined();
    expect(aftercareDue(followed, policy, new Date('2026-12-01T03:00:00Z'))).toEqual([]);
    expect(needsAftercare(followed)).toBe(false);
  });
});

describe('a repair', () => {
  it('when promised, then it is due from the day before the promised date until it is ready', () => {
    const record = apply(makeCase({ id: 'R1' }), promise('2026-11-25'));
    expect(CaseSchema.parse(record)).toEqual(record);
    expect(needsAftercare(record)).toBe(true);
    expect(aftercareDue(record, policy, new Date('2026-11-23T03:00:00Z'))).toEqual([]);
    expect(aftercareDue(record, policy, new Date('2026-11-24T03:00:00Z'))).toMatchObject([
      { kind: 'repair-due', dueOn: '2026-11-25', overdue: false, reminderId: 'repair:R1:1' },
    ]);
  });

  it('when the date is moved, then the new promise has its own reminder', () => {
    const record = apply(makeCase({ id: 'R2' }), promise('2026-11-25'), promise('2026-11-28'));
    expect(repairOf(record)).toMatchObject({ promisedFor: '2026-11-28', promiseIndex: 2 });
    expect(remindersDue(record, policy, new Date('2026-11-27T03:00:00Z'))).toMatchObject([
      { reminderId: 'repair:R2:2' },
    ]);
  });

  it('when ready, then it awaits pickup and counts as abandoned one month after the customer was told', () => {
    const ready = apply(makeCase({ id: 'R3' }), promise('2026-11-25'), {
      type: 'repair-ready',
      at: '2026-11-24T08:00:00Z',
      by,
      customerToldOn: '2026-11-24',
    });
    expect(repairOf(ready)?.ready).toEqual({
      at: '2026-11-24T08:00:00Z',
      customerToldOn: '2026-11-24',
      abandonedAfter: '2026-12-24',
    });
    expect(remindersDue(ready, policy, new Date('2026-11-25T03:00:00Z'))).toEqual([]);
    expect(aftercareDue(ready, policy, new Date('2026-12-24T03:00:00Z'))).toMatchObject([
      { kind: 'awaiting-pickup', abandoned: false },
    ]);
    expect(aftercareDue(ready, policy, new Date('2026-12-25T03:00:00Z'))).toMatchObject([
      { kind: 'awaiting-pickup', abandoned: true },
    ]);
    const collected = apply(ready, { type: 'repair-collected', at: '2026-11-26T03:00:00Z', by });
    expect(aftercareDue(collected, policy, new Date('2026-12-25T03:00:00Z'))).toEqual([]);
    expect(needsAftercare(collected)).toBe(false);
  });

  it('when the steps come out of order or the remedy is not a repair, then the change is refused', () => {
    const record = makeCase({ id: 'R4' });
    const ready: CaseEvent = { type: 'repair-ready', at: '2026-11-24T08:00:00Z', by, customerToldOn: '2026-11-24' };
    const collected: CaseEvent = { type: 'repair-collected', at: '2026-11-26T03:00:00Z', by };
    expect(() => apply(record, ready)).toThrow(CaseTransitionError);
    expect(() => apply(record, { ...promise('2026-11-25'), remedyId: 'refund' } as CaseEvent)).toThrow(
      CaseTransitionError,
    );
    expect(() => apply(record, promise('2026-11-25'), collected)).toThrow(CaseTransitionError);
    expect(() => apply(record, promise('2026-11-25'), ready, promise('2026-11-30'))).toThrow(CaseTransitionError);
    const closed = apply(record, resolvedAt('2026-11-21T03:00:00Z'), {
      type: 'closed',
      at: '2026-11-22T03:00:00Z',
      by,
    });
    expect(() => apply(closed, promise('2026-11-25'))).toThrow(CaseTransitionError);
  });
});

describe('a repair agreed without a promised date', () => {
  const proposed: CaseEvent = { type: 'proposed', at: '2026-11-21T02:00:00Z', by, remedyId: 'stone-resetting' };
  /** A case whose re-setting needs a manager, so it can be approved. */
  const needingApproval = (id: string) => {
    const record = makeCase({ id });
    return {
      ...record,
      remedies: record.remedies.map((remedy) =>
        remedy.id === 'stone-resetting' ? { ...remedy, needsApproval: true } : remedy,
      ),
    };
  };

  it('when a manager approves a repair, then it needs a date and the owner is prompted once; resolving later prompts nothing more', () => {
    const requested = apply(needingApproval('U1'), proposed, {
      type: 'approval-requested',
      at: '2026-11-21T02:01:00Z',
      by,
      remedyId: 'stone-resetting',
      reason: 'Re-set the stone',
    });
    expect(repairDateNeeded(requested)).toBeUndefined();
    const approved = apply(requested, {
      type: 'decided',
      at: '2026-11-21T03:00:00Z',
      by: 'UMANAGER01',
      decision: 'approved',
      remedyId: 'stone-resetting',
    });
    expect(repairDateNeeded(approved)).toEqual({
      remedyId: 'stone-resetting',
      agreedAt: '2026-11-21T03:00:00Z',
      eventIndex: 3,
    });
    const now = new Date('2026-11-21T03:00:00Z');
    expect(repairDatePromptJobs(requested, approved, now)).toMatchObject([
      { id: 'repair-date-prompt:U1:3', kind: 'repair-date-prompt', caseId: 'U1', eventIndex: 3 },
    ]);
    const resolved = apply(approved, resolvedAt('2026-11-22T03:00:00Z'));
    expect(repairDatePromptJobs(approved, resolved, now)).toEqual([]);
    expect(aftercareDue(resolved, policy, new Date('2026-11-22T03:00:00Z'))).toMatchObject([
      { kind: 'repair-undated', remedyId: 'stone-resetting', agreedOn: '2026-11-21' },
    ]);
    expect(remindersDue(resolved, policy, new Date('2026-11-22T03:00:00Z'))).toEqual([]);
  });

  it('when the follow-up call is made before a date is promised, then the case stays open until the repair is done', () => {
    const resolved = apply(makeCase({ id: 'U2' }), proposed, resolvedAt('2026-11-21T03:00:00Z'));
    expect(repairDateNeeded(resolved)).toMatchObject({ remedyId: 'stone-resetting', eventIndex: 2 });
    const called = apply(resolved, { type: 'followed-up', at: '2026-11-28T04:00:00Z', by, result: 'Waiting' });
    expect(autoCloseEvent(called, '2026-11-28T04:00:00Z')).toBeUndefined();
    expect(needsAftercare(called)).toBe(true);
    const promised = apply(called, promise('2026-12-05', '2026-11-28T05:00:00Z'));
    expect(repairDateNeeded(promised)).toBeUndefined();
    expect(aftercareDue(promised, policy, new Date('2026-11-28T06:00:00Z'))).toEqual([]);
  });

  it('when the agreed remedy is not a repair, then no date is asked for', () => {
    const record = makeCase({ id: 'U3' });
    const other = record.remedies.find((remedy) => !isRepairKind(remedy.kind));
    expect(other).toBeDefined();
    const allowed = {
      ...record,
      remedies: record.remedies.map((remedy) =>
        remedy.id === other?.id ? { ...remedy, eligible: true, needsApproval: false, staffLimit: null } : remedy,
      ),
    };
    const resolved = apply(allowed, { ...proposed, remedyId: other?.id ?? '' }, resolvedAt('2026-11-21T03:00:00Z'));
    expect(repairDateNeeded(resolved)).toBeUndefined();
    expect(aftercareDue(resolved, policy, new Date('2026-11-21T04:00:00Z'))).toEqual([]);
  });
});
