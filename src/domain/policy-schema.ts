import { z } from 'zod';
import { LocalizedSchema } from '../shared/language.ts';
import { SuspectedCauseSchema } from './complaint.ts';

const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens (e.g. lost-stone)')
  .max(60);

/** Words that point at a category or problem in complaint text, per language. */
export const CuesSchema = z
  .object({ zh: z.array(z.string().min(1)).default([]), en: z.array(z.string().min(1)).default([]) })
  .strict();

/** A span of time after the purchase; months are calendar months. */
export const PeriodSchema = z
  .object({
    hours: z.number().int().positive().optional(),
    days: z.number().int().positive().optional(),
    months: z.number().int().positive().optional(),
  })
  .strict()
  .refine((period) => Object.values(period).filter((value) => value !== undefined).length === 1, {
    message: 'give exactly one of hours, days or months',
  });
export type Period = z.infer<typeof PeriodSchema>;

/**
 * Facts about a complaint that a rule looks at. Every key present must hold (AND); a list holds when
 * the complaint's value is one of its entries.
 */
export const ConditionSchema = z
  .object({
    categories: z.array(IdSchema).min(1).optional(),
    problems: z.array(IdSchema).min(1).optional(),
    causes: z.array(SuspectedCauseSchema).min(1).optional(),
    receipt: z.boolean().optional(),
    specialPrice: z.boolean().optional(),
    /** Holds while the time since purchase is at most this period (the end is inclusive). */
    within: PeriodSchema.optional(),
  })
  .strict();
export type Condition = z.infer<typeof ConditionSchema>;

/** What a remedy costs the customer. */
export const FeeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('free') }).strict(),
  z.object({ type: z.literal('fixed'), amount: z.number().positive() }).strict(),
  z.object({ type: z.literal('per-unit'), amount: z.number().positive(), unit: LocalizedSchema }).strict(),
  /** Charged at a cost price the policy cannot know in advance (e.g. the factory's price for a part). */
  z.object({ type: z.literal('at-cost'), basis: LocalizedSchema }).strict(),
]);
export type Fee = z.infer<typeof FeeSchema>;

/** One tier of a remedy's terms; the first tier whose condition holds applies. */
export const TermSchema = z
  .object({
    when: ConditionSchema.optional(),
    fee: FeeSchema,
    note: LocalizedSchema.optional(),
  })
  .strict();

/** A clause of the store's policy, quoted so staff and managers can see what decides. */
export const RuleSchema = z
  .object({
    id: z.string().min(1).max(20),
    title: LocalizedSchema,
    citation: LocalizedSchema,
    /** Where the clause comes from (document and article). */
    source: z.string().min(1).optional(),
  })
  .strict();
export type Rule = z.infer<typeof RuleSchema>;

/** The kinds of remedy the product knows how to word; a policy may use any subset. */
export const REMEDY_KINDS = [
  'exchange',
  'repair',
  're-setting',
  'battery',
  'movement',
  'cleaning',
  're-soldering',
  're-stringing',
  'parts',
  'screw',
  'base-clip',
  'refund',
  'discount',
  'compensation',
  'gift',
] as const;
export const RemedyKindSchema = z.enum(REMEDY_KINDS);

/** Kinds that fix the item itself (what seed 002 calls 修理); the warranty rules (R4, R5) take these away. */
export const REPAIR_KINDS: readonly RemedyKind[] = [
  'repair',
  're-setting',
  'battery',
  'movement',
  'cleaning',
  're-soldering',
  're-stringing',
  'parts',
  'screw',
  'base-clip',
];
export type RemedyKind = z.infer<typeof RemedyKindSchema>;

/**
 * A remedy the store may offer. It is listed for a complaint when `appliesTo` holds; it is eligible
 * unless an exclusion or a `requires` condition fails, or it is marked `available: false` (a rule
 * that says something cannot be done, e.g. broken lenses cannot be repaired).
 */
export const RemedySchema = z
  .object({
    id: IdSchema,
    kind: RemedyKindSchema,
    name: LocalizedSchema,
    rule: z.string().min(1),
    appliesTo: ConditionSchema.optional(),
    /** Problems this remedy addresses; a remedy is relevant when the problem is unknown or listed. */
    problems: z.array(IdSchema).min(1).optional(),
    requires: ConditionSchema.optional(),
    available: z.boolean().default(true),
    terms: z
      .array(TermSchema)
      .min(1)
      .default([{ fee: { type: 'free' } }]),
    /** Things staff must see for themselves, e.g. that the item is intact and resaleable. */
    checks: z.array(LocalizedSchema).default([]),
    /** A money remedy whose amount staff choose, up to the authority limit. */
    discretionary: z.boolean().default(false),
  })
  .strict();
