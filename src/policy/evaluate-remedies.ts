import type { Complaint } from '../domain/complaint.ts';
import type { Condition, Policy, Remedy, RemedyKind, Rule } from '../domain/policy-schema.ts';
import type { CitedRule, RemedyVerdict } from '../domain/remedy-verdict.ts';
import type { Localized } from '../shared/language.ts';
import {
  type ComplaintFacts,
  type ConditionKey,
  type ConditionResult,
  complaintFacts,
  evaluateCondition,
  holds,
} from './evaluate-condition.ts';
import { outsidePolicyReason, scopeRule } from './policy-coverage.ts';
import { repeatRaises, repeatReason } from './repeat-rule.ts';
import {
  approvalReason,
  confirmCheck,
  describeFee,
  exclusionCheck,
  exclusionReason,
  failureReason,
  metConditions,
  ruleStatement,
  SUBJECT_TO_CHECKS,
  sentences,
} from './verdict-wording.ts';

/** What the policy is asked besides the complaint itself. */
export interface EvaluateOptions {
  /** The amount staff mean to grant for a discretionary money remedy, in the policy's currency. */
  requestedAmount?: number;
  /**
   * The goods or service complained about are ones the policy does not cover (see `isOutsidePolicy`):
   * then no remedy is eligible, each verdict is marked `covered: false` and says a manager decides.
   */
  outsidePolicy?: boolean;
  /**
   * Which complaint of the same customer within the policy's repeat window this is (1: the first), when
   * staff gave their phone or member number: from `repeat.raiseToManagerAt` on, compensation needs a manager.
   */
  repeatCount?: number;
}

// A refund or a goodwill payment costs the customer nothing, so calling it "free" would only confuse.
const MONEY_KINDS: readonly RemedyKind[] = ['refund', 'discount', 'compensation', 'gift'];

/** Each policy's rules by id, built on its first verdict: every remedy of every complaint cites one or more. */
const rulesById = new WeakMap<readonly Rule[], Map<string, Rule>>();

