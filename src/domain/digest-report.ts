import { z } from 'zod';
import { TemperamentReadSchema } from './analysis.ts';
import { CaseStatusSchema, SatisfactionSchema } from './case.ts';
import { SuspectedCauseSchema } from './complaint.ts';

const At = z.iso.datetime({ offset: true });
/** A calendar day in the store's time zone, `YYYY-MM-DD`. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Where a case is posted in the review channel, so the digest can link to it. */
const PostRefSchema = z
  .object({ channel: z.string().min(1), ts: z.string().min(1) })
  .strict()
  .nullable();

/** One tally of the period: a key (store name, category id, temperament, cause) and how many cases. */
const TallySchema = z.object({ key: z.string(), count: z.number().int().positive() }).strict();
export type Tally = z.infer<typeof TallySchema>;

/**
 * One case as the morning meeting hears it (seed 000/002): what the complaint was, its cause, how it
 * was handled, the customer's satisfaction afterwards and the improvement made. Raw text: the renderer
 * masks and escapes it for the channel.
 */
export const DigestCaseSchema = z
  .object({
    id: z.string().min(1),
    store: z.string(),
    owner: z.string(),
    createdAt: At,
    status: CaseStatusSchema,
    /** Policy ids; null when the analyser could not tell. */
    category: z.string().nullable(),
    problem: z.string().nullable(),
    cause: SuspectedCauseSchema,
    temperament: TemperamentReadSchema,
    /** What happened, cut to a line. */
    summary: z.string(),
    /** What was done for the customer (the outcome), else the remedy proposed, else null. */
    handling: z.string().nullable(),
    /** The remedy id proposed, when there is one and no outcome yet. */
    proposedRemedy: z.string().nullable(),
    /** Satisfaction afterwards: the follow-up call's when it gave one, else the resolution's. */
    satisfaction: SatisfactionSchema.nullable(),
    improvement: z.string().nullable(),
    /**
     * The latest follow-up call (回访): what the customer said and how satisfied they were. A call made in
     * the period gives an older case its line, so the meeting hears how the customer feels afterwards.
     * Defaults to null for digests stored before calls were reported.
     */
    followUp: z
      .object({ at: At, result: z.string(), satisfaction: SatisfactionSchema.nullable() })
      .strict()
      .nullable()
      .default(null),
    post: PostRefSchema,
  })
  .strict();
export type DigestCase = z.infer<typeof DigestCaseSchema>;

/** A case still in hand: open, awaiting a manager, or a follow-up call that is due. */
export const DigestItemSchema = z
  .object({
    id: z.string().min(1),
    store: z.string(),
    owner: z.string(),
    status: CaseStatusSchema,
    /** Since when it has been waiting (filed, requested, or the follow-up's due day). */
    since: z.string(),
    /** For follow-ups and repairs: the day the call or the repair is due, and whether that day has passed. */
    dueDay: Day.optional(),
    overdue: z.boolean().optional(),
    /** For a repair ready for pickup: the day the customer was told, and when the item counts as abandoned. */
    pickup: z.object({ toldOn: Day, abandonedAfter: Day, abandoned: z.boolean() }).strict().optional(),
    /** For a repair agreed with no date promised to the customer yet: which remedy, and the day it was agreed. */
    repairWithoutDate: z
      .object({ remedyId: z.string().min(1), agreedOn: Day })
      .strict()
      .optional(),
    /** For an open case: the customer did not accept what was offered, or came back after it was resolved (issue 15). */
    customerAnswer: z.enum(['declined', 'reopened']).optional(),
    post: PostRefSchema,
  })
  .strict();
export type DigestItem = z.infer<typeof DigestItemSchema>;

/**
 * A lesson everyone should hear: an improvement a store recorded in the period, or a follow-up call in
 * the period where the customer was still unhappy (`followUpSatisfaction` set; `improvement` then holds
 * what the customer said).
 */
export const DigestLessonSchema = z
  .object({
    id: z.string().min(1),
    store: z.string(),
    improvement: z.string(),
    followUpSatisfaction: SatisfactionSchema.nullable().default(null),
    post: PostRefSchema,
  })
  .strict();
