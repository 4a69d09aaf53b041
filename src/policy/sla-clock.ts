import { BOT_ACTOR } from '../domain/aftercare.ts';
import type { FlagKind } from '../domain/analysis.ts';
import type { Case, CaseEvent } from '../domain/case.ts';
import type { BusinessDuration, Policy, SlaTargets } from '../domain/policy-schema.ts';
import { addBusinessMinutes, type BusinessCalendar, businessMinutesBetween, durationMinutes } from './business-time.ts';

/** The two clocks of a case: until someone first acts on it, and until it is resolved. */
export const SLA_TARGETS = ['firstResponse', 'resolution'] as const;
export type SlaTarget = (typeof SLA_TARGETS)[number];

/**
 * Where a clock stands: `on-track`; `at-risk` with less than the policy's share of its time left;
 * `breached` once its due time has passed unmet (also when it was met late); `met` in time.
 */
export type SlaState = 'on-track' | 'at-risk' | 'breached' | 'met';

/** What a clock reads of a case: a full case or its outline (the digest's and the sweep's reading). */
export interface SlaCase {
  createdAt: Case['createdAt'];
  history: readonly CaseEvent[];
  analysis: {
    category: string | null;
    flags?: readonly { kind: FlagKind; group: 'difficult' | 'crisis' }[] | undefined;
  };
}

/** One clock of one case, as of a moment. */
export interface SlaClock {
  target: SlaTarget;
  /** The target's length in minutes of opening time. */
  minutes: number;
  /** The policy entry that set it: `default`, `category:watch`, `flag:media`, `flag:crisis`. */
  source: string;
  startedAt: string;
  dueAt: string;
  /** When it was met (in time or late); absent while it runs. */
  metAt?: string;
  /** Opening minutes left until due, to now or to when it was met; negative: that long past due. */
  leftMinutes: number;
  state: SlaState;
}

/**
 * What counts as answering the customer: someone (never the bot) proposing a remedy, asking a manager,
 * promising or handing over a repair, resolving, calling back. Correcting the temperament or a manager's
 * decision is work on the case, not a word to the customer, so it does not stop the clock.
 */
const RESPONSE_EVENTS: ReadonlySet<CaseEvent['type']> = new Set([
  'proposed',
  'approval-requested',
  'resolved',
  // An offer the customer did not accept was still an answer to them (issue 15).
  'customer-declined',
  'followed-up',
  'repair-promised',
  'repair-ready',
  'repair-collected',
]);

/** When the case was first acted on (the first response), if it has been. */
export function firstResponseAt(record: Pick<SlaCase, 'history'>): string | undefined {
  return record.history.find((event) => RESPONSE_EVENTS.has(event.type) && event.by !== BOT_ACTOR)?.at;
}

function resolvedAt(record: Pick<SlaCase, 'history'>): string | undefined {
  return record.history.find((event) => event.type === 'resolved')?.at;
}

/** Every entry of the policy's `sla` that matches the case, with where it came from. */
function matchingTargets(record: SlaCase, policy: Policy): { source: string; targets: SlaTargets }[] {
  const sla = policy.sla;
  if (!sla) return [];
  const found: { source: string; targets: SlaTargets }[] = [];
  if (sla.default) found.push({ source: 'default', targets: sla.default });
  const category = record.analysis.category;
  const byCategory = category === null ? undefined : sla.byCategory[category];
  if (category !== null && byCategory) found.push({ source: `category:${category}`, targets: byCategory });
  for (const flag of record.analysis.flags ?? []) {
    for (const key of [flag.kind, flag.group]) {
      const targets = sla.byFlag[key];
      if (targets) found.push({ source: `flag:${key}`, targets });
    }
  }
  return found;
}

/** The strictest of the matching targets for one clock, in minutes of opening time; undefined when none is set. */
export function slaTargetFor(
  record: SlaCase,
  policy: Policy,
  target: SlaTarget,
): { minutes: number; source: string } | undefined {
  let best: { minutes: number; source: string } | undefined;
  for (const { source, targets } of matchingTargets(record, policy)) {
    const duration: BusinessDuration | undefined = targets[target];
    if (!duration) continue;
    const minutes = durationMinutes(duration, policy.businessHours);
    if (!best || minutes < best.minutes) best = { minutes, source };
  }
  return best;
}

/**
 * The case's SLA clocks as of `now` (pure): each target the policy sets for it, due that many opening
 * minutes after filing (the clock stops at night, on closed weekdays), with the time left and its state.
 * No `sla` in the policy, or no target matching the case: no clocks.
 */
export function slaClocks(record: SlaCase, policy: Policy, now: Date): SlaClock[] {
  const sla = policy.sla;
  if (!sla) return [];
  const calendar: BusinessCalendar = { hours: policy.businessHours, timeZone: policy.timezone };
  const start = new Date(record.createdAt);
  return SLA_TARGETS.flatMap((target): SlaClock[] => {
    const chosen = slaTargetFor(record, policy, target);
    if (!chosen) return [];
    const due = addBusinessMinutes(start, chosen.minutes, calendar);
    const metAt = target === 'firstResponse' ? firstResponseAt(record) : resolvedAt(record);
    const until = metAt ? new Date(metAt) : now;
    const leftMinutes =
      until.getTime() <= due.getTime()
        ? businessMinutesBetween(until, due, calendar)
        : -businessMinutesBetween(due, until, calendar);
    const late = until.getTime() > due.getTime();
    const atRisk = leftMinutes * 100 < chosen.minutes * sla.atRiskPercent;
    const state: SlaState = late ? 'breached' : metAt ? 'met' : atRisk ? 'at-risk' : 'on-track';
    return [
      {
        target,
        minutes: chosen.minutes,
        source: chosen.source,
        startedAt: record.createdAt,
        dueAt: due.toISOString(),
        ...(metAt ? { metAt } : {}),
        leftMinutes,
        state,
      },
    ];
  });
}

/**
 * The clocks of a case that have run past their target and are still running — nobody has answered the
 * customer, or the case is still not resolved: what an escalation ladder acts on.
 */
export function breachedTargets(record: SlaCase, policy: Policy, now: Date): SlaClock[] {
  return slaClocks(record, policy, now).filter((clock) => clock.state === 'breached' && clock.metAt === undefined);
}
