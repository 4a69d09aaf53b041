import { CRISIS_KINDS, type CrisisKind, type FlagKind } from '../../domain/analysis.ts';

const CRISIS: ReadonlySet<FlagKind> = new Set<CrisisKind>(CRISIS_KINDS);

/**
 * Kinds that flare up in front of an audience; seed 001's first calming skill is to move such a customer
 * away from other shoppers (有效隔离投诉客户).
 */
const HEATED: ReadonlySet<FlagKind> = new Set<FlagKind>([
  'irritable',
  'arrogant',
  'vulgar',
  'drunk',
  'argumentative',
  'troublemaker',
  'domineering',
]);

/**
 * Kinds that mean the customer is angry now — shouting, insults, threats of harm. Whatever their
 * temperament, the method's answer is the same: don't argue, keep it short, solve it (seed 002: 不与顾客争辩).
 */
const ANGRY: ReadonlySet<FlagKind> = new Set<FlagKind>(['irritable', 'vulgar', 'violence']);

/** True when the customer is angry now: short, direct wording and no argument, whatever the type. */
export function isAngry(flags: readonly FlagKind[]): boolean {
  return flags.some((flag) => ANGRY.has(flag));
}

/** True when any flag is a crisis sign: the manager must hear at once (seed 001). */
export function hasCrisis(flags: readonly FlagKind[]): boolean {
  return flags.some((flag) => CRISIS.has(flag));
}

/** True when the conversation should move somewhere quieter, away from other shoppers. */
export function needsQuietPlace(flags: readonly FlagKind[]): boolean {
  return flags.some((flag) => HEATED.has(flag) || CRISIS.has(flag));
}
