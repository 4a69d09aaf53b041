import type { EscalationLevel, Policy } from '../domain/policy-schema.ts';
import { businessMinutesBetween, openMinutesPerDay } from './business-time.ts';

/** The level a waiting request has reached. */
export interface ApprovalEscalationDue {
  /** The ladder's level (1 is its first), as in `escalation.levels`. */
  level: number;
  rung: EscalationLevel;
  /** Opening minutes the request has waited. */
  waitedMinutes: number;
}

/**
 * The ladder's levels above the approvers, with their level numbers: a level that names `approvers` is where
 * every request already goes, so a request climbs from the level after the last one that does (from the
 * first level when none does).
 */
export function levelsAboveApprovers(policy: Pick<Policy, 'escalation'>): { level: number; rung: EscalationLevel }[] {
  const levels = policy.escalation?.levels ?? [];
  const lastApprovers = levels.findLastIndex((rung) => rung.notify.includes('approvers'));
  return levels.map((rung, index) => ({ level: index + 1, rung })).slice(lastApprovers + 1);
}

/**
 * The level a request still undecided has reached (pure): the first level above the approvers once it has
 * waited `escalation.approvalAfterHours` of opening time, one level more for each further such wait, up to
 * the ladder's top. As for overdue cases, a level that fell due over an opening day ago is old news (the bot
 * was down, or the setting was just turned on over old requests) and is not acted on. Undefined without
 * `approvalAfterHours`, without a level above the approvers, or before the first wait is over.
 */
export function approvalEscalationDue(
  requestedAt: string,
  policy: Pick<Policy, 'escalation' | 'businessHours' | 'timezone'>,
  now: Date,
): ApprovalEscalationDue | undefined {
  const afterHours = policy.escalation?.approvalAfterHours;
  const above = levelsAboveApprovers(policy);
  if (afterHours === undefined || above.length === 0) return undefined;
  const step = afterHours * 60;
  const waitedMinutes = businessMinutesBetween(new Date(requestedAt), now, {
    hours: policy.businessHours,
    timeZone: policy.timezone,
  });
  const steps = Math.min(above.length, Math.floor(waitedMinutes / step));
  const reached = above[steps - 1];
  if (!reached) return undefined;
  if (waitedMinutes - steps * step > openMinutesPerDay(policy.businessHours)) return undefined;
  return { ...reached, waitedMinutes };
}