export type Remedy = z.infer<typeof RemedySchema>;

/** A rule that takes remedies away whatever their own terms say (special price, single-use goods …). */
export const ExclusionSchema = z
  .object({
    rule: z.string().min(1),
    when: ConditionSchema,
    /** The remedy kinds it takes away. */
    kinds: z.array(RemedyKindSchema).min(1),
  })
  .strict();
export type Exclusion = z.infer<typeof ExclusionSchema>;

/** Who may grant what: staff alone up to a limit; managers for the rest. */
export const AuthoritySchema = z
  .object({
    rule: z.string().min(1),
    /** The most a staff member may grant alone as compensation, discount or gift value. */
    staffLimit: z.number().nonnegative(),
    /** Kinds that always need a manager, whatever the amount. */
    managerOnly: z.array(RemedyKindSchema).default([]),
  })
  .strict();
export type Authority = z.infer<typeof AuthoritySchema>;

/** Days of the week as the policy file names them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'use HH:MM, e.g. 09:00');

/**
 * When the store is open, in its `timezone`: reminders to managers wait for opening hours. Absent from
 * the file, a retail store's 09:00–21:00 every day.
 */
export const BusinessHoursSchema = z
  .object({
    open: ClockTime,
    close: ClockTime,
    days: z
      .array(z.enum(WEEKDAYS))
      .min(1)
      .default([...WEEKDAYS]),
  })
  .strict()
  .refine((hours) => hours.open < hours.close, { message: 'open must be before close', path: ['close'] });
export type BusinessHours = z.infer<typeof BusinessHoursSchema>;

export const CategorySchema = z
  .object({ id: IdSchema, name: LocalizedSchema, cues: CuesSchema.default({ zh: [], en: [] }) })
  .strict();
export type Category = z.infer<typeof CategorySchema>;

export const ProblemSchema = z
  .object({ id: IdSchema, name: LocalizedSchema, cues: CuesSchema.default({ zh: [], en: [] }) })
  .strict();
export type Problem = z.infer<typeof ProblemSchema>;

/** A length of time counted in the store's business hours. */
export interface BusinessDuration {
  amount: number;
  /** `m` minutes and `h` hours of opening time; `d` whole opening days (one day = open to close). */
  unit: 'm' | 'h' | 'd';
}

/**
 * `30m`, `4h` or `3d`, read as business time: the clock stops while the store is closed. A duration already
 * read is taken back as its text, so a parsed policy parses again to itself.
 */
const BusinessDurationSchema = z.preprocess(
  (value) =>
    typeof value === 'object' && value !== null && 'amount' in value && 'unit' in value
      ? `${String(value.amount)}${String(value.unit)}`
      : value,
  z
    .string()
    .regex(/^[1-9]\d{0,4}(m|h|d)$/, 'use a time in business hours such as 30m, 4h or 3d')
    .transform(
      (text): BusinessDuration => ({ amount: Number(text.slice(0, -1)), unit: text.slice(-1) as 'm' | 'h' | 'd' }),
    ),
);

/** The SLA clocks' targets for a kind of case; a target left out is not set by this entry. */
export const SlaTargetsSchema = z
  .object({
    /** From filing until someone first acts on the case (a proposal, a request, a repair date, resolving…). */
    firstResponse: BusinessDurationSchema.optional(),
    /** From filing until the case is resolved. */
    resolution: BusinessDurationSchema.optional(),
  })
  .strict()
  .refine((targets) => targets.firstResponse !== undefined || targets.resolution !== undefined, {
    message: 'give firstResponse, resolution or both',
  });
export type SlaTargets = z.infer<typeof SlaTargetsSchema>;

/**
 * SLA clocks (issue 15): targets in business hours, a default and overrides by category and by flag (a
 * flag kind such as `media`, or `crisis` / `difficult` for every flag of that group); of all that match a
 * case, the strictest target wins. Category and flag ids are checked by loadPolicy.
 */
