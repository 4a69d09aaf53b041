import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PolicyLoadError } from '../../src/errors.ts';
import { approvalGrounds } from '../../src/policy/approval-grounds.ts';
import { evaluateRemedies } from '../../src/policy/evaluate-remedies.ts';
import { parsePolicy } from '../../src/policy/load-policy.ts';
import { englishOrdinal } from '../../src/policy/repeat-rule.ts';
import { complaint, later, policy } from './policy-test-kit.ts';

// Issue 15: the policy file's repeat section raises a repeat customer's compensation to a manager.
const now = later({ days: 1 });
const jewellery = complaint({ category: 'jewellery', purchasedAt: '2024-03-10T10:00:00+08:00', hasReceipt: true });
const verdictsAt = (repeatCount?: number) =>
  evaluateRemedies(policy, jewellery, now, repeatCount === undefined ? {} : { repeatCount });

describe('repeat customers in the policy (issue 15)', () => {
  it('when the example policy is read, then it counts 90 days and raises the third complaint, citing A2', () => {
    expect(policy.repeat).toEqual({ withinDays: 90, raiseToManagerAt: 3, rule: 'A2' });
  });

  it('when a customer complains a third time in the window, then every compensation, discount and gift needs a manager, citing the rule; before that, staff may grant within their limit', () => {
    for (const id of ['compensation', 'discount', 'gift']) {
      const second = verdictsAt(2).find((verdict) => verdict.id === id);
      const third = verdictsAt(3).find((verdict) => verdict.id === id);
      const fifth = verdictsAt(5).find((verdict) => verdict.id === id);
      expect(second?.needsApproval, id).toBe(false);
      expect(verdictsAt().find((verdict) => verdict.id === id)?.needsApproval, id).toBe(false);
      expect(third?.needsApproval, id).toBe(true);
      expect(fifth?.needsApproval, id).toBe(true);
      expect(third?.reason.en, id).toContain('3rd complaint in 90 days');
      expect(third?.reason.en, id).toContain('(A2)');
      expect(third?.reason.zh, id).toContain('90天内第3次投诉');
    }
    // Not compensation: an exchange stays as the policy has it.
    const exchange = (count: number) => verdictsAt(count).find((verdict) => verdict.kind === 'exchange');
    expect(exchange(3)?.needsApproval).toBe(exchange(1)?.needsApproval);
  });

  it('when a manager is asked for 20 yuan for a third complaint, then the grounds are the repeat rule, not the staff limit', () => {
    const verdicts = verdictsAt(3);
    const grounds = approvalGrounds(policy, verdicts, 'compensation', 20, 3);
    expect(grounds.rule.id).toBe('A2');
    expect(grounds.why.en).toMatch(/^3rd complaint in 90 days: from a customer's 3rd complaint/);
    expect(approvalGrounds(policy, verdictsAt(2), 'compensation', 80, 2).rule.id).toBe('A1');
  });

  it('when the repeat section names a rule the file does not have, then loading says where', async () => {
    const minimal = await readFile(
      fileURLToPath(new URL('../fixtures/policies/minimal.policy.yml', import.meta.url)),
      'utf8',
    );
    const text = `${minimal.trimEnd()}\nrepeat:\n  withinDays: 30\n  raiseToManagerAt: 2\n  rule: Z9\n`;
    expect(() => parsePolicy(text, 'policy.yml')).toThrow(PolicyLoadError);
    expect(() => parsePolicy(text, 'policy.yml')).toThrow(/repeat\.rule|unknown rule "Z9"/);
    const bad = `${minimal.trimEnd()}\nrepeat:\n  raiseToManagerAt: 1\n`;
    expect(() => parsePolicy(bad, 'policy.yml')).toThrow(PolicyLoadError);
    expect(parsePolicy(`${minimal.trimEnd()}\nrepeat: {}\n`, 'policy.yml').repeat).toEqual({ withinDays: 90 });
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
  ])('when %i is said in English, then it is %s', (count, said) => {
    expect(englishOrdinal(count)).toBe(said);
  });
});