export type DigestLesson = z.infer<typeof DigestLessonSchema>;

/** A clock that ran past its target in the period (SLA clocks, issue 15). */
export const DigestBreachSchema = z
  .object({
    id: z.string().min(1),
    store: z.string(),
    owner: z.string(),
    target: z.enum(['firstResponse', 'resolution']),
    dueAt: At,
    /** When it was done after all (late); null while it is still not done. */
    metAt: At.nullable(),
    post: PostRefSchema,
  })
  .strict();
export type DigestBreach = z.infer<typeof DigestBreachSchema>;

/** The period's SLA clocks: breaches, and the share of cases within target. */
export const DigestSlaSchema = z
  .object({
    /** Cases with a clock that came due, or was met in time, in the period. */
    settled: z.number().int().nonnegative(),
    /** Of those, the cases none of whose clocks settled in the period was breached. */
    withinTarget: z.number().int().nonnegative(),
    /** The clocks whose due time fell in the period and passed unmet, oldest due first. */
    breaches: z.array(DigestBreachSchema),
    /** How many breaches there were beyond those listed. */
    omitted: z.number().int().nonnegative(),
  })
  .strict();
export type DigestSla = z.infer<typeof DigestSlaSchema>;

/**
 * Everything one morning digest says, as plain data: built once (by whichever instance claims the slot),
 * stored with the slot, and rendered to Slack or to text from here, so every part of it — also one posted
 * after a retry — shows the same facts.
 */
export const DigestReportSchema = z
  .object({
    /** The scheduled moment this digest is for. */
    slot: At,
    /** The period covered, [from, to): from the previous digest's end to this slot. */
    from: At,
    to: At,
    /** When it was built; later than the slot's grace when the bot was down at the slot. */
    builtAt: At,
    late: z.boolean(),
    /** The store's time zone, in which days and times are shown. */
    timeZone: z.string().min(1),
    /** The calendar day of the slot in that zone: what "due today" means. */
    today: Day,
    counts: z
      .object({
        byStore: z.array(TallySchema),
        byCategory: z.array(TallySchema),
        byTemperament: z.array(TallySchema),
        byCause: z.array(TallySchema),
        /** Cases per store and category, for the chart. */
        byStoreAndCategory: z.array(z.object({ store: z.string(), category: z.string(), count: z.number() })),
      })
      .strict(),
    /** Cases filed in the period, and older ones resolved or followed up in it, oldest first. */
    cases: z.array(DigestCaseSchema),
    /** Still being handled (open or proposed). */
    open: z.array(DigestItemSchema),
    awaitingApproval: z.array(DigestItemSchema),
    followUpsDue: z.array(DigestItemSchema),
    /** Repairs due tomorrow, today or overdue, agreed repairs without a promised date, and items ready for pickup (seed 002). */
    repairs: z.array(DigestItemSchema),
    lessons: z.array(DigestLessonSchema),
    /** The SLA clocks of the period; absent when the policy has no `sla` section (and in older digests). */
    sla: DigestSlaSchema.optional(),
    /**
     * Closing the loop (issue 15): cases not closed whose customer did not accept what was offered, and
     * how many times cases were reopened in the period (the customer came back). Absent in older digests.
     */
    customers: z
      .object({ notAccepted: z.number().int().nonnegative(), reopened: z.number().int().nonnegative() })
      .strict()
      .optional(),
    /** How many entries each list had before it was cut to what a digest can show. */
    omitted: z
      .object({
        cases: z.number(),
        open: z.number(),
        awaitingApproval: z.number(),
        followUpsDue: z.number(),
        repairs: z.number(),
      })
      .strict(),
  })
  .strict();
export type DigestReport = z.infer<typeof DigestReportSchema>;

/** Whether there is nothing to tell: no complaints in the period and nothing waiting on anyone. */
export function isQuietDigest(report: DigestReport): boolean {
  return (
    report.cases.length === 0 &&
    report.open.length === 0 &&
    report.awaitingApproval.length === 0 &&
    report.followUpsDue.length === 0 &&
    report.repairs.length === 0 &&
    report.lessons.length === 0 &&
    (report.sla?.breaches.length ?? 0) === 0
  );
}