export const SlaSchema = z
  .object({
    /** A target with less than this share of its time left is "at risk". */
    atRiskPercent: z.number().int().min(1).max(99).default(25),
    default: SlaTargetsSchema.optional(),
    byCategory: z.record(z.string(), SlaTargetsSchema).default({}),
    byFlag: z.record(z.string(), SlaTargetsSchema).default({}),
  })
  .strict();
export type Sla = z.infer<typeof SlaSchema>;

/**
 * Who is told, in order, when a case needs more than the store floor: a Slack user id (U…, W…), a user
 * group id (S…, its members read when someone is notified), or `approvers` (APPROVERS, groups expanded).
 * A @name or #channel is refused: Slack addresses people by id, and a name would fail only at the moment
 * it mattered.
 */
export const EscalationTargetSchema = z
  .string()
  .regex(
    /^(?:[UWS][A-Z0-9]{2,}|approvers)$/,
    'use a Slack user id (U… or W…), a user-group id (S…) or approvers — not a @name or #channel (a profile’s ⋮ menu → Copy member ID)',
  );

/** One rung of the ladder: its name as managers say it, and who it notifies. */
export const EscalationLevelSchema = z
  .object({ name: LocalizedSchema, notify: z.array(EscalationTargetSchema).min(1) })
  .strict();
export type EscalationLevel = z.infer<typeof EscalationLevelSchema>;

/**
 * The escalation ladder, first level first (e.g. store manager, then regional manager). A case with a
 * crisis flag alerts the first level at once; later levels are for cases and requests left too long.
 */
export const EscalationSchema = z
  .object({
    levels: z.array(EscalationLevelSchema).min(1),
    /**
     * Opening hours a request for approval may wait undecided before it climbs to the next level above the
     * approvers (and again after each further such wait); absent, requests are only reminded.
     */
    approvalAfterHours: z.number().positive().max(1000).optional(),
  })
  .strict();
export type Escalation = z.infer<typeof EscalationSchema>;

/**
 * Repeat customers (issue 15): how far back a customer's earlier complaints are counted, and from which
 * complaint in that window any compensation needs a manager, citing `rule` (the authority rule when absent).
 */
export const RepeatSchema = z
  .object({
    withinDays: z.number().int().positive().max(3650).default(90),
    /** 3: the third complaint in the window and every later one; absent, repeat customers are only shown. */
    raiseToManagerAt: z.number().int().min(2).max(100).optional(),
    rule: z.string().min(1).optional(),
  })
  .strict();
export type Repeat = z.infer<typeof RepeatSchema>;

/**
 * Retention (issue 15): closed cases closed more than `days` days ago have the customer's data erased
 * (erasure.ts); RETENTION_DAYS overrides it. Absent (and no RETENTION_DAYS): nothing is erased by age.
 */
export const RetentionSchema = z.object({ days: z.number().int().positive().max(36_500) }).strict();
export type Retention = z.infer<typeof RetentionSchema>;

/** The whole policy file. Cross-references (rule ids, category and problem ids) are checked by loadPolicy. */
export const PolicySchema = z
  .object({
    version: z.literal(1),
    name: LocalizedSchema,
    currency: z.string().min(1).max(10).default('CNY'),
    /** The store's time zone, used to show deadlines in local time. */
    timezone: z.string().min(1).default('Asia/Shanghai'),
    /** Days after resolution when the owner calls the customer back (回访). */
    followUpDays: z.number().int().positive().max(365).default(7),
    categories: z.array(CategorySchema).min(1),
    problems: z.array(ProblemSchema).default([]),
    rules: z.array(RuleSchema).min(1),
    remedies: z.array(RemedySchema).min(1),
    exclusions: z.array(ExclusionSchema).default([]),
    authority: AuthoritySchema,
    businessHours: BusinessHoursSchema.default({ open: '09:00', close: '21:00', days: [...WEEKDAYS] }),
    /** Absent: no crisis alerts and no escalation, as before the ladder existed. */
    escalation: EscalationSchema.optional(),
    /** SLA clocks; absent, no case has a clock. */
    sla: SlaSchema.optional(),
    /** Repeat customers; absent, they are counted over 90 days and shown, and raise nothing. */
    repeat: RepeatSchema.optional(),
    /** Retention of customers' data; absent, nothing is erased by age unless RETENTION_DAYS says so. */
    retention: RetentionSchema.optional(),
  })
  .strict();
export type Policy = z.infer<typeof PolicySchema>;
