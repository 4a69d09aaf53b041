import { describe, expect, it } from 'vitest';
import { digestAsText } from '../../src/blocks/digest-message.ts';
import { buildWeeklyParts } from '../../src/blocks/weekly-message.ts';
import { buildWeeklyReport } from '../../src/digest/build-weekly-report.ts';
import { CaseOutlineSchema } from '../../src/domain/case-outline.ts';
import { paretoOf, WeeklyReportSchema } from '../../src/domain/weekly-report.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { type WeeklyCaseSpec, weeklyCase } from '../helpers/weekly-cases.ts';

const policy = await loadPolicy(DEFAULT_POLICY_PATH);
// Monday 7 December 2026, 09:00 in Shanghai: the week is 30 Nov 09:00 – 7 Dec 09:00, the one before 23–30 Nov.
const SLOT = new Date('2026-12-07T01:00:00Z');
const inWeek = (day: number, hour = 12) => new Date(Date.UTC(2026, 10, 30 + day, hour - 8)).toISOString();
const weekBefore = (day: number) => new Date(Date.UTC(2026, 10, 23 + day, 4)).toISOString();

function report(specs: readonly WeeklyCaseSpec[], weeks = 1, now = SLOT) {
  const cases = specs.map((spec) => CaseOutlineSchema.parse(weeklyCase(spec)));
  return buildWeeklyReport(cases, { slot: SLOT, weeks, now, policy });
}

