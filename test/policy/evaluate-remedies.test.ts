import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/domain/policy-schema.ts';
import { evaluateRemedies } from '../../src/policy/evaluate-remedies.ts';
import { BOUGHT, complaint, later, listedIds, policy, verdictFor } from './policy-test-kit.ts';

describe('evaluateRemedies: which remedies are listed', () => {
  it('when the item is a watch, then watch remedies are listed and other categories’ remedies are not', () => {
    const ids = listedIds({ category: 'watch', problem: 'watch-fault', purchasedAt: BOUGHT }, later({ days: 1 }));
    expect(ids).toEqual(
      expect.arrayContaining(['exchange', 'watch-repair', 'watch-battery', 'watch-movement', 'refund']),
    );
    expect(ids).not.toContain('lens-repair');
    expect(ids).not.toContain('silver-cleaning');
    expect(ids).not.toContain('stone-resetting'); // listed only for a lost stone or an unknown problem
  });

  it('when the category and problem are unknown, then every remedy is listed, and those for particular problems depend on it', () => {
    const verdicts = evaluateRemedies(policy, complaint({ purchasedAt: BOUGHT }), later({ days: 1 }));
    expect(verdicts.map((verdict) => verdict.id)).toEqual(policy.remedies.map((remedy) => remedy.id));
    for (const verdict of verdicts) {
      const forProblems = policy.remedies.find((remedy) => remedy.id === verdict.id)?.problems !== undefined;
      expect(verdict).toMatchObject({ dependsOnProblem: forProblems, relevant: !forProblems, covered: true });
    }
  });

  it('when the problem is known, then a listed remedy for another problem is marked not relevant', () => {
    const verdict = verdictFor('watch-movement', { category: 'watch', problem: 'watch-battery' }, later({ days: 1 }));
    expect(verdict.relevant).toBe(false);
    expect(verdictFor('exchange', { category: 'watch', problem: 'watch-battery' }, later({ days: 1 })).relevant).toBe(
      true,
    );
  });
});

describe('evaluateRemedies: robustness and purity', () => {
  it('when the purchase date is after now, then nothing throws and the age counts as zero', () => {
    const input = { purchasedAt: BOUGHT, hasReceipt: true };
    const verdict = verdictFor('exchange', input, later({ hours: -5 }));
    expect(verdict.eligible).toBe(true);
    expect(verdict.reason.en).toContain('bought 0 h ago');
    expect(verdict.deadline).toBe('2024-03-12T02:00:00.000Z');
  });

  it('when called twice with the same inputs, then the verdicts are identical and the inputs untouched', () => {
    const input = complaint({ category: 'watch', problem: 'watch-fault', purchasedAt: BOUGHT, hasReceipt: true });
    const frozen = structuredClone(input);
    const now = later({ days: 10 });
    const first = evaluateRemedies(policy, input, now, { requestedAmount: 30 });
    const second = evaluateRemedies(policy, input, now, { requestedAmount: 30 });
    expect(second).toEqual(first);
    expect(input).toEqual(frozen);
    expect(now.toISOString()).toBe('2024-03-20T02:00:00.000Z');
  });

  it('when a non-eligible verdict is given, then it has no fee, no deadline, no approval and no checks', () => {
    const verdicts = evaluateRemedies(
      policy,
      complaint({
        category: 'watch',
        problem: 'water-damage',
        suspectedCause: 'use',
        purchasedAt: BOUGHT,
        hasReceipt: true,
        specialPrice: true,
      }),
      later({ days: 200 }),
      { requestedAmount: 500 },
    );
    const refused = verdicts.filter((verdict) => !verdict.eligible);
    expect(refused.length).toBeGreaterThan(3);
    for (const verdict of refused) {
      expect(verdict).toMatchObject({ fee: null, deadline: null, needsApproval: false, checks: [] });
    }
  });

  it('when a remedy has several requirements and tiers, then the earliest window end is the deadline', () => {
    const custom: Policy = {
      ...policy,
      remedies: [
        {
          id: 'layered',
          kind: 'repair',
          name: { zh: '测试', en: 'Layered' },
          rule: 'R1',
          requires: { within: { days: 10 } },
          terms: [{ when: { within: { days: 3 } }, fee: { type: 'free' } }, { fee: { type: 'fixed', amount: 8 } }],
          available: true,
          checks: [],
          discretionary: false,
        },
      ],
      exclusions: [],
    };
    const early = evaluateRemedies(custom, complaint({ purchasedAt: BOUGHT }), later({ days: 2 }))[0];
    expect(early?.deadline).toBe('2024-03-13T02:00:00.000Z');
    const late = evaluateRemedies(custom, complaint({ purchasedAt: BOUGHT }), later({ days: 5 }))[0];
    expect(late?.fee).toEqual({ type: 'fixed', amount: 8 });
    expect(late?.deadline).toBe('2024-03-20T02:00:00.000Z');
    expect(late?.reason.en).toContain('8 yuan');
  });
});
