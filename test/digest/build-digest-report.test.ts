import { describe, expect, it } from 'vitest';
import { buildDigestParts, digestAsText } from '../../src/blocks/digest-message.ts';
import { buildDigestReport, DIGEST_LIST_CAP } from '../../src/digest/build-digest-report.ts';
import type { Case, CaseEvent } from '../../src/domain/case.ts';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import { isQuietDigest } from '../../src/domain/digest-report.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { makeCase } from '../store/case-fixtures.ts';

const policy = await loadPolicy(DEFAULT_POLICY_PATH);
// The fixtures file cases from 2026-11-21 10:00 Beijing time; the digest is for the next morning's 08:30.
const slot = new Date('2026-11-22T08:30:00+08:00');
const from = new Date('2026-11-21T08:30:00+08:00');
const at = (iso: string) => new Date(iso).toISOString();

function apply(record: Case, ...events: CaseEvent[]): Case {
  return events.reduce(
    (current, event) => ({ ...applyCaseEvent(current, event), version: current.version + 1 }),
    record,
  );
}
const resolved = (when: string, extra: { improvement?: string; satisfaction?: number } = {}): CaseEvent => ({
  type: 'resolved',
  at: at(when),
  by: 'U_STAFF',
  outcome: '重新镶钻,免费',
  satisfaction: 4,
  ...extra,
});

function build(filed: Case[], notClosed: Case[] = filed, now = slot) {
  return buildDigestReport({ slot, from, to: slot, now, filed, notClosed, policy });
}

