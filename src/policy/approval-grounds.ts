import type { Policy } from '../domain/policy-schema.ts';
import type { CitedRule, RemedyVerdict } from '../domain/remedy-verdict.ts';
import type { Localized } from '../shared/language.ts';
import { repeatRaises, repeatReason, repeatRule } from './repeat-rule.ts';
import { formatMoney } from './verdict-wording.ts';

/** Why a request needs a manager: the rule it goes beyond, quoted, and how it goes beyond it. */
export interface ApprovalGrounds {
  rule: CitedRule;
  why: Localized;
}

/**
 * The policy rule a request goes beyond (issue 5: the approvers see "the policy rule it goes beyond"):
 * for goods or a service the policy does not cover, what it covers, with "outside this store's policy —
 * manager to decide"; for a remedy the policy did not find eligible, the rule that refused it, with the verdict's reason; for
 * a kind reserved for managers (refunds) or money above the staff limit, the authority rule. Pure.
 */
export function approvalGrounds(
  policy: Policy,
  verdicts: readonly RemedyVerdict[],
  remedyId: string,
  amount: number | undefined,
  /** Which complaint of the customer in the repeat window the case is, when known (issue 15). */
  repeatCount?: number,
): ApprovalGrounds {
  const verdict = verdicts.find((entry) => entry.id === remedyId);
  const authority = policy.rules.find((rule) => rule.id === policy.authority.rule);
  const authorityRule: CitedRule = authority
    ? { id: authority.id, title: authority.title, citation: authority.citation }
    : { id: policy.authority.rule, title: { zh: '店员权限', en: 'Staff authority' }, citation: { zh: '—', en: '—' } };
  if (!verdict) {
    return {
      rule: authorityRule,
      why: {
        zh: `“${remedyId}”不在这个案例的政策方案中。`,
        en: `"${remedyId}" is not a remedy the policy lists here.`,
      },
    };
  }
  // Uncovered goods: the verdict's own reason already says a manager decides, and why.
  if (verdict.covered === false) return { rule: verdict.rule, why: verdict.reason };
  if (!verdict.eligible) {
    return {
      rule: verdict.rule,
      why: { zh: `政策外的方案:${verdict.reason.zh}`, en: `Outside the policy: ${verdict.reason.en}` },
    };
  }
  if (policy.authority.managerOnly.includes(verdict.kind)) {
    return {
      rule: authorityRule,
      why: {
        zh: `${verdict.name.zh}一律须经店长批准。`,
        en: `Every ${verdict.name.en.toLowerCase()} needs a manager's approval.`,
      },
    };
  }
  // A repeat customer: any compensation is a manager's, whatever the amount (issue 15).
  if (repeatCount !== undefined && repeatRaises(policy, repeatCount, verdict.kind)) {
    return { rule: repeatRule(policy), why: repeatReason(policy, repeatCount) };
  }
  const limit = verdict.staffLimit ?? policy.authority.staffLimit;
  if (verdict.staffLimit !== null && amount === undefined) {
    const allowed = formatMoney(limit, policy.currency);
    return {
      rule: authorityRule,
      why: {
        zh: `没有填写金额,无法确认是否在店员可自行给予的${allowed.zh}以内。`,
        en: `No amount given, so it cannot be shown to be within the ${allowed.en} staff may grant alone.`,
      },
    };
  }
  if (amount !== undefined && amount > limit) {
    const asked = formatMoney(amount, policy.currency);
    const allowed = formatMoney(limit, policy.currency);
    return {
      rule: authorityRule,
      why: {
        zh: `申请${asked.zh},超过店员可自行给予的${allowed.zh}。`,
        en: `${asked.en} asked, above the ${allowed.en} staff may grant alone.`,
      },
    };
  }
  return {
    rule: authorityRule,
    why: { zh: '店员选择请经理决定。', en: 'The staff member asked a manager to decide.' },
  };
}
