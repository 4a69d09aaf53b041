import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/domain/case.ts';
import { type Policy, PolicySchema } from '../../src/domain/policy-schema.ts';
import { addBusinessMinutes, businessMinutesBetween } from '../../src/policy/business-time.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync, parsePolicy } from '../../src/policy/load-policy.ts';
import { breachedTargets, type SlaCase, slaClocks } from '../../src/policy/sla-clock.ts';

// The example policy: Asia/Shanghai (UTC+8), open 09:00–21:00 every day (12 h a day).
const example = loadPolicySync(DEFAULT_POLICY_PATH);
/** A shop open Monday to Friday, 10:00–18:00 (8 h a day), with one plain default. */
const weekdays: Policy = {
  ...example,
  businessHours: { open: '10:00', close: '18:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
  sla: {
    atRiskPercent: 25,
    default: { firstResponse: { amount: 4, unit: 'h' }, resolution: { amount: 2, unit: 'd' } },
    byCategory: {},
    byFlag: {},
  },
};
const shanghai = (local: string) => new Date(`${local}+08:00`);
const calendarOf = (policy: Policy) => ({ hours: policy.businessHours, timeZone: policy.timezone });

function filed(at: string, extra: Partial<SlaCase['analysis']> = {}, history: CaseEvent[] = []): SlaCase {
  const createdAt = shanghai(at).toISOString();
  return {
    createdAt,
    history: [{ type: 'created', at: createdAt, by: 'U_STAFF' }, ...history],
    analysis: { category: null, flags: [], ...extra },
  };
}

describe('business time', () => {
  it('when a target runs past closing, then it carries over to the next opening day', () => {
    const due = addBusinessMinutes(shanghai('2026-12-01T19:00:00'), 4 * 60, calendarOf(example));
    expect(due).toEqual(shanghai('2026-12-02T11:00:00'));
  });

  it('when filed at night, then the clock starts at the opening', () => {
    const due = addBusinessMinutes(shanghai('2026-12-01T23:30:00'), 30, calendarOf(example));
    expect(due).toEqual(shanghai('2026-12-02T09:30:00'));
  });

  it('when the weekend and the closed days fall in between, then they are skipped', () => {
    // Friday 16:00 + 4 h of a Monday–Friday 10–18 shop: 2 h on Friday, 2 h on Monday.
    const due = addBusinessMinutes(shanghai('2026-12-04T16:00:00'), 4 * 60, calendarOf(weekdays));
    expect(due).toEqual(shanghai('2026-12-07T12:00:00'));
    expect(businessMinutesBetween(shanghai('2026-12-04T16:00:00'), due, calendarOf(weekdays))).toBe(240);
    // Saturday and Sunday count nothing.
    expect(
      businessMinutesBetween(shanghai('2026-12-05T00:00:00'), shanghai('2026-12-07T00:00:00'), calendarOf(weekdays)),
    ).toBe(0);
  });

  it('when a span runs over months, then the opening time counted is what the clock ran to get there', () => {
    const start = shanghai('2026-12-04T16:00:00');
    for (const policy of [weekdays, example]) {
      for (const minutes of [1, 479, 480, 481, 2400, 60 * 8 * 200 + 7]) {
        const due = addBusinessMinutes(start, minutes, calendarOf(policy));
        expect(businessMinutesBetween(start, due, calendarOf(policy))).toBe(minutes);
      }
    }
    // A year of a Monday–Friday shop: 52 weeks and a day (Saturday) after a Friday 16:00, 8 h a weekday.
    const year = businessMinutesBetween(start, shanghai('2027-12-04T16:00:00'), calendarOf(weekdays));
    expect(year).toBe(2 * 60 + 52 * 5 * 8 * 60);
  });

  it('when the zone changes its clocks, then opening hours are read on the local clock', () => {
    const newYork = { hours: example.businessHours, timeZone: 'America/New_York' };
    // Saturday 7 March 2026 20:00 EST + 2 h: 1 h that night, 1 h from 09:00 EDT on Sunday 8 March.
    const due = addBusinessMinutes(new Date('2026-03-08T01:00:00Z'), 120, newYork);
    expect(due.toISOString()).toBe('2026-03-08T14:00:00.000Z');
  });
});

describe('SLA clocks', () => {
  it('when a case is filed, then each target is due its business time later and on track', () => {
    const clocks = slaClocks(filed('2026-12-04T16:00:00'), weekdays, shanghai('2026-12-04T17:00:00'));
    expect(clocks).toMatchObject([
      { target: 'firstResponse', minutes: 240, source: 'default', state: 'on-track', leftMinutes: 180 },
      { target: 'resolution', minutes: 960, source: 'default', state: 'on-track' },
    ]);
    expect(clocks[0]?.dueAt).toBe(shanghai('2026-12-07T12:00:00').toISOString());
    // Two opening days of 8 h from Friday 16:00: Tuesday 16:00.
    expect(clocks[1]?.dueAt).toBe(shanghai('2026-12-08T16:00:00').toISOString());
  });

  it('when the weekend passes, then no time is used up; with less than a quarter left it is at risk', () => {
    const record = filed('2026-12-04T16:00:00');
    const monday = slaClocks(record, weekdays, shanghai('2026-12-07T09:59:00'))[0];
    expect(monday).toMatchObject({ state: 'on-track', leftMinutes: 120 });
    const close = slaClocks(record, weekdays, shanghai('2026-12-07T11:01:00'))[0];
    expect(close).toMatchObject({ state: 'at-risk', leftMinutes: 59 });
    const quarter = slaClocks(record, weekdays, shanghai('2026-12-07T11:00:00'))[0];
    expect(quarter).toMatchObject({ state: 'on-track', leftMinutes: 60 });
  });

  it('when the due time passes unmet, then it is breached, with the overdue business time', () => {
    const record = filed('2026-12-04T16:00:00');
    const late = slaClocks(record, weekdays, shanghai('2026-12-07T13:30:00'))[0];
    expect(late).toMatchObject({ state: 'breached', leftMinutes: -90 });
    expect(breachedTargets(record, weekdays, shanghai('2026-12-07T13:30:00')).map((clock) => clock.target)).toEqual([
      'firstResponse',
    ]);
  });

  it('when someone proposes a remedy in time, then the first response is met; the bot acting does not count', () => {
    const record = filed('2026-12-04T16:00:00', {}, [
      {
        type: 'temperament-corrected',
        at: shanghai('2026-12-04T16:10:00').toISOString(),
        by: 'U_STAFF',
        from: 'lively',
        to: 'forceful',
      },
      { type: 'proposed', at: shanghai('2026-12-07T10:30:00').toISOString(), by: 'U_STAFF', remedyId: 'exchange' },
    ]);
    const [first] = slaClocks(record, weekdays, shanghai('2026-12-09T10:00:00'));
    expect(first).toMatchObject({
      state: 'met',
      leftMinutes: 90,
      metAt: shanghai('2026-12-07T10:30:00').toISOString(),
    });
    expect(breachedTargets(record, weekdays, shanghai('2026-12-09T10:00:00')).map((clock) => clock.target)).toEqual([
      'resolution',
    ]);
  });

  it('when the first response comes late, then it stays breached but is no longer running', () => {
    const record = filed('2026-12-04T16:00:00', {}, [
      {
        type: 'approval-requested',
        at: shanghai('2026-12-07T15:00:00').toISOString(),
        by: 'U_STAFF',
        remedyId: 'refund',
        reason: 'Broken twice',
      },
    ]);
    const [first] = slaClocks(record, weekdays, shanghai('2026-12-07T16:00:00'));
    expect(first).toMatchObject({ state: 'breached', leftMinutes: -180 });
    expect(breachedTargets(record, weekdays, shanghai('2026-12-07T16:00:00'))).toEqual([]);
  });

  it('when a case is resolved in time, then its resolution clock is met', () => {
    const record = filed('2026-12-04T16:00:00', {}, [
      {
        type: 'resolved',
        at: shanghai('2026-12-07T11:00:00').toISOString(),
        by: 'U_STAFF',
        outcome: 'Exchanged',
        satisfaction: 4,
      },
    ]);
    expect(slaClocks(record, weekdays, shanghai('2026-12-20T11:00:00')).map((clock) => clock.state)).toEqual([
      'met',
      'met',
    ]);
  });

  it('when a category and a flag match, then the strictest target of each clock wins', () => {
    // The example: default 4h/3d, jewellery 2h/2d, crisis 1h/1d, difficult 2h.
    const media = { kind: 'media' as const, group: 'crisis' as const };
    const stubborn = { kind: 'stubborn' as const, group: 'difficult' as const };
    const clocks = (analysis: Partial<SlaCase['analysis']>) =>
      slaClocks(filed('2026-12-01T10:00:00', analysis), example, shanghai('2026-12-01T10:00:00')).map((clock) => [
        clock.target,
        clock.minutes,
        clock.source,
      ]);
    expect(clocks({})).toEqual([
      ['firstResponse', 240, 'default'],
      ['resolution', 36 * 60, 'default'],
    ]);
    expect(clocks({ category: 'jewellery', flags: [stubborn] })).toEqual([
      ['firstResponse', 120, 'category:jewellery'],
      ['resolution', 24 * 60, 'category:jewellery'],
    ]);
    expect(clocks({ category: 'watch', flags: [stubborn, media] })).toEqual([
      ['firstResponse', 60, 'flag:crisis'],
      ['resolution', 12 * 60, 'flag:crisis'],
    ]);
  });

  it('when the policy has no sla section, or nothing matches, then there are no clocks', () => {
    const { sla: _none, ...withoutSla } = example;
    expect(slaClocks(filed('2026-12-01T10:00:00'), withoutSla, shanghai('2026-12-09T10:00:00'))).toEqual([]);
    const onlyCrisis: Policy = {
      ...example,
      sla: { atRiskPercent: 25, byCategory: {}, byFlag: { crisis: { firstResponse: { amount: 1, unit: 'h' } } } },
    };
    expect(slaClocks(filed('2026-12-01T10:00:00'), onlyCrisis, shanghai('2026-12-09T10:00:00'))).toEqual([]);
  });
});

describe('the sla section of the policy file', () => {
  const text = (sla: string) =>
    loadText().replace(/^sla:\n(?: {2}.*\n|\s*#.*\n)*/m, sla.endsWith('\n') ? sla : `${sla}\n`);

  it('when it is well formed, then durations are read in business time', () => {
    const policy = parsePolicy(text('sla:\n  default: { firstResponse: 30m, resolution: 2d }\n'), 'p.yml');
    expect(policy.sla).toEqual({
      atRiskPercent: 25,
      default: { firstResponse: { amount: 30, unit: 'm' }, resolution: { amount: 2, unit: 'd' } },
      byCategory: {},
      byFlag: {},
    });
  });

  it('when a policy already read is parsed again, then it is the same policy', () => {
    expect(PolicySchema.parse(example)).toEqual(example);
  });

  it('when a category, a flag or a duration is wrong, then one line names the file, line and field', () => {
    const source = text('sla:\n  byCategory:\n    watches: { resolution: 5d }\n');
    const line = source.split('\n').findIndex((entry) => entry.includes('watches')) + 1;
    expect(() => parsePolicy(source, 'p.yml')).toThrow(
      new RegExp(
        `^p\\.yml:${line}:\\d+: sla\\.byCategory\\.watches: unknown category "watches"; known: jewellery, watch`,
      ),
    );
    const flag = text('sla:\n  byFlag:\n    press: { firstResponse: 1h }\n');
    expect(() => parsePolicy(flag, 'p.yml')).toThrow(
      /sla\.byFlag\.press: unknown flag "press"; known: crisis, difficult, media/,
    );
    const bad = text('sla:\n  default: { firstResponse: 4 hours }\n');
    expect(() => parsePolicy(bad, 'p.yml')).toThrow(
      /sla\.default\.firstResponse: use a time in business hours such as 30m, 4h or 3d/,
    );
    const empty = text('sla:\n  default: {}\n');
    expect(() => parsePolicy(empty, 'p.yml')).toThrow(/sla\.default: give firstResponse, resolution or both/);
  });
});

function loadText(): string {
  return readFileSync(DEFAULT_POLICY_PATH, 'utf8');
}