function findRule(policy: Policy, id: string): Rule {
  let byId = rulesById.get(policy.rules);
  if (!byId) {
    byId = new Map();
    // The first rule of an id wins, as a search along the list would find it.
    for (const rule of policy.rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
    rulesById.set(policy.rules, byId);
  }
  // loadPolicy guarantees the rule exists; a hand-built policy without it still gets a readable citation.
  return byId.get(id) ?? { id, title: { zh: id, en: id }, citation: { zh: id, en: id } };
}

function cite(rule: Rule): CitedRule {
  return { id: rule.id, title: rule.title, citation: rule.citation };
}

/** The part of a verdict that depends on the decision rather than on the remedy itself. */
type Decision = Omit<
  RemedyVerdict,
  'id' | 'kind' | 'name' | 'relevant' | 'covered' | 'dependsOnProblem' | 'staffLimit'
>;

function refusal(rule: Rule, reason: Localized): Decision {
  return { eligible: false, rule: cite(rule), reason, fee: null, deadline: null, needsApproval: false, checks: [] };
}

/** The first exclusion that takes the remedy away, or the checks for exclusions that might. */
function applyExclusions(policy: Policy, remedy: Remedy, facts: ComplaintFacts): Decision | Localized[] {
  const checks: Localized[] = [];
  for (const exclusion of policy.exclusions) {
    if (!exclusion.kinds.includes(remedy.kind)) continue;
    const result = evaluateCondition(exclusion.when, facts);
    const rule = findRule(policy, exclusion.rule);
    if (holds(result)) return refusal(rule, exclusionReason(result.held, exclusion.when, rule, policy));
    if (result.failed.length === 0) checks.push(exclusionCheck(result.unknown, exclusion.when, rule, policy));
  }
  return checks;
}

/** Unknown facts never cost the customer a remedy: staff confirm them, and learn what applies if they fail. */
function confirmations(
  condition: Condition | undefined,
  unknown: readonly ConditionKey[],
  policy: Policy,
  otherwise?: Localized,
): Localized[] {
  if (!condition) return [];
  return unknown.map((key) => {
    const check = confirmCheck(key, condition, policy);
    return otherwise ? sentences([check, otherwise]) : check;
  });
}

function earliest(results: readonly ConditionResult[]): string | null {
  let end: Date | undefined;
  for (const { windowEnd } of results) if (windowEnd && (!end || windowEnd.getTime() < end.getTime())) end = windowEnd;
  return end ? new Date(end.getTime()).toISOString() : null;
}

/** The verdict for one remedy that is listed for the complaint. */
function judge(
  policy: Policy,
  remedy: Remedy,
  facts: ComplaintFacts,
  applies: ConditionResult,
  options: EvaluateOptions,
): RemedyVerdict {
  // A remedy for particular problems fits only once the problem is known; until then it depends on it.
  const forProblems = remedy.problems ?? remedy.appliesTo?.problems;
  const dependsOnProblem = facts.problem === undefined && forProblems !== undefined;
  const { problem } = facts;
  const relevant =
    !dependsOnProblem &&
    (remedy.problems === undefined || (problem !== undefined && remedy.problems.includes(problem)));
  const staffLimit = remedy.discretionary ? policy.authority.staffLimit : null;
  const covered = options.outsidePolicy !== true;
  const base = { id: remedy.id, kind: remedy.kind, name: remedy.name, relevant, covered, dependsOnProblem, staffLimit };
  // Uncovered goods take every remedy away, citing what the policy covers; a manager may still decide.
  if (!covered) return { ...base, ...refusal(scopeRule(policy), outsidePolicyReason(policy)) };
  const ownRule = findRule(policy, remedy.rule);

  const excluded = applyExclusions(policy, remedy, facts);
  if (!Array.isArray(excluded)) return { ...base, ...excluded };
  if (!remedy.available) return { ...base, ...refusal(ownRule, ruleStatement(ownRule)) };

  const required = evaluateCondition(remedy.requires, facts);
  if (remedy.requires && required.failed.length > 0) {
    const reason = failureReason(required.failed, remedy.requires, facts, policy, remedy);
    return { ...base, ...refusal(ownRule, reason) };
  }

  const tiers = remedy.terms.map((term) => ({ term, result: evaluateCondition(term.when, facts) }));
  const tierIndex = tiers.findIndex((candidate) => candidate.result.failed.length === 0);
  const tier = tiers[tierIndex];
  if (!tier) {
    // Explain with the first tier: it is the one a customer would normally expect.
    const first = tiers[0];
    const reason = first?.term.when
      ? failureReason(first.result.failed, first.term.when, facts, policy, remedy)
      : ruleStatement(ownRule);
    return { ...base, ...refusal(ownRule, reason) };
  }

  const fallback = tiers.slice(tierIndex + 1).find((candidate) => candidate.result.failed.length === 0);
  const fallbackFee = fallback ? describeFee(fallback.term.fee, policy.currency) : undefined;
  const otherwise = fallbackFee && { zh: `否则:${fallbackFee.zh}`, en: `Otherwise: ${fallbackFee.en}` };
  // An unknown category or problem only decides whether a remedy is listed, so it needs no check.
  const listingUnknowns = applies.unknown.filter((key) => key !== 'categories' && key !== 'problems');
  const unconfirmed = [
    ...confirmations(remedy.appliesTo, listingUnknowns, policy),
    ...confirmations(remedy.requires, required.unknown, policy),
    ...confirmations(tier.term.when, tier.result.unknown, policy, otherwise),
    ...excluded,
  ];

  const managerOnly = policy.authority.managerOnly.includes(remedy.kind);
  const raisedByRepeat = repeatRaises(policy, options.repeatCount, remedy.kind);
  const { requestedAmount } = options;
  const overLimit = requestedAmount !== undefined && requestedAmount > policy.authority.staffLimit;
  const reasonParts = [
    remedy.requires ? metConditions(remedy.requires, required.held, facts) : null,
    tier.term.when ? metConditions(tier.term.when, tier.result.held, facts) : null,
    MONEY_KINDS.includes(remedy.kind) ? null : describeFee(tier.term.fee, policy.currency),
    tier.term.note ?? null,
    raisedByRepeat && options.repeatCount !== undefined
      ? repeatReason(policy, options.repeatCount)
      : approvalReason(policy, remedy, requestedAmount, managerOnly),
    unconfirmed.length > 0 ? SUBJECT_TO_CHECKS : null,
  ].filter((part) => part !== null);

  return {
    ...base,
    eligible: true,
    rule: cite(ownRule),
    reason: reasonParts.length > 0 ? sentences(reasonParts) : ruleStatement(ownRule),
    fee: tier.term.fee,
    deadline: earliest([applies, required, tier.result]),
    needsApproval: managerOnly || raisedByRepeat || (remedy.discretionary && overLimit),
    checks: [...unconfirmed, ...remedy.checks],
  };
}

/**
 * What the policy says about every remedy that applies to a complaint at `now`: whether it is
 * eligible, why (citing the rule that decides), its fee and deadline, and whether a manager must
 * approve. Pure: the same policy, complaint, moment and options always give the same verdicts.
 */
export function evaluateRemedies(
  policy: Policy,
  complaint: Complaint,
  now: Date,
  options: EvaluateOptions = {},
): RemedyVerdict[] {
  const facts = complaintFacts(complaint, now, policy.timezone);
  const verdicts: RemedyVerdict[] = [];
  const known = decidedOf(policy);
  const keys = factsKeys(facts, options);
  const dated = facts.purchasedAt !== undefined;
  const plain = known.decisionsFor(keys.plain);
  const withSum = known.decisionsFor(keys.withSum);
  for (const [index, remedy] of policy.remedies.entries()) {
    // Without a purchase date a window is simply unknown, as every other missing fact.
    const decisions = dated && known.windowed[index] === true ? undefined : remedy.discretionary ? withSum : plain;
    const decision = decisions?.[index];
    if (decision !== undefined) {
      if (decision !== null) verdicts.push({ ...decision, checks: [...decision.checks] });
      continue;
    }
    const applies = evaluateCondition(remedy.appliesTo, facts);
    // An unknown fact never hides a remedy; only a known fact that fails does.
    const verdict = applies.failed.length > 0 ? null : judge(policy, remedy, facts, applies, options);
    if (decisions) decisions[index] = verdict === null ? null : { ...verdict, checks: [...verdict.checks] };
    if (verdict !== null) verdicts.push(verdict);
  }
  return verdicts;
}

/** Each remedy's verdict by its place in the policy: null when it is not listed, undefined until judged. */
type Decisions = (RemedyVerdict | null | undefined)[];

/**
 * Verdicts decided once per policy and combination of the facts they read. Without a purchase window in
 * play, a verdict reads only a handful of facts that take few values (category, problem, cause, receipt,
 * special price, coverage, which repeat, the sum asked for a discretionary remedy), so a shop's complaints
 * share a few dozen combinations and the wording of each is built once. A remedy whose conditions measure
 * the purchase's age is judged every time (its deadline and wording follow the dates). Bounded, should
 * odd input bring endless new combinations.
 */
interface Decided {
  /** Whether any condition that can decide the remedy at each place measures a window from the purchase. */
  windowed: readonly boolean[];
  decisionsFor: (key: string) => Decisions;
}

const decided = new WeakMap<Policy, Decided>();
const DECIDED_LIMIT = 2048;

function decidedOf(policy: Policy): Decided {
  const known = decided.get(policy);
  if (known) return known;
  const byFacts = new Map<string, Decisions>();
  const made: Decided = {
    windowed: policy.remedies.map(
      (remedy) =>
        remedy.appliesTo?.within !== undefined ||
        remedy.requires?.within !== undefined ||
        remedy.terms.some((term) => term.when?.within !== undefined) ||
        policy.exclusions.some(
          (exclusion) => exclusion.kinds.includes(remedy.kind) && exclusion.when.within !== undefined,
        ),
    ),
    decisionsFor: (key) => {
      let decisions = byFacts.get(key);
      if (!decisions) {
        if (byFacts.size >= DECIDED_LIMIT) byFacts.clear();
        decisions = new Array(policy.remedies.length).fill(undefined);
        byFacts.set(key, decisions);
      }
      return decisions;
    },
  };
  decided.set(policy, made);
  return made;
}

/**
 * The facts a verdict without a purchase window reads, as one key: with the sum asked for, for a
 * discretionary remedy, and without it for the rest (their verdicts do not depend on it).
 */
function factsKeys(facts: ComplaintFacts, options: EvaluateOptions): { plain: string; withSum: string } {
  const part = (value: string | number | boolean | undefined): string =>
    value === undefined ? '\u0001' : String(value);
  const plain = [
    part(facts.category),
    part(facts.problem),
    part(facts.cause),
    part(facts.hasReceipt),
    part(facts.specialPrice),
    part(facts.purchasedAt === undefined),
    part(options.outsidePolicy),
    part(options.repeatCount),
  ].join('\u0000');
  return { plain, withSum: `${plain}\u0000${part(options.requestedAmount)}` };
}
