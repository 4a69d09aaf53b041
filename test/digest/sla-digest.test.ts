import { describe, expect, it } from 'vitest';
import { buildDigestParts, digestAsText } from '../../src/blocks/digest-message.ts';
import { buildDigestReport } from '../../src/digest/build-digest-report.ts';
import type { Case, CaseEvent } from '../../src/domain/case.ts';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import { isQuietDigest } from '../../src/domain/digest-report.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { makeCase } from '../store/case-fixtures.ts';

const policy = await loadPolicy(DEFAULT_POLICY_PATH);
// The fixtures file jewellery cases at 2026-11-21 10:00 Beijing time: first response due 12:00 (2 h), resolution
// 24 opening hours later (2026-11-23 10:00). The digest covers 21 Nov 08:30 – 22 Nov 08:30.
const slot = new Date('2026-11-22T08:30:00+08:00');
const from = new Date('2026-11-21T08:30:00+08:00');
const at = (local: string) => new Date(`${local}+08:00`).toISOString();

function apply(record: Case, ...events: CaseEvent[]): Case {
  return events.reduce(
    (current, event) => ({ ...applyCaseEvent(current, event), version: current.version + 1 }),
    record,
  );
}
const proposed = (when: string): CaseEvent => ({
  type: 'proposed',
  at: at(when),
  by: 'U_STAFF',
  remedyId: 'exchange-48h',
});

function build(cases: Case[], { withSla = true } = {}) {
  return buildDigestReport({
    slot,
    from,
    to: slot,
    now: slot,
    filed: cases,
    notClosed: cases,
    policy: withSla ? policy : { ...policy, sla: undefined },
  });
}

describe('the SLA clocks in the morning digest', () => {
  const unanswered = makeCase({ id: 'C-1', store: '黄兴店' });
  const answeredLate = apply(makeCase({ id: 'C-2', store: '五一店' }), proposed('2026-11-21T12:45:00'));
  const answered = apply(makeCase({ id: 'C-3', store: '五一店' }), proposed('2026-11-21T11:00:00'));

  it('when clocks came due or were met in the period, then it lists the breaches and the share within target', () => {
    const report = build([unanswered, answeredLate, answered]);
    expect(report.sla).toMatchObject({ settled: 3, withinTarget: 1, omitted: 0 });
    expect(report.sla?.breaches).toMatchObject([
      { id: 'C-1', store: '黄兴店', target: 'firstResponse', dueAt: at('2026-11-21T12:00:00'), metAt: null },
      { id: 'C-2', store: '五一店', target: 'firstResponse', metAt: at('2026-11-21T12:45:00') },
    ]);
  });

  it('when it is rendered, then both languages say the share and each breach, with when it was done or that it is not', () => {
    const report = build([unanswered, answeredLate, answered]);
    const en = digestAsText(buildDigestParts(report, { language: 'en', policy, chart: false }));
    expect(en).toContain('Time targets: 1 of 3 cases within target (33%)');
    expect(en).toContain('• 🔴 C-1 黄兴店 · owner U_STAFF · First response · due 2026-11-21 12:00 · still not done');
    expect(en).toContain(
      '• 🔴 C-2 五一店 · owner U_STAFF · First response · due 2026-11-21 12:00 · done 2026-11-21 12:45',
    );
    const zh = digestAsText(buildDigestParts(report, { language: 'zh', policy, chart: false }));
    expect(zh).toContain('时效:3 个案例中 1 个达标(33%)');
    expect(zh).toContain('本期超时');
    expect(zh).toContain('首次响应 · 截止 2026-11-21 12:00 · 仍未完成');
  });

  it('when no clock settled in the period, then it says so; a breach alone keeps the digest from being quiet', () => {
    const report = build([]);
    expect(report.sla).toEqual({ settled: 0, withinTarget: 0, breaches: [], omitted: 0 });
    expect(isQuietDigest(report)).toBe(true);
    const breached = build([unanswered]).sla;
    if (!breached) throw new Error('the example policy has an sla section');
    expect(isQuietDigest({ ...report, sla: breached })).toBe(false);
  });

  it('when the policy has no sla section, then the report has no clocks and the digest shows none', () => {
    const report = build([unanswered], { withSla: false });
    expect(report).not.toHaveProperty('sla');
    const text = digestAsText(buildDigestParts(report, { language: 'en', policy, chart: false }));
    expect(text).not.toMatch(/Time targets|Breached/);
  });
});
