import type { SuspectedCause } from '../domain/complaint.ts';
import type { Condition, Fee, Policy, Remedy, Rule } from '../domain/policy-schema.ts';
import type { Localized } from '../shared/language.ts';
import { ageMs, type ComplaintFacts, type ConditionKey } from './evaluate-condition.ts';
import { ageUnitFor, formatAge, formatPeriod } from './period.ts';

const CAUSE_NAMES: Record<SuspectedCause, Localized> = {
  quality: { zh: '质量问题', en: 'a quality fault' },
  use: { zh: '顾客使用造成', en: "the customer's use" },
  unknown: { zh: '不明', en: 'unknown' },
};

/** Both languages of a list of texts, joined the way each language says "or". */
function either(items: Localized[]): Localized {
  return { zh: items.map((item) => item.zh).join('或'), en: items.map((item) => item.en).join(' or ') };
}

function namesOf(ids: readonly string[], known: readonly { id: string; name: Localized }[]): Localized {
  return either(ids.map((id) => known.find((entry) => entry.id === id)?.name ?? { zh: id, en: id }));
}

function causeNames(causes: readonly SuspectedCause[]): Localized {
  return either(causes.map((cause) => CAUSE_NAMES[cause]));
}

/** The remedy's name inside an English sentence ("Exchange" → "exchange"), leaving acronyms alone. */
function inSentence(name: Localized): Localized {
  const en = /^[A-Z][a-z]/.test(name.en) ? `${name.en.charAt(0).toLowerCase()}${name.en.slice(1)}` : name.en;
  return { zh: name.zh, en };
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Said when an eligible remedy still rests on facts staff must confirm. */
export const SUBJECT_TO_CHECKS: Localized = {
  zh: '以下事项确认无误后方可办理。',
  en: 'Only once the checks below are confirmed.',
};

/** Joins sentences: Chinese runs them together, English separates them with spaces. */
export function sentences(parts: readonly Localized[]): Localized {
  return { zh: parts.map((part) => part.zh).join(''), en: parts.map((part) => part.en).join(' ') };
}

/** An amount of money in the policy's currency. */
export function formatMoney(amount: number, currency: string): Localized {
  return currency === 'CNY'
    ? { zh: `${amount}元`, en: `${amount} yuan` }
    : { zh: `${amount} ${currency}`, en: `${amount} ${currency}` };
}

/** What the customer pays, as a sentence. */
export function describeFee(fee: Fee, currency: string): Localized {
  switch (fee.type) {
    case 'free':
      return { zh: '免费。', en: 'Free.' };
    case 'fixed': {
      const money = formatMoney(fee.amount, currency);
      return { zh: `收费${money.zh}。`, en: `${capitalised(money.en)}.` };
    }
    case 'per-unit': {
      const money = formatMoney(fee.amount, currency);
      return { zh: `${money.zh}/${fee.unit.zh}。`, en: `${capitalised(money.en)} per ${fee.unit.en}.` };
    }
    case 'at-cost':
      return { zh: `按成本收费:${fee.basis.zh}。`, en: `At cost: ${fee.basis.en}.` };
  }
}

/** Quotes a rule as the reason a remedy is taken away or cannot be done. */
export function ruleStatement(rule: Rule): Localized {
  return { zh: `${rule.title.zh}:${rule.citation.zh}`, en: `${rule.title.en}: ${rule.citation.en}` };
}

/** Why a remedy fails one key of a condition the complaint's known facts do not meet. */
function failureSentence(
  key: ConditionKey,
  condition: Condition,
  facts: ComplaintFacts,
  policy: Policy,
  remedy: Remedy,
): Localized {
  const name = inSentence(remedy.name);
  switch (key) {
    case 'specialPrice':
      return condition.specialPrice
        ? { zh: `不是特价商品,${name.zh}仅限特价商品。`, en: `Not a special-price item; ${name.en} is only for those.` }
        : { zh: `是特价商品,${name.zh}不适用于特价商品。`, en: `A special-price item; ${name.en} is not for those.` };
    case 'categories': {
      const item = namesOf([facts.category ?? ''], policy.categories);
      const allowed = namesOf(condition.categories ?? [], policy.categories);
      return {
        zh: `商品类别是${item.zh},${name.zh}仅限${allowed.zh}。`,
        en: `The category is ${item.en}; ${name.en} is only for ${allowed.en}.`,
      };
    }
    case 'problems': {
      const problem = namesOf([facts.problem ?? ''], policy.problems);
      const allowed = namesOf(condition.problems ?? [], policy.problems);
      return {
        zh: `问题是${problem.zh},${name.zh}仅限${allowed.zh}。`,
        en: `The problem is ${problem.en}; ${name.en} is only for ${allowed.en}.`,
      };
    }
    case 'causes': {
      const cause = CAUSE_NAMES[facts.cause ?? 'unknown'];
      const allowed = causeNames(condition.causes ?? []);
      return {
        zh: `原因是${cause.zh},${name.zh}仅限原因是${allowed.zh}的情形。`,
        en: `The cause is ${cause.en}; ${name.en} is only when the cause is ${allowed.en}.`,
      };
    }
    case 'receipt':
      return condition.receipt
        ? { zh: `没有购物小票,${name.zh}须凭购物小票。`, en: `No receipt; ${name.en} needs the receipt.` }
        : {
            zh: `有购物小票,${name.zh}仅限没有小票的情形。`,
            en: `The customer has the receipt; ${name.en} is only without it.`,
          };
    case 'within': {
      const period = condition.within ?? {};
      const age = formatAge(ageMs(facts) ?? 0, ageUnitFor(period));
      const limit = formatPeriod(period);
      return {
        zh: `购买已${age.zh},${name.zh}须在购买后${limit.zh}内。`,
        en: `Bought ${age.en} ago; ${name.en} is within ${limit.en} of purchase.`,
      };
    }
  }
}

/** Why the known facts fail a condition, naming every key that fails. */
export function failureReason(
  keys: readonly ConditionKey[],
  condition: Condition,
  facts: ComplaintFacts,
  policy: Policy,
  remedy: Remedy,
): Localized {
  return sentences(keys.map((key) => failureSentence(key, condition, facts, policy, remedy)));
}

/**
 * What staff must confirm when a fact a condition needs is unknown: the condition's clause, asked as a
 * check. The receipt and the purchase window are asked in their own words, which staff act on directly.
 */
export function confirmCheck(key: ConditionKey, condition: Condition, policy: Policy): Localized {
  if (key === 'receipt' && condition.receipt) return { zh: '请确认顾客有购物小票。', en: 'Confirm the receipt.' };
  if (key === 'receipt') return { zh: '请确认顾客没有购物小票。', en: 'Confirm the customer has no receipt.' };
  if (key === 'within') {
    const limit = formatPeriod(condition.within ?? {});
    return {
      zh: `请确认购买日期:期限为购买后${limit.zh}。`,
      en: `Confirm the purchase date: the window ends ${limit.en} after purchase.`,
    };
  }
  const asked = clause(key, condition, policy);
  return { zh: `请确认${asked.zh}。`, en: `Confirm ${asked.en}.` };
}

/** A condition key as a clause ("the cause is the customer's use"), for checks that ask whether a rule applies. */
function clause(key: ConditionKey, condition: Condition, policy: Policy): Localized {
  switch (key) {
    case 'specialPrice':
      return condition.specialPrice
        ? { zh: '是特价商品', en: 'it is a special-price item' }
        : { zh: '不是特价商品', en: 'it is not a special-price item' };
    case 'categories': {
      const names = namesOf(condition.categories ?? [], policy.categories);
      return { zh: `商品类别是${names.zh}`, en: `the category is ${names.en}` };
    }
    case 'problems': {
      const names = namesOf(condition.problems ?? [], policy.problems);
      return { zh: `问题是${names.zh}`, en: `the problem is ${names.en}` };
    }
    case 'causes': {
      const names = causeNames(condition.causes ?? []);
      return { zh: `原因是${names.zh}`, en: `the cause is ${names.en}` };
    }
    case 'receipt':
      return condition.receipt
        ? { zh: '顾客有购物小票', en: 'the customer has the receipt' }
        : { zh: '顾客没有购物小票', en: 'the customer has no receipt' };
    case 'within': {
      const limit = formatPeriod(condition.within ?? {});
      return { zh: `在购买后${limit.zh}内`, en: `it was bought within ${limit.en}` };
    }
  }
}

/** Why an exclusion takes a remedy away: the facts that brought it into force, and the rule. */
export function exclusionReason(
  keys: readonly ConditionKey[],
  condition: Condition,
  rule: Rule,
  policy: Policy,
): Localized {
  const clauses = keys.map((key) => clause(key, condition, policy));
  return {
    zh: `不予办理:${clauses.map((item) => item.zh).join('且')}(${rule.id} ${rule.title.zh})。`,
    en: `Not offered: ${clauses.map((item) => item.en).join(' and ')} (${rule.id} ${rule.title.en}).`,
  };
}

/** Asks staff to rule out an exclusion that may apply but whose facts are unknown. */
export function exclusionCheck(
  keys: readonly ConditionKey[],
  condition: Condition,
  rule: Rule,
  policy: Policy,
): Localized {
  const clauses = keys.map((key) => clause(key, condition, policy));
  return {
    zh: `请确认是否${clauses.map((item) => item.zh).join('且')}:如是,按${rule.id}(${rule.title.zh})不予办理。`,
    en: `Confirm whether ${clauses.map((item) => item.en).join(' and ')}: if so, ${rule.id} (${rule.title.en}) rules this out.`,
  };
}

/** The facts that made a remedy eligible, e.g. "With the receipt, bought 29 days ago, within 1 month." */
export function metConditions(
  condition: Condition,
  keys: readonly ConditionKey[],
  facts: ComplaintFacts,
): Localized | null {
  const phrases: Localized[] = [];
  for (const key of keys) {
    if (key === 'receipt' && condition.receipt) phrases.push({ zh: '凭购物小票', en: 'with the receipt' });
    if (key === 'causes' && facts.cause) {
      const cause = CAUSE_NAMES[facts.cause];
      phrases.push({ zh: `原因是${cause.zh}`, en: `the cause is ${cause.en}` });
    }
    if (key === 'within' && condition.within) {
      const age = formatAge(ageMs(facts) ?? 0, ageUnitFor(condition.within));
      const limit = formatPeriod(condition.within);
      phrases.push({ zh: `购买${age.zh},在${limit.zh}内`, en: `bought ${age.en} ago, within ${limit.en}` });
    }
  }
  if (phrases.length === 0) return null;
  return {
    zh: `${phrases.map((phrase) => phrase.zh).join(',')}。`,
    en: `${capitalised(phrases.map((phrase) => phrase.en).join(', '))}.`,
  };
}

/** Who may grant a remedy, and whether the amount asked for is within staff authority. */
export function approvalReason(
  policy: Policy,
  remedy: Remedy,
  requestedAmount: number | undefined,
  managerOnly: boolean,
): Localized | null {
  const rule = policy.authority.rule;
  if (managerOnly) return { zh: `须经店长批准(${rule})。`, en: `A manager must approve it (${rule}).` };
  if (!remedy.discretionary) return null;
  const limit = formatMoney(policy.authority.staffLimit, policy.currency);
  const authority = {
    zh: `店员可自行给予不超过${limit.zh};超过须经店长批准(${rule})。`,
    en: `Staff may grant up to ${limit.en} alone; above that a manager approves (${rule}).`,
  };
  if (requestedAmount === undefined) return authority;
  const requested = formatMoney(requestedAmount, policy.currency);
  const verdict =
    requestedAmount > policy.authority.staffLimit
      ? {
          zh: `申请${requested.zh},超过店员权限,须店长批准。`,
          en: `${requested.en} requested: a manager must approve.`,
        }
      : { zh: `申请${requested.zh},店员可自行给予。`, en: `${requested.en} requested: within staff authority.` };
  return sentences([authority, verdict]);
}