describe('the weekly root-cause report', () => {
  it('when the week had complaints of several causes, then it counts them by cause against the week before, with the Pareto line', () => {
    const built = report([
      { id: 'Q1', at: inWeek(0), cause: 'quality' },
      { id: 'Q2', at: inWeek(1), cause: 'quality' },
      { id: 'Q3', at: inWeek(2), cause: 'quality' },
      { id: 'U1', at: inWeek(3), cause: 'use' },
      { id: 'P1', at: weekBefore(1), cause: 'use' },
      { id: 'P2', at: weekBefore(2), cause: 'use' },
      { id: 'P3', at: weekBefore(3), cause: 'unknown' },
      // Filed after the slot: in no period.
      { id: 'LATE', at: '2026-12-07T02:00:00Z', cause: 'quality' },
    ]);
    expect(WeeklyReportSchema.parse(built)).toEqual(built);
    expect(built.total).toBe(4);
    expect(built.previousTotal).toBe(3);
    expect(built.byCause).toEqual([
      { cause: 'quality', count: 3, previous: 0 },
      { cause: 'use', count: 1, previous: 2 },
      { cause: 'unknown', count: 0, previous: 1 },
    ]);
    expect(paretoOf(built)).toEqual([
      { cause: 'quality', count: 3, cumulativeShare: 0.75 },
      { cause: 'use', count: 1, cumulativeShare: 1 },
    ]);
    expect(built.from).toBe('2026-11-30T01:00:00.000Z');
    expect(built.previousFrom).toBe('2026-11-23T01:00:00.000Z');
    expect(built.late).toBe(false);
  });

  it('when --weeks is 4, then the period and the previous one are four weeks each', () => {
    const built = report(
      [
        { id: 'A', at: '2026-11-10T04:00:00Z', cause: 'quality' },
        { id: 'B', at: '2026-10-20T04:00:00Z', cause: 'quality' },
        { id: 'C', at: '2026-09-01T04:00:00Z', cause: 'quality' },
      ],
      4,
    );
    expect(built.weeks).toBe(4);
    expect(built.from).toBe('2026-11-09T01:00:00.000Z');
    expect(built.total).toBe(1);
    expect(built.previousTotal).toBe(1);
  });

  it('when cases were proposed remedies, then it names the policy rules behind them and how many needed a manager', () => {
    const built = report([
      { id: 'R1', at: inWeek(0), cause: 'quality', remedyId: 'stone-resetting' },
      { id: 'R2', at: inWeek(1), cause: 'quality', remedyId: 'stone-resetting', needsApproval: true },
      { id: 'R3', at: inWeek(2), cause: 'use', remedyId: 'exchange' },
      { id: 'R4', at: inWeek(2), cause: 'use' },
    ]);
    expect(built.rules).toEqual([
      { rule: 'R2', cited: 2, approvals: 1 },
      { rule: 'R1', cited: 1, approvals: 0 },
    ]);
  });

  it('when an improvement was recorded earlier, then it says whether complaints of that cause fell after it, over same-length windows', () => {
    const built = report([
      // The first improvement on a quality case: 16 Nov, 21 days before the slot (window 21 days each side).
      {
        id: 'FIX',
        at: '2026-11-10T04:00:00Z',
        cause: 'quality',
        improvement: { at: '2026-11-16T01:00:00Z', text: 'Check every clasp before sale' },
      },
      { id: 'B1', at: '2026-11-01T04:00:00Z', cause: 'quality' },
      { id: 'B2', at: '2026-11-05T04:00:00Z', cause: 'quality' },
      { id: 'A1', at: '2026-11-20T04:00:00Z', cause: 'quality' },
      // Another cause with an improvement in the period: recorded, and too early to judge.
      {
        id: 'USE',
        at: inWeek(1),
        cause: 'use',
        improvement: { at: inWeek(5), text: 'Tell customers to 15912345678 keep it dry' },
      },
    ]);
    expect(built.effects).toEqual([
      { cause: 'quality', since: '2026-11-16T01:00:00.000Z', windowDays: 21, before: 3, after: 1 },
      { cause: 'use', since: inWeek(5), windowDays: 1.9, before: 0, after: 0 },
    ]);
    expect(built.improvements.map((entry) => [entry.id, entry.improvement])).toEqual([
      ['USE', 'Tell customers to 15912345678 keep it dry'],
    ]);
  });

  it('when rendered for the channel, then it is in its language, with trend arrows, the rules, the improvements masked and escaped, and the Pareto chart', () => {
    const built = report([
      { id: 'Q1', at: inWeek(0), cause: 'quality', store: 'Wuyi <!channel> Road', remedyId: 'stone-resetting' },
      { id: 'Q2', at: inWeek(1), cause: 'quality', remedyId: 'stone-resetting', needsApproval: true },
      { id: 'P1', at: weekBefore(1), cause: 'use' },
      {
        id: 'FIX',
        at: inWeek(1),
        cause: 'quality',
        improvement: { at: inWeek(2), text: 'Ring *me* at 15912345678 or a@b.cn <!here>' },
      },
    ]);
    const parts = buildWeeklyParts(built, { language: 'en', policy, chart: true });
    const inSlack = JSON.stringify(parts);
    expect(inSlack).not.toContain('<!channel>');
    expect(inSlack).not.toContain('<!here>');
    expect(inSlack).toContain('Wuyi &lt;!channel&gt; Road');
    const en = digestAsText(parts);
    expect(en).toContain('Weekly root-cause report 2026-12-07 · last week');
    expect(en).toContain('Complaints: 3 (previous period 1, ↑ +2)');
    expect(en).toContain('a quality fault  3 (0, ↑ +3)');
    expect(en).toContain('caused by use  0 (1, ↓ −1)');
    expect(en).toContain('• R2 Lost stones · cited 2 · needed a manager 1');
    expect(inSlack).not.toContain('15912345678');
    expect(inSlack).not.toContain('a@b.cn');
    expect(en).toContain('Ring me at 159****5678 or a***@b.cn');
    expect(en).toContain('[chart] Causes of complaints (Pareto) 2026-12-07\na quality fault 3 (100%)');
    expect(en).toContain('a quality fault: first improvement 2026-12-02');
    const zh = digestAsText(buildWeeklyParts(built, { language: 'zh', policy, chart: true }));
    expect(zh).toContain('每周根因报告 2026-12-07 · 近 1 周');
    expect(zh).toContain('投诉: 3 宗 (上期 1, ↑ +2)');
    expect(zh).toContain('• R2 关于掉钻 · 引用 2 · 需经理审批 1');
    expect(zh).toContain('本期记录的改进');
  });

  it('when it is built well after its slot, then it says it is late', () => {
    const built = report([], 1, new Date(SLOT.getTime() + 3 * 60 * 60 * 1000));
    expect(built.late).toBe(true);
    const en = digestAsText(buildWeeklyParts(built, { language: 'en', policy, chart: true }));
    expect(en).toContain('(late: due 2026-12-07 09:00)');
    expect(en).toContain('none recorded in the period');
  });
});
