import { describe, expect, it } from 'vitest';
import type { EscalationLevel, Policy } from '../../src/domain/policy-schema.ts';
import { approvalEscalationDue, levelsAboveApprovers } from '../../src/policy/approval-escalation-due.ts';

// Issue 15: when a request for approval left waiting reaches which level of the ladder. Asia/Shanghai,
// open 09:00–21:00 every day (12 opening hours a day).

const level = (en: string, notify: string[]): EscalationLevel => ({ name: { zh: en, en }, notify });
const STORE = level('store manager', ['approvers']);
const REGION = level('regional manager', ['UREGION1']);
const AREA = level('area director', ['S0AREA']);

function policy(
  levels: EscalationLevel[],
  approvalAfterHours?: number,
): Pick<Policy, 'escalation' | 'businessHours' | 'timezone'> {
  return {
    escalation: { levels, ...(approvalAfterHours === undefined ? {} : { approvalAfterHours }) },
    businessHours: { open: '09:00', close: '21:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
    timezone: 'Asia/Shanghai',
  };
}
const local = (time: string) => new Date(`${time}+08:00`);
const ASKED = local('2026-12-01T10:00:00').toISOString();

describe('the levels above the approvers', () => {
  it('start after the last level naming approvers, or at the first when none does', () => {
    expect(levelsAboveApprovers(policy([STORE, REGION, AREA])).map((each) => each.level)).toEqual([2, 3]);
    expect(levelsAboveApprovers(policy([REGION, STORE, AREA])).map((each) => each.level)).toEqual([3]);
    expect(levelsAboveApprovers(policy([REGION, AREA])).map((each) => each.level)).toEqual([1, 2]);
    expect(levelsAboveApprovers(policy([STORE]))).toEqual([]);
  });
});

describe('a waiting request', () => {
  const ladder = policy([STORE, REGION, AREA], 2);

  it('reaches one level per wait of opening time, up to the top', () => {
    expect(approvalEscalationDue(ASKED, ladder, local('2026-12-01T11:59:00'))).toBeUndefined();
    expect(approvalEscalationDue(ASKED, ladder, local('2026-12-01T12:00:00'))).toMatchObject({
      level: 2,
      waitedMinutes: 120,
    });
    expect(approvalEscalationDue(ASKED, ladder, local('2026-12-01T14:00:00'))).toMatchObject({
      level: 3,
      waitedMinutes: 240,
    });
    expect(approvalEscalationDue(ASKED, ladder, local('2026-12-01T18:00:00'))).toMatchObject({ level: 3 });
  });

  it('waits over the night: the hours the store is closed do not count', () => {
    const evening = local('2026-12-01T20:00:00').toISOString();
    expect(approvalEscalationDue(evening, ladder, local('2026-12-02T08:00:00'))).toBeUndefined();
    expect(approvalEscalationDue(evening, ladder, local('2026-12-02T10:00:00'))).toMatchObject({
      level: 2,
      waitedMinutes: 120,
    });
  });

  it('is old news once its level fell due over an opening day ago', () => {
    // Level 3 fell due at 14:00 on the 1st; twelve opening hours later it is not acted on.
    expect(approvalEscalationDue(ASKED, ladder, local('2026-12-02T13:00:00'))).toMatchObject({ level: 3 });
    expect(approvalEscalationDue(ASKED, ladder, local('2026-12-02T14:01:00'))).toBeUndefined();
  });

  it('is never escalated without approvalAfterHours or without a level above the approvers', () => {
    expect(approvalEscalationDue(ASKED, policy([STORE, REGION]), local('2026-12-01T20:00:00'))).toBeUndefined();
    expect(approvalEscalationDue(ASKED, policy([STORE], 2), local('2026-12-01T20:00:00'))).toBeUndefined();
  });
});
