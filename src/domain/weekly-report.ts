import { z } from 'zod';
import { SuspectedCauseSchema } from './complaint.ts';

const At = z.iso.datetime({ offset: true });

const PostRefSchema = z
  .object({ channel: z.string().min(1), ts: z.string().min(1) })
  .strict()
  .nullable();

/** A tally of the period (store name, category id) and how many complaints. */
const CountSchema = z.object({ key: z.string(), count: z.number().int().positive() }).strict();

/** One cause: complaints in the period and in the previous period of the same length. */
export const CauseTrendSchema = z
  .object({
    cause: SuspectedCauseSchema,
    count: z.number().int().nonnegative(),
    previous: z.number().int().nonnegative(),
  })
  .strict();
export type CauseTrend = z.infer<typeof CauseTrendSchema>;

/** A policy rule behind the period's complaints: how many cases its remedies were proposed on, and of those how many needed a manager. */
export const RuleCountSchema = z
  .object({
    rule: z.string().min(1),
    cited: z.number().int().positive(),
    approvals: z.number().int().nonnegative(),
  })
  .strict();
export type RuleCount = z.infer<typeof RuleCountSchema>;

/** An improvement (改善) a store recorded on a case in the period. Raw text: the renderer masks and escapes it. */
export const WeeklyImprovementSchema = z
  .object({
    id: z.string().min(1),
    store: z.string(),
    cause: SuspectedCauseSchema,
    at: At,
    improvement: z.string(),
    post: PostRefSchema,
  })
  .strict();
export type WeeklyImprovement = z.infer<typeof WeeklyImprovementSchema>;

/**
 * Whether complaints of a cause fell after the first improvement recorded on a case of that cause:
 * complaints filed in the window [since, to) against the same-length window just before it.
 */
export const ImprovementEffectSchema = z
  .object({
    cause: SuspectedCauseSchema,
    /** When the first improvement on a case of this cause was recorded. */
    since: At,
    /** The length of each window, in days (fractional). */
    windowDays: z.number().nonnegative(),
    before: z.number().int().nonnegative(),
    after: z.number().int().nonnegative(),
  })
  .strict();
export type ImprovementEffect = z.infer<typeof ImprovementEffectSchema>;

/**
 * Everything one weekly root-cause report says, as plain data: built once by whichever instance claims the
 * slot, stored with it, and rendered to Slack or the terminal from here (issue 15, closing the loop).
 */
export const WeeklyReportSchema = z
  .object({
    slot: At,
    /** The period covered, [from, to): the last `weeks` weeks up to the slot. */
    from: At,
    to: At,
    weeks: z.number().int().positive(),
    /** The previous period of the same length, [previousFrom, from), for the trend. */
    previousFrom: At,
    builtAt: At,
    late: z.boolean(),
    timeZone: z.string().min(1),
    total: z.number().int().nonnegative(),
    previousTotal: z.number().int().nonnegative(),
    /** Most first; a cause shows when it had complaints in either period. */
    byCause: z.array(CauseTrendSchema),
    byCategory: z.array(CountSchema),
    byStore: z.array(CountSchema),
    rules: z.array(RuleCountSchema),
    improvements: z.array(WeeklyImprovementSchema),
    /** Improvements beyond those listed. */
    improvementsOmitted: z.number().int().nonnegative(),
    effects: z.array(ImprovementEffectSchema),
  })
  .strict();
export type WeeklyReport = z.infer<typeof WeeklyReportSchema>;

/** One bar of the Pareto chart: a cause, its count, and the share of all complaints up to and including it. */
export interface ParetoBar {
  cause: CauseTrend['cause'];
  count: number;
  /** 0–1. */
  cumulativeShare: number;
}

/** The causes of the period, most first, with the cumulative share line of a Pareto chart. */
export function paretoOf(report: Pick<WeeklyReport, 'byCause' | 'total'>): ParetoBar[] {
  let running = 0;
  return report.byCause
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((entry) => {
      running += entry.count;
      return {
        cause: entry.cause,
        count: entry.count,
        cumulativeShare: report.total === 0 ? 0 : running / report.total,
      };
    });
}
