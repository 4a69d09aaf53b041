import type { CaseOutline } from '../domain/case-outline.ts';
import type { SuspectedCause } from '../domain/complaint.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type {
  CauseTrend,
  ImprovementEffect,
  RuleCount,
  WeeklyImprovement,
  WeeklyReport,
} from '../domain/weekly-report.ts';
import { count, LATE_AFTER_MS, tally, within } from './build-digest-report.ts';

export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The most improvements a report lists; the rest are counted. A weekly meeting reads them aloud. */
export const WEEKLY_IMPROVEMENT_CAP = 30;

export interface WeeklyPeriod {
  /** The scheduled moment (or, from the terminal, now) the report is for; the period ends here. */
  slot: Date;
  weeks: number;
  now: Date;
  policy: Policy;
}

/** The period a report covers and the previous one of the same length: [previousFrom, from) and [from, to). */
export function weeklyWindow(slot: Date, weeks: number): { previousFrom: Date; from: Date; to: Date } {
  const length = weeks * WEEK_MS;
  return {
    previousFrom: new Date(slot.getTime() - 2 * length),
    from: new Date(slot.getTime() - length),
    to: slot,
  };
}

/** The remedy a case's handling rests on: the one proposed (or put to a manager) last. */
function remedyOf(record: CaseOutline): string | undefined {
  if (record.proposal) return record.proposal.remedyId;
  for (let index = record.history.length - 1; index >= 0; index -= 1) {
    const event = record.history[index];
    if (event?.type === 'proposed' || event?.type === 'approval-requested') return event.remedyId;
  }
  return undefined;
}

/** Every improvement recorded on a case, when and what (resolving records one, accepted by the customer or not). */
function improvementsOf(record: CaseOutline): { at: string; text: string }[] {
  return record.history.flatMap((event) =>
    (event.type === 'resolved' || event.type === 'customer-declined') && event.improvement
      ? [{ at: event.at, text: event.improvement }]
      : [],
  );
}

/**
 * Builds a weekly root-cause report from every case filed up to the slot, handed over one at a time: it
 * keeps the counts of the period and the previous one, the improvements of the period, and of each case
 * only its cause and filing time (for whether complaints fell after an improvement), so a store's whole
 * history never sits in memory as records.
 */
export class WeeklyReportBuilder {
  readonly #period: WeeklyPeriod;
  readonly #window: ReturnType<typeof weeklyWindow>;
  readonly #seen = new Set<string>();
  readonly #current = new Map<string, number>();
  readonly #previous = new Map<string, number>();
  readonly #byCategory = new Map<string, number>();
  readonly #byStore = new Map<string, number>();
  readonly #rules = new Map<string, { cited: number; approvals: number }>();
  readonly #improvements: WeeklyImprovement[] = [];
  readonly #firstImprovement = new Map<SuspectedCause, number>();
  /** Filing times by cause, for the before/after windows. */
  readonly #filed = new Map<SuspectedCause, number[]>();

  constructor(period: WeeklyPeriod) {
    this.#period = period;
    this.#window = weeklyWindow(period.slot, period.weeks);
  }

  add(record: CaseOutline): void {
    if (this.#seen.has(record.id)) return;
    this.#seen.add(record.id);
    const { previousFrom, from, to } = this.#window;
    const cause = record.complaint.suspectedCause;
    const filedAt = Date.parse(record.createdAt);
    if (filedAt >= to.getTime()) return;
    const times = this.#filed.get(cause) ?? [];
    times.push(filedAt);
    this.#filed.set(cause, times);
    for (const improvement of improvementsOf(record)) {
      const at = Date.parse(improvement.at);
      if (at >= to.getTime()) continue;
      const first = this.#firstImprovement.get(cause);
      if (first === undefined || at < first) this.#firstImprovement.set(cause, at);
      if (within(improvement.at, from, to)) {
        this.#improvements.push({
          id: record.id,
          store: record.store,
          cause,
          at: improvement.at,
          improvement: improvement.text,
          post: record.reviewPost,
        });
      }
    }
    if (within(record.createdAt, previousFrom, from)) count(this.#previous, cause);
    if (!within(record.createdAt, from, to)) return;
    count(this.#current, cause);
    count(this.#byCategory, record.analysis.category ?? 'unknown');
    count(this.#byStore, record.store);
    const remedyId = remedyOf(record);
    const rule = remedyId && this.#period.policy.remedies.find((remedy) => remedy.id === remedyId)?.rule;
    if (rule) {
      const entry = this.#rules.get(rule) ?? { cited: 0, approvals: 0 };
      entry.cited += 1;
      if (record.proposal?.needsApproval || record.history.some((event) => event.type === 'approval-requested')) {
        entry.approvals += 1;
      }
      this.#rules.set(rule, entry);
    }
  }

  #effects(): ImprovementEffect[] {
    const { to } = this.#window;
    return [...this.#firstImprovement]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([cause, since]) => {
        // The same length on both sides: everything since the improvement against as long just before it.
        const length = to.getTime() - since;
        const times = this.#filed.get(cause) ?? [];
        return {
          cause,
          since: new Date(since).toISOString(),
          windowDays: Math.round((length / DAY_MS) * 10) / 10,
          before: times.filter((at) => at >= since - length && at < since).length,
          after: times.filter((at) => at >= since && at < to.getTime()).length,
        };
      });
  }

  build(): WeeklyReport {
    const { slot, weeks, now, policy } = this.#period;
    const { previousFrom, from, to } = this.#window;
    const causes = new Set([...this.#current.keys(), ...this.#previous.keys()]) as Set<SuspectedCause>;
    const byCause: CauseTrend[] = [...causes]
      .map((cause) => ({ cause, count: this.#current.get(cause) ?? 0, previous: this.#previous.get(cause) ?? 0 }))
      .sort((a, b) => b.count - a.count || b.previous - a.previous || (a.cause < b.cause ? -1 : 1));
    const rules: RuleCount[] = [...this.#rules]
      .map(([rule, entry]) => ({ rule, ...entry }))
      .sort((a, b) => b.cited - a.cited || (a.rule < b.rule ? -1 : 1));
    const improvements = [...this.#improvements].sort(
      (a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1),
    );
    const sum = (counts: Map<string, number>) => [...counts.values()].reduce((total, value) => total + value, 0);
    return {
      slot: slot.toISOString(),
      from: from.toISOString(),
      to: to.toISOString(),
      weeks,
      previousFrom: previousFrom.toISOString(),
      builtAt: now.toISOString(),
      late: now.getTime() - slot.getTime() > LATE_AFTER_MS,
      timeZone: policy.timezone,
      total: sum(this.#current),
      previousTotal: sum(this.#previous),
      byCause,
      byCategory: tally(this.#byCategory),
      byStore: tally(this.#byStore),
      rules,
      improvements: improvements.slice(0, WEEKLY_IMPROVEMENT_CAP),
      improvementsOmitted: Math.max(0, improvements.length - WEEKLY_IMPROVEMENT_CAP),
      effects: this.#effects(),
    };
  }
}

/** The weekly root-cause report of `cases` (pure: the same cases give the same report). */
export function buildWeeklyReport(cases: Iterable<CaseOutline>, period: WeeklyPeriod): WeeklyReport {
  const builder = new WeeklyReportBuilder(period);
  for (const record of cases) builder.add(record);
  return builder.build();
}