describe('building the morning digest report', () => {
  it('when cases were filed in the period, then it counts them by store, category, temperament and cause, most first', () => {
    const cases = [
      makeCase({ id: 'C-1', store: '黄兴店' }),
      makeCase({ id: 'C-2', store: '五一店', minute: 5 }),
      makeCase({ id: 'C-3', store: '黄兴店', minute: 9 }),
    ];
    const report = build(cases);
    expect(report.counts.byStore).toEqual([
      { key: '黄兴店', count: 2 },
      { key: '五一店', count: 1 },
    ]);
    expect(report.counts.byCategory).toEqual([{ key: 'jewellery', count: 3 }]);
    expect(report.counts.byTemperament).toEqual([{ key: cases[0]?.analysis.temperament.type, count: 3 }]);
    expect(report.counts.byCause).toEqual([{ key: 'unknown', count: 3 }]);
    expect(report.counts.byStoreAndCategory).toEqual([
      { store: '五一店', category: 'jewellery', count: 1 },
      { store: '黄兴店', category: 'jewellery', count: 2 },
    ]);
    expect(report.cases.map((line) => line.id)).toEqual(['C-1', 'C-2', 'C-3']);
    expect(report.late).toBe(false);
    expect(report.today).toBe('2026-11-22');
  });

  it('when a case was resolved, then its line tells how it was handled, the satisfaction and the improvement, and the lesson is listed', () => {
    const record = apply(
      makeCase({ id: 'C-1' }),
      resolved('2026-11-21T15:00:00+08:00', { improvement: '进货时逐件检查镶嵌' }),
    );
    const report = build([record]);
    expect(report.cases[0]).toMatchObject({
      handling: '重新镶钻,免费',
      satisfaction: 4,
      improvement: '进货时逐件检查镶嵌',
      status: 'resolved',
    });
    expect(report.lessons).toEqual([
      { id: 'C-1', store: '黄兴店', improvement: '进货时逐件检查镶嵌', followUpSatisfaction: null, post: null },
    ]);
  });

  it('when an older case was resolved in the period, then it has a line too, though it was filed before', () => {
    const older = apply(makeCase({ id: 'C-OLD', minute: -3 * 24 * 60 }), resolved('2026-11-21T16:00:00+08:00'));
    const report = build([], [older]);
    expect(report.cases.map((line) => line.id)).toEqual(['C-OLD']);
    expect(report.counts.byStore).toEqual([]);
  });

  it('when an older case was followed up in the period, then its line tells the call result and satisfaction, and an unhappy customer is a lesson', () => {
    const older = apply(
      makeCase({ id: 'C-OLD', minute: -10 * 24 * 60 }),
      resolved('2026-11-13T15:00:00+08:00', { satisfaction: 3 }),
      {
        type: 'followed-up',
        at: at('2026-11-21T11:00:00+08:00'),
        by: 'U_STAFF',
        result: '顾客说项链又松了,不再戴',
        satisfaction: 1,
      },
    );
    const report = build([], [older]);
    expect(report.cases).toHaveLength(1);
    expect(report.cases[0]).toMatchObject({
      id: 'C-OLD',
      followUp: { at: at('2026-11-21T11:00:00+08:00'), result: '顾客说项链又松了,不再戴', satisfaction: 1 },
      satisfaction: 1,
    });
    expect(report.counts.byStore).toEqual([]);
    expect(report.lessons).toEqual([
      { id: 'C-OLD', store: '黄兴店', improvement: '顾客说项链又松了,不再戴', followUpSatisfaction: 1, post: null },
    ]);
    const text = digestAsText(buildDigestParts(report, { language: 'en', policy, chart: false }));
    expect(text).toContain('follow-up call 2026-11-21: 顾客说项链又松了,不再戴 (satisfaction 1/5)');
    expect(text).toContain('still unhappy at the follow-up call (1/5): 顾客说项链又松了,不再戴');

    // A call made before the period is old news: no line, no lesson.
    const next = buildDigestReport({
      slot: new Date('2026-11-23T08:30:00+08:00'),
      from: slot,
      to: new Date('2026-11-23T08:30:00+08:00'),
      now: new Date('2026-11-23T08:30:00+08:00'),
      filed: [],
      notClosed: [older],
      policy,
    });
    expect(next.cases).toEqual([]);
    expect(next.lessons).toEqual([]);
  });

  it('when cases wait on staff, a manager or a follow-up call, then each is listed where it belongs', () => {
    const open = makeCase({ id: 'C-OPEN' });
    const awaiting = apply(
      makeCase({ id: 'C-WAIT', minute: 1 }),
      { type: 'proposed', at: at('2026-11-21T11:00:00+08:00'), by: 'U_STAFF', remedyId: 'refund' },
      {
        type: 'approval-requested',
        at: at('2026-11-21T11:01:00+08:00'),
        by: 'U_STAFF',
        remedyId: 'refund',
        reason: '顾客坚持退款',
      },
    );
    // Resolved 7 days (the policy's followUpDays) before the slot's day: due today. 8 days: overdue.
    const dueToday = apply(makeCase({ id: 'C-DUE', minute: -8 * 24 * 60 }), resolved('2026-11-15T18:00:00+08:00'));
    const overdue = apply(makeCase({ id: 'C-LATE', minute: -9 * 24 * 60 }), resolved('2026-11-14T09:00:00+08:00'));
    const notYet = apply(makeCase({ id: 'C-NOTYET', minute: -2 * 24 * 60 }), resolved('2026-11-20T09:00:00+08:00'));
    const report = build([open, awaiting], [open, awaiting, dueToday, overdue, notYet]);

    expect(report.open.map((entry) => entry.id)).toEqual(['C-OPEN']);
    expect(report.awaitingApproval.map((entry) => [entry.id, entry.since])).toEqual([
      ['C-WAIT', at('2026-11-21T11:01:00+08:00')],
    ]);
    expect(report.followUpsDue.map((entry) => [entry.id, entry.dueDay, entry.overdue])).toEqual([
      ['C-LATE', '2026-11-21', true],
      ['C-DUE', '2026-11-22', false],
    ]);
  });

  it('when a repair is due tomorrow or ready for pickup, then it is listed with its dates, as the owners are reminded', () => {
    const promised = apply(makeCase({ id: 'C-FIX', minute: -24 * 60 }), {
      type: 'repair-promised',
      at: at('2026-11-20T11:00:00+08:00'),
      by: 'U_STAFF',
      remedyId: 'stone-resetting',
      promisedFor: '2026-11-23',
    });
    const ready = apply(
      makeCase({ id: 'C-PICKUP', minute: -40 * 24 * 60 }),
      {
        type: 'repair-promised',
        at: at('2026-10-12T11:00:00+08:00'),
        by: 'U_STAFF',
        remedyId: 'stone-resetting',
        promisedFor: '2026-10-15',
      },
      { type: 'repair-ready', at: at('2026-10-15T17:00:00+08:00'), by: 'U_STAFF', customerToldOn: '2026-10-15' },
    );
    const report = build([], [promised, ready]);
    expect(report.repairs.map((entry) => [entry.id, entry.dueDay, entry.overdue, entry.pickup])).toEqual([
      ['C-PICKUP', undefined, undefined, { toldOn: '2026-10-15', abandonedAfter: '2026-11-15', abandoned: true }],
      ['C-FIX', '2026-11-23', false, undefined],
    ]);
    expect(isQuietDigest(report)).toBe(false);
  });

  it('when it is built long after its slot, then it is marked late', () => {
    expect(build([], [], new Date(slot.getTime() + 5 * 60_000)).late).toBe(false);
    expect(build([], [], new Date(slot.getTime() + 2 * 3_600_000)).late).toBe(true);
  });

  it('when nothing was filed and nothing waits, then the report is quiet', () => {
    const closed = apply(makeCase({ id: 'C-1', minute: -5 * 24 * 60 }), resolved('2026-11-17T09:00:00+08:00'), {
      type: 'closed',
      at: at('2026-11-18T09:00:00+08:00'),
      by: 'U_STAFF',
    });
    expect(isQuietDigest(build([], [closed]))).toBe(true);
    expect(isQuietDigest(build([makeCase({ id: 'C-2' })]))).toBe(false);
  });

  it(`when more than ${DIGEST_LIST_CAP} cases are filed, then the lines stop at ${DIGEST_LIST_CAP} and the rest are counted`, () => {
    const many = Array.from({ length: DIGEST_LIST_CAP + 7 }, (_, n) => makeCase({ id: `C-${n}`, minute: n }));
    const report = build(many);
    expect(report.cases).toHaveLength(DIGEST_LIST_CAP);
    expect(report.omitted.cases).toBe(7);
    expect(report.counts.byStore).toEqual([{ key: '黄兴店', count: DIGEST_LIST_CAP + 7 }]);
  });

  it('when many cases come newest first and some twice, then the lines are still the earliest and the lessons come from any line', () => {
    const count = DIGEST_LIST_CAP + 20;
    const filed = Array.from({ length: count }, (_, n) => makeCase({ id: `C-${n}`, minute: n })).reverse();
    // The last filed cases were resolved with an improvement: lessons, though their lines are not shown.
    const improved = (record: Case) =>
      apply(record, resolved('2026-11-21T23:00:00+08:00', { improvement: `改进 ${record.id}` }));
    const notClosed = filed.map((record, position) => (position < 5 ? improved(record) : record));
    const report = build(filed, notClosed);
    expect(report.cases.map((line) => line.id)).toEqual(Array.from({ length: DIGEST_LIST_CAP }, (_, n) => `C-${n}`));
    expect(report.omitted.cases).toBe(20);
    expect(report.lessons.map((lesson) => lesson.improvement)).toEqual(
      Array.from({ length: 5 }, (_, n) => `改进 C-${count - 5 + n}`),
    );
    expect(report.counts.byStore).toEqual([{ key: '黄兴店', count }]);
  });
});
