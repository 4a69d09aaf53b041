import type { Policy } from '../domain/policy-schema.ts';
import { openMinutesPerDay } from './business-time.ts';
import { breachedTargets, type SlaCase, type SlaClock } from './sla-clock.ts';

/** The level an overdue case has reached, and the clock that brought it there. */
export interface EscalationDue {
  /** 1 is the ladder's first level. */
  level: number;
  clock: SlaClock;
  /** Opening minutes past the clock's target. */
  overdueMinutes: number;
}

/**
 * The ladder level a case has reached (pure): level 1 when one of its clocks breaches, and one level more
 * for each further full length of that clock's target it stays breached (a 2 h first response: level 2 at
 * 2 h overdue, level 3 at 4 h), up to the ladder's top. A level that fell due over an opening day ago is
 * old news (the bot was down, or the ladder was just turned on over old cases) and is not acted on; the
 * next level still is. Undefined without `escalation` or `sla`, or when no clock runs over.
 */
export function escalationDue(record: SlaCase, policy: Policy, now: Date): EscalationDue | undefined {
  const levels = policy.escalation?.levels.length ?? 0;
  if (levels === 0 || !policy.sla) return undefined;
  const staleAfter = openMinutesPerDay(policy.businessHours);
  let best: EscalationDue | undefined;
  for (const clock of breachedTargets(record, policy, now)) {
    const overdueMinutes = Math.max(0, -clock.leftMinutes);
    const level = Math.min(levels, Math.floor(overdueMinutes / clock.minutes) + 1);
    if (overdueMinutes - (level - 1) * clock.minutes > staleAfter) continue;
    if (!best || level > best.level || (level === best.level && overdueMinutes > best.overdueMinutes))
      best = { level, clock, overdueMinutes };
  }
  return best;
}
