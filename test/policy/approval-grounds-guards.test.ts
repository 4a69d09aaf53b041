import { describe, expect, it } from 'vitest';
import type { Policy } from '../../src/domain/policy-schema.ts';
import type { RemedyVerdict } from '../../src/domain/remedy-verdict.ts';
import { approvalGrounds } from '../../src/policy/approval-grounds.ts';
import { policy } from './policy-test-kit.ts';

// The rule a request for approval goes beyond, in each case the authority rule distinguishes; written
// against the mutants that survived the first mutation run (docs/mutation-testing.md).

const A1 = policy.rules.find((rule) => rule.id === 'A1');
const A1_CITED = { id: 'A1', title: A1?.title, citation: A1?.citation };

function verdict(overrides: Partial<RemedyVerdict>): RemedyVerdict {
  return {
    id: 'compensation',
    kind: 'compensation',
    name: { zh: '补偿', en: 'Compensation' },
    eligible: true,
    relevant: true,
    rule: { id: 'R9', title: { zh: '补偿', en: 'Compensation' }, citation: { zh: '第九条', en: 'Rule nine' } },
    reason: { zh: '可以补偿', en: 'may be compensated' },
    fee: null,
    deadline: null,
    needsApproval: false,
    staffLimit: 50,
    checks: [],
    ...overrides,
  };
}

describe('approval grounds', () => {
  it('when the policy has its authority rule, then that rule is quoted with its own citation', () => {
    const grounds = approvalGrounds(policy, [verdict({})], 'compensation', 80);
    expect(A1?.citation.en).toMatch(/Staff may grant/);
    expect(grounds.rule).toEqual(A1_CITED);
  });

  it('when the authority rule is missing from the rules, then a plain "Staff authority" stands in, without a citation', () => {
    const bare: Policy = { ...policy, authority: { ...policy.authority, rule: 'A9' } };
    const grounds = approvalGrounds(bare, [verdict({})], 'compensation', 80);
    expect(grounds.rule).toEqual({
      id: 'A9',
      title: { zh: '店员权限', en: 'Staff authority' },
      citation: { zh: '—', en: '—' },
    });
  });

  it('when the remedy is not among the verdicts, then it says so in both languages under the authority rule', () => {
    const grounds = approvalGrounds(policy, [verdict({})], 'teleport', undefined);
    expect(grounds).toEqual({
      rule: A1_CITED,
      why: { zh: '“teleport”不在这个案例的政策方案中。', en: '"teleport" is not a remedy the policy lists here.' },
    });
  });

  it('when the policy refused the remedy, then the refusing rule and its reason are quoted in both languages', () => {
    const refused = verdict({
      eligible: false,
      rule: { id: 'R5', title: { zh: '特价', en: 'Special price' }, citation: { zh: '特价品', en: 'Special' } },
      reason: { zh: '特价商品不退', en: 'special-price goods are not refunded' },
    });
    expect(approvalGrounds(policy, [refused], 'compensation', 10)).toEqual({
      rule: refused.rule,
      why: { zh: '政策外的方案:特价商品不退', en: 'Outside the policy: special-price goods are not refunded' },
    });
  });

  it('when the kind is reserved for managers, then even a small sum cites it in both languages', () => {
    const refund = verdict({ id: 'refund', kind: 'refund', name: { zh: '退货', en: 'Refund' }, staffLimit: null });
    expect(approvalGrounds(policy, [refund], 'refund', 1).why).toEqual({
      zh: '退货一律须经店长批准。',
      en: "Every refund needs a manager's approval.",
    });
  });

  it('when a money remedy has no amount, then it cannot be shown within the limit', () => {
    expect(approvalGrounds(policy, [verdict({})], 'compensation', undefined).why).toEqual({
      zh: '没有填写金额,无法确认是否在店员可自行给予的50元以内。',
      en: 'No amount given, so it cannot be shown to be within the 50 yuan staff may grant alone.',
    });
  });

  it('when a remedy with no staff limit has no amount, then it is simply the staff member asking', () => {
    const exchange = verdict({
      id: 'exchange',
      kind: 'exchange',
      name: { zh: '换货', en: 'Exchange' },
      staffLimit: null,
    });
    expect(approvalGrounds(policy, [exchange], 'exchange', undefined).why).toEqual({
      zh: '店员选择请经理决定。',
      en: 'The staff member asked a manager to decide.',
    });
  });

  it('when the sum is exactly the limit, then it is within it; one more, and it is above', () => {
    expect(approvalGrounds(policy, [verdict({})], 'compensation', 50).why.en).toBe(
      'The staff member asked a manager to decide.',
    );
    expect(approvalGrounds(policy, [verdict({})], 'compensation', 51).why).toEqual({
      zh: '申请51元,超过店员可自行给予的50元。',
      en: '51 yuan asked, above the 50 yuan staff may grant alone.',
    });
  });

  it("when the verdict carries its own staff limit, then that limit is the one applied, not the policy's", () => {
    const gift = verdict({ id: 'gift', kind: 'gift', name: { zh: '赠品', en: 'Gift' }, staffLimit: 20 });
    expect(approvalGrounds(policy, [gift], 'gift', 30).why.en).toBe(
      '30 yuan asked, above the 20 yuan staff may grant alone.',
    );
    expect(approvalGrounds(policy, [gift], 'gift', undefined).why.en).toBe(
      'No amount given, so it cannot be shown to be within the 20 yuan staff may grant alone.',
    );
  });
});
