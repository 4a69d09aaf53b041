import type { Policy } from '../domain/policy-schema.ts';
import type { CitedRule, RemedyVerdict } from '../domain/remedy-verdict.ts';
import type { Localized } from '../shared/language.ts';

/**
 * The catch-all category. Read from the text, it means goods or a service the policy does not list (a
 * photo studio sitting, an engraving service, an order from another shop: the facts reader reads those
 * as it); entered by staff, it is the store's own other goods, which the policy's general rules cover.
 */
export const CATCH_ALL_CATEGORY = 'other';

/** What the policy engine needs to know about the category to tell whether the policy covers it. */
export interface CategoryReading {
  category: string | null | undefined;
  categorySource: 'entered' | 'detected' | 'unknown';
}

/** Whether a complaint is about something the store's policy does not cover: `other`, read from the text. */
export function isOutsidePolicy({ category, categorySource }: CategoryReading): boolean {
  return category === CATCH_ALL_CATEGORY && categorySource === 'detected';
}

/** The line every surface leads with for such a complaint. */
export const OUTSIDE_POLICY: Localized = {
  zh: '不在本店政策范围内——由店长决定',
  en: "Outside this store's policy — manager to decide",
};

/**
 * What a verdict for an uncovered complaint cites: the policy's own scope, i.e. the goods it names. No
 * clause of the policy speaks about the goods, so the citation is the list of what it does cover.
 */
export function scopeRule(policy: Policy): CitedRule {
  const covered = policy.categories.filter((category) => category.id !== CATCH_ALL_CATEGORY);
  return {
    id: 'scope',
    title: { zh: '政策适用范围', en: 'What the policy covers' },
    citation: {
      zh: `《${policy.name.zh}》只管本店售出的商品:${covered.map((category) => category.name.zh).join('、')}等。`,
      en: `${policy.name.en} covers goods sold by this store: ${covered.map((category) => category.name.en).join(', ')} and the like.`,
    },
  };
}

/** Why no remedy of the policy applies, in words staff can repeat to a manager. */
export function outsidePolicyReason(policy: Policy): Localized {
  return {
    zh: `${OUTSIDE_POLICY.zh}:投诉的商品或服务不是本店条款所管的,条款里的换货、维修、退款和补偿都不能直接答应;可以请店长决定。`,
    en: `${OUTSIDE_POLICY.en}: the goods or service complained about are not covered by ${policy.name.en}, so none of its exchanges, repairs, refunds or goodwill can be promised; a manager may decide.`,
  };
}

/** Whether the policy engine found the complaint outside the policy: its verdicts say so. */
export function outsidePolicyVerdict(verdicts: readonly RemedyVerdict[]): RemedyVerdict | undefined {
  return verdicts.find((verdict) => verdict.covered === false);
}

/**
 * The remedies whose fit is not known because the problem is not: they are for particular problems,
 * and nobody has said what went wrong yet.
 */
export function dependingOnProblem(verdicts: readonly RemedyVerdict[]): RemedyVerdict[] {
  return verdicts.filter((verdict) => verdict.dependsOnProblem === true);
}

/** The remedies that may be put to the customer: eligible, and known to fit whatever went wrong. */
export function offerable(verdicts: readonly RemedyVerdict[]): RemedyVerdict[] {
  return verdicts.filter(
    (verdict) => verdict.eligible && verdict.covered !== false && verdict.dependsOnProblem !== true,
  );
}
