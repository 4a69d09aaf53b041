import { describe, expect, it } from 'vitest';
import { approvalGrounds } from '../../src/policy/approval-grounds.ts';
import { evaluateRemedies } from '../../src/policy/evaluate-remedies.ts';
import {
  dependingOnProblem,
  isOutsidePolicy,
  OUTSIDE_POLICY,
  offerable,
  outsidePolicyVerdict,
} from '../../src/policy/policy-coverage.ts';
import { BOUGHT, complaint, later, policy, verdictFor } from './policy-test-kit.ts';

// Issue 11: goods the policy does not cover get no eligible remedy and a manager decides; a problem
// nobody has named leaves the remedies for particular problems depending on it.

/** A complaint the facts reader took for `other` (a photo studio sitting), with every fact that would allow an exchange. */
const sitting = complaint({ category: 'other', purchasedAt: BOUGHT, hasReceipt: true, suspectedCause: 'quality' });
const outside = () => evaluateRemedies(policy, sitting, later({ hours: 2 }), { outsidePolicy: true });

describe('isOutsidePolicy', () => {
  it('when `other` was read from the text, then the complaint is outside the policy', () => {
    expect(isOutsidePolicy({ category: 'other', categorySource: 'detected' })).toBe(true);
  });

  it('when staff entered `other`, or another category was read, or none, then the policy covers it', () => {
    expect(isOutsidePolicy({ category: 'other', categorySource: 'entered' })).toBe(false);
    expect(isOutsidePolicy({ category: 'jewellery', categorySource: 'detected' })).toBe(false);
    expect(isOutsidePolicy({ category: null, categorySource: 'unknown' })).toBe(false);
  });
});

describe('evaluateRemedies for goods the policy does not cover', () => {
  it('when the complaint is outside the policy, then no remedy is eligible, even those its facts would allow', () => {
    const covered = evaluateRemedies(policy, sitting, later({ hours: 2 }));
    expect(covered.find((verdict) => verdict.id === 'exchange')?.eligible).toBe(true);
    const verdicts = outside();
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.filter((verdict) => verdict.eligible)).toEqual([]);
    expect(offerable(verdicts)).toEqual([]);
  });

  it('when the complaint is outside the policy, then every verdict is marked uncovered and says a manager decides, in both languages', () => {
    for (const verdict of outside()) {
      expect(verdict).toMatchObject({ covered: false, needsApproval: false, fee: null, deadline: null, checks: [] });
      expect(verdict.reason.en).toMatch(/^Outside this store's policy — manager to decide: /);
      expect(verdict.reason.zh).toMatch(/^不在本店政策范围内——由店长决定:/);
    }
    expect(OUTSIDE_POLICY.en).toBe("Outside this store's policy — manager to decide");
  });

  it('when the complaint is outside the policy, then the verdicts cite what the policy covers', () => {
    const [first] = outside();
    expect(first?.rule.id).toBe('scope');
    expect(first?.rule.citation.en).toContain('Jewellery (stone-set accessories), Watch, Glasses');
    expect(first?.rule.citation.zh).toContain('《新瀚城购物须知》只管本店售出的商品');
    // `other` is where the uncovered goods were read into, so it is not named as covered.
    expect(first?.rule.citation.en).not.toContain('Other goods');
  });

  it('when staff ask a manager for goodwill outside the policy, then the grounds are the scope and the manager decides', () => {
    const grounds = approvalGrounds(policy, outside(), 'compensation', 20);
    expect(grounds.rule.id).toBe('scope');
    expect(grounds.why.en).toMatch(/^Outside this store's policy — manager to decide/);
  });

  it('when the verdicts are covered, then no verdict marks the complaint outside the policy', () => {
    expect(outsidePolicyVerdict(evaluateRemedies(policy, sitting, later({ hours: 2 })))).toBeUndefined();
    expect(outsidePolicyVerdict(outside())?.covered).toBe(false);
  });
});

describe('evaluateRemedies when the problem is not known', () => {
  const input = { category: 'jewellery', purchasedAt: BOUGHT, hasReceipt: true };

  it('when nobody has said what went wrong, then a remedy for one problem depends on it and is not relevant, though eligible', () => {
    const resetting = verdictFor('stone-resetting', input, later({ days: 3 }));
    expect(resetting).toMatchObject({ eligible: true, dependsOnProblem: true, relevant: false });
  });

  it('when nobody has said what went wrong, then a remedy for any problem still fits', () => {
    expect(verdictFor('exchange', input, later({ hours: 3 }))).toMatchObject({
      eligible: true,
      dependsOnProblem: false,
      relevant: true,
    });
  });

  it('when the problem is known, then nothing depends on it', () => {
    const verdicts = evaluateRemedies(policy, complaint({ ...input, problem: 'lost-stone' }), later({ days: 3 }));
    expect(dependingOnProblem(verdicts)).toEqual([]);
    expect(verdicts.find((verdict) => verdict.id === 'stone-resetting')).toMatchObject({ relevant: true });
  });

  it('when the problem is not known, then only remedies for any problem may be offered', () => {
    const verdicts = evaluateRemedies(policy, complaint(input), later({ hours: 3 }));
    const ids = offerable(verdicts).map((verdict) => verdict.id);
    expect(ids).toContain('exchange');
    expect(ids).not.toContain('stone-resetting');
    expect(ids).not.toContain('quality-exchange');
    expect(dependingOnProblem(verdicts).map((verdict) => verdict.id)).toEqual(['quality-exchange', 'stone-resetting']);
  });
});
