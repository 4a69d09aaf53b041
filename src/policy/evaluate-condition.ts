import type { Complaint, SuspectedCause } from '../domain/complaint.ts';
import type { Condition } from '../domain/policy-schema.ts';
import { addPeriod } from './period.ts';

/** What a rule can know about a complaint at one moment; `undefined` means staff have not said. */
export interface ComplaintFacts {
  category: string | undefined;
  problem: string | undefined;
  cause: Exclude<SuspectedCause, 'unknown'> | undefined;
  hasReceipt: boolean | undefined;
  specialPrice: boolean;
  purchasedAt: Date | undefined;
  now: Date;
  /** The store's time zone, for calendar days and months. */
  timeZone: string;
}

/** The keys a condition may hold, in the order reasons mention them. */
export type ConditionKey = keyof Condition;
const CONDITION_KEYS: readonly ConditionKey[] = [
  'specialPrice',
  'categories',
  'problems',
  'causes',
  'receipt',
  'within',
];

/** How a condition fared, key by key (only keys the condition names), and where its window ends. */
export interface ConditionResult {
  held: ConditionKey[];
  failed: ConditionKey[];
  unknown: ConditionKey[];
  /** When `within` ends for this purchase; null without `within` or without a purchase date. */
  windowEnd: Date | null;
}

/** Gathers the facts of a complaint; a purchase date that does not parse counts as unknown. */
export function complaintFacts(complaint: Complaint, now: Date, timeZone: string): ComplaintFacts {
  const bought = complaint.purchasedAt === undefined ? undefined : new Date(complaint.purchasedAt);
  const purchasedAt = bought === undefined || Number.isNaN(bought.getTime()) ? undefined : bought;
  return {
    category: complaint.category,
    problem: complaint.problem,
    cause: complaint.suspectedCause === 'unknown' ? undefined : complaint.suspectedCause,
    hasReceipt: complaint.hasReceipt,
    specialPrice: complaint.specialPrice,
    purchasedAt,
    now,
    timeZone,
  };
}

/**
 * The time between purchase and now; undefined when the purchase date is unknown. A purchase in the
 * future is the caller's mistake to report, so here it simply counts as bought just now.
 */
export function ageMs(facts: ComplaintFacts): number | undefined {
  return facts.purchasedAt === undefined ? undefined : Math.max(0, facts.now.getTime() - facts.purchasedAt.getTime());
}

// Each outcome is null when the condition does not name the key, undefined when the fact is unknown.
function listed<T>(allowed: readonly T[] | undefined, value: T | undefined): boolean | null | undefined {
  if (allowed === undefined) return null;
  return value === undefined ? undefined : allowed.includes(value);
}

function equals<T>(expected: T | undefined, value: T | undefined): boolean | null | undefined {
  if (expected === undefined) return null;
  return value === undefined ? undefined : value === expected;
}

/**
 * Evaluates every key of a condition against the facts. A key holds, fails, or is unknown because the
 * fact is missing; callers decide what an unknown means (list the remedy, or ask staff to confirm).
 */
export function evaluateCondition(condition: Condition | undefined, facts: ComplaintFacts): ConditionResult {
  const result: ConditionResult = { held: [], failed: [], unknown: [], windowEnd: null };
  if (!condition) return result;
  const windowEnd =
    condition.within && facts.purchasedAt ? addPeriod(facts.purchasedAt, condition.within, facts.timeZone) : null;
  const outcomes: Record<ConditionKey, boolean | null | undefined> = {
    specialPrice: equals(condition.specialPrice, facts.specialPrice),
    categories: listed(condition.categories, facts.category),
    problems: listed(condition.problems, facts.problem),
    // A policy may name `unknown` on purpose (e.g. "when staff cannot tell"); then an unknown cause holds.
    causes: listed(condition.causes, facts.cause ?? (condition.causes?.includes('unknown') ? 'unknown' : undefined)),
    receipt: equals(condition.receipt, facts.hasReceipt),
    within: condition.within === undefined ? null : windowEnd === null ? undefined : facts.now <= windowEnd,
  };
  for (const key of CONDITION_KEYS) {
    const outcome = outcomes[key];
    if (outcome === true) result.held.push(key);
    if (outcome === false) result.failed.push(key);
    if (outcome === undefined) result.unknown.push(key);
  }
  result.windowEnd = windowEnd;
  return result;
}

/** True when no key failed and no fact was missing. */
export function holds(result: ConditionResult): boolean {
  return result.failed.length === 0 && result.unknown.length === 0;
}
