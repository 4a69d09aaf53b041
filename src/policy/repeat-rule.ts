import type { Policy, RemedyKind } from '../domain/policy-schema.ts';
import type { CitedRule } from '../domain/remedy-verdict.ts';
import { COMPENSATION_KINDS } from '../domain/repeat-customer.ts';
import type { Localized } from '../shared/language.ts';

/** "1st", "2nd", "3rd", "11th", "22nd" … */
export function englishOrdinal(count: number): string {
  const tens = count % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[count % 10] ?? 'th');
  return `${count}${suffix}`;
}

/** "第3次投诉(90天内)" / "3rd complaint in 90 days". */
export function describeRepeatCount(count: number, withinDays: number): Localized {
  return {
    zh: `${withinDays}天内第${count}次投诉`,
    en: `${englishOrdinal(count)} complaint in ${withinDays} days`,
  };
}

/**
 * Whether the policy's repeat rule takes a remedy of `kind` out of staff hands for the `count`th complaint
 * of a customer in the window: any compensation, from `raiseToManagerAt` on (issue 15).
 */
export function repeatRaises(policy: Pick<Policy, 'repeat'>, count: number | undefined, kind: RemedyKind): boolean {
  const threshold = policy.repeat?.raiseToManagerAt;
  return threshold !== undefined && count !== undefined && count >= threshold && COMPENSATION_KINDS.includes(kind);
}

/** The rule a raised repeat case cites: the repeat section's own, else the authority rule. */
export function repeatRule(policy: Policy): CitedRule {
  const id = policy.repeat?.rule ?? policy.authority.rule;
  const rule = policy.rules.find((entry) => entry.id === id);
  return rule
    ? { id: rule.id, title: rule.title, citation: rule.citation }
    : { id, title: { zh: '回头客', en: 'Repeat customers' }, citation: { zh: '—', en: '—' } };
}

/** Why a repeat customer's compensation needs a manager, naming the count, the threshold and the rule. */
export function repeatReason(policy: Policy, count: number): Localized {
  const within = policy.repeat?.withinDays ?? 90;
  const threshold = policy.repeat?.raiseToManagerAt ?? count;
  const said = describeRepeatCount(count, within);
  const rule = repeatRule(policy).id;
  return {
    zh: `${said.zh}:同一顾客${within}天内第${threshold}次起的任何补偿须经店长批准(${rule})。`,
    en: `${said.en}: from a customer's ${englishOrdinal(threshold)} complaint in ${within} days any compensation needs a manager (${rule}).`,
  };
}
