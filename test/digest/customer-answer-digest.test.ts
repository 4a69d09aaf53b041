import { describe, expect, it } from 'vitest';
import { buildDigestParts, digestAsText } from '../../src/blocks/digest-message.ts';
import { buildDigestReport } from '../../src/digest/build-digest-report.ts';
import type { Case, CaseEvent } from '../../src/domain/case.ts';
import { customerAnswerOf } from '../../src/domain/customer-answer.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { apply } from '../domain/transition-helpers.ts';
import { makeCase } from '../store/case-fixtures.ts';

// Issue 15 in the morning digest: cases the customer did not accept are counted while they are in hand,
// and reopenings are counted in the period they happened in.
const policy = await loadPolicy(DEFAULT_POLICY_PATH);
const slot = new Date('2026-11-22T08:30:00+08:00');
const from = new Date('2026-11-21T08:30:00+08:00');
const by = 'U_STAFF';
const at = (iso: string) => new Date(iso).toISOString();
const resolve = (when: string): CaseEvent => ({
  type: 'resolved',
  at: at(when),
  by,
  outcome: 're-set',
  satisfaction: 4,
});
const decline = (when: string): CaseEvent => ({
  type: 'customer-declined',
  at: at(when),
  by,
  outcome: 'a voucher',
  satisfaction: 1,
});
const reopen = (when: string): CaseEvent => ({ type: 'reopened', at: at(when), by });

function build(notClosed: Case[]) {
  return buildDigestReport({ slot, from, to: slot, now: slot, filed: [], notClosed, policy });
}

describe('where a case stands with the customer', () => {
  it('when the latest word is a refusal or a reopening and nothing resolved it since, then that is the answer; a resolution clears it', () => {
    const declined = apply(makeCase({ id: 'C-A1' }), decline('2026-11-21T11:00:00+08:00'));
    expect(customerAnswerOf(declined)?.type).toBe('customer-declined');
    const resolved = apply(declined, resolve('2026-11-21T12:00:00+08:00'));
    expect(customerAnswerOf(resolved)).toBeUndefined();
    const back = apply(resolved, reopen('2026-11-21T13:00:00+08:00'));
    expect(customerAnswerOf(back)?.type).toBe('reopened');
    expect(customerAnswerOf(makeCase({ id: 'C-A2' }))).toBeUndefined();
  });
});

describe('the digest’s customer confirmation line', () => {
  it('when cases were not accepted or reopened, then it counts those still in hand and the reopenings of its period, and marks them in the open list', () => {
    const declined = apply(makeCase({ id: 'C-D1' }), decline('2026-11-21T11:00:00+08:00'));
    const reopenedNow = apply(
      makeCase({ id: 'C-R1' }),
      resolve('2026-11-21T11:00:00+08:00'),
      reopen('2026-11-21T15:00:00+08:00'),
    );
    // Reopened before the period: in hand, but not news of this period.
    const reopenedBefore = apply(
      makeCase({ id: 'C-R2', minute: -2000 }),
      resolve('2026-11-20T09:00:00+08:00'),
      reopen('2026-11-20T10:00:00+08:00'),
    );
    // Declined, then resolved after all: nothing to count.
    const settled = apply(
      makeCase({ id: 'C-S1' }),
      decline('2026-11-21T11:00:00+08:00'),
      resolve('2026-11-21T12:00:00+08:00'),
    );
    const report = build([declined, reopenedNow, reopenedBefore, settled]);
    expect(report.customers).toEqual({ notAccepted: 1, reopened: 1 });
    expect(report.open.map((entry) => [entry.id, entry.customerAnswer])).toEqual([
      ['C-R2', 'reopened'],
      ['C-D1', 'declined'],
      ['C-R1', 'reopened'],
    ]);

    const en = digestAsText(buildDigestParts(report, { language: 'en', policy, chart: false }));
    expect(en).toContain(
      'Customer confirmation: not accepted by the customer: 1 · reopened (the customer came back): 1',
    );
    expect(en).toMatch(/C-D1.*🙅 not accepted by the customer/);
    const zh = digestAsText(buildDigestParts(report, { language: 'zh', policy, chart: false }));
    expect(zh).toContain('顾客确认:顾客未接受:1 · 重新打开(顾客又回来了):1');
  });

  it('when no case was refused or reopened, then the digest has no such line', () => {
    const report = build([makeCase({ id: 'C-Q1' })]);
    expect(report.customers).toEqual({ notAccepted: 0, reopened: 0 });
    expect(digestAsText(buildDigestParts(report, { language: 'en', policy, chart: false }))).not.toContain(
      'Customer confirmation',
    );
  });
});
