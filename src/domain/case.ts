import { z } from 'zod';
import { LocalizedSchema } from '../shared/language.ts';
import { LocalDateSchema } from '../shared/local-date.ts';
import { AnalysisSchema, CRISIS_KINDS, TemperamentReadSchema, TemperamentSchema } from './analysis.ts';
import { ComplaintSchema } from './complaint.ts';
import { RemedyVerdictSchema } from './remedy-verdict.ts';
import { RepeatHistorySchema } from './repeat-customer.ts';

/**
 * Where a case stands. A case moves forward only: a proposal may need a manager's approval, a rejected
 * request goes back to open so staff can propose again, and a resolved case is followed up, then closed.
 */
export const CASE_STATUSES = ['open', 'proposed', 'awaiting-approval', 'resolved', 'followed-up', 'closed'] as const;
export const CaseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/**
 * Why a case's customer data was erased: `retention`, closed longer than RETENTION_DAYS; `request`, the
 * customer asked (PIPL/GDPR, `npm run erase`).
 */
export const ERASURE_REASONS = ['retention', 'request'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

const At = z.iso.datetime({ offset: true });
/** A Slack user id, or another stable id of the person who acted. */
const Actor = z.string().min(1).max(64);
const Reason = z.string().trim().min(1).max(1000);
const Amount = z.number().finite().nonnegative();

/** A customer's satisfaction afterwards, 1 (very unhappy) to 5 (very happy), as staff judged or asked it. */
export const SatisfactionSchema = z.number().int().min(1).max(5);

/** What resolving a case records, whether the customer accepted it (`resolved`) or not (`customer-declined`). */
const ResolutionFields = {
  /** What was done for the customer. */
  outcome: Reason,
  satisfaction: SatisfactionSchema,
  /** What the store changes so it does not happen again (seed 002, step 7 改善). */
  improvement: Reason.optional(),
};

/** A manager's decision on a request for approval. */
export const DecisionEventSchema = z
  .object({
    type: z.literal('decided'),
    at: At,
    by: Actor,
    decision: z.enum(['approved', 'adjusted', 'rejected']),
    remedyId: z.string().min(1),
    amount: Amount.optional(),
    reason: Reason.optional(),
  })
  .strict();

/** One entry of a case's history; the history is only ever appended to. */
export const CaseEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('created'), at: At, by: Actor }).strict(),
  z
    .object({
      type: z.literal('temperament-corrected'),
      at: At,
      by: Actor,
      /** `unknown` when the reading named no type and staff named one. */
      from: TemperamentReadSchema,
      to: TemperamentSchema,
    })
    .strict(),
  z
    .object({
      type: z.literal('proposed'),
      at: At,
      by: Actor,
      remedyId: z.string().min(1),
      amount: Amount.optional(),
      note: Reason.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('approval-requested'),
      at: At,
      by: Actor,
      remedyId: z.string().min(1),
      amount: Amount.optional(),
      reason: Reason,
    })
    .strict(),
  z.object({ type: z.literal('approval-withdrawn'), at: At, by: Actor, reason: Reason.optional() }).strict(),
  DecisionEventSchema,
  z.object({ type: z.literal('resolved'), at: At, by: Actor, ...ResolutionFields }).strict(),
  z
    .object({
      type: z.literal('followed-up'),
      at: At,
      by: Actor,
      result: Reason,
      satisfaction: SatisfactionSchema.optional(),
    })
    .strict(),
  z.object({ type: z.literal('closed'), at: At, by: Actor, note: Reason.optional() }).strict(),
  // Repairs (seed 002): a written due date that is never broken, then "ready", then collected; see aftercare.ts.
  z
    .object({
      type: z.literal('repair-promised'),
      at: At,
      by: Actor,
      /** The repair remedy agreed, a remedy of the case's verdicts whose kind is a repair kind. */
      remedyId: z.string().min(1),
      /** The date promised to the customer, in the store's time zone; a later promise replaces it. */
      promisedFor: LocalDateSchema,
      note: Reason.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('repair-ready'),
      at: At,
      by: Actor,
      /** The day the customer was told it is ready; the month before it counts as abandoned starts here. */
      customerToldOn: LocalDateSchema,
    })
    .strict(),
  z.object({ type: z.literal('repair-collected'), at: At, by: Actor }).strict(),
  // A crisis flag alerted the escalation ladder's first level at once (issue 15): recorded by the bot, once per case.
  z
    .object({
      type: z.literal('crisis-alerted'),
      at: At,
      by: Actor,
      /** The crisis flags the case had when the alert went out. */
      flags: z.array(z.enum(CRISIS_KINDS)).min(1),
      /** The ladder's level (1 is the first) and its name as the policy gave it then. */
      level: z.number().int().positive(),
      levelName: LocalizedSchema,
      /** Everyone alerted, groups expanded; empty when the level had nobody in it then. */
      notified: z.array(Actor),
    })
    .strict(),
  // The escalation ladder (issue 15): a case whose SLA clock ran past its target, escalated once per level.
  z
    .object({
      type: z.literal('escalated'),
      at: At,
      by: Actor,
      /** The ladder's level (1 is the first) and its name as the policy gave it then. */
      level: z.number().int().positive(),
      levelName: LocalizedSchema,
      /** The clock that ran over (sla-clock.ts's SlaTarget) and by how many opening minutes, when escalated. */
      target: z.enum(['firstResponse', 'resolution']),
      overdueMinutes: z.number().int().nonnegative(),
      /** Everyone told, groups expanded; empty when the level had nobody in it then. */
      notified: z.array(Actor),
    })
    .strict(),
  // A request for approval left undecided past the policy's `escalation.approvalAfterHours` (issue 15): told
  // to one level of the ladder above the approvers, whose people may then decide that request too.
  z
    .object({
      type: z.literal('approval-escalated'),
      at: At,
      by: Actor,
      /** The request (the index of its `approval-requested` event). */
      request: z.number().int().nonnegative(),
      /** The ladder's level (1 is the first) and its name as the policy gave it then. */
      level: z.number().int().positive(),
      levelName: LocalizedSchema,
      /** Opening minutes the request had waited when it was escalated. */
      waitedMinutes: z.number().int().nonnegative(),
      /** Everyone told, groups expanded: they may decide this request; empty when the level had nobody. */
      notified: z.array(Actor),
    })
    .strict(),
  // Handoff (换人, issue 15): the method changes the person when a talk goes badly; the case follows its new owner.
  z
    .object({
      type: z.literal('handed-over'),
      at: At,
      by: Actor,
      /** The owner it was handed from, and the colleague it was handed to (its owner from now on). */
      from: Actor,
      to: Actor,
      note: Reason.optional(),
      /** The handoff form's view id: a retried or double submit of the same form finds it and hands nothing. */
      form: z.string().min(1).max(64).optional(),
    })
    .strict(),
  // Resolving asks whether the customer accepted (issue 15): what was offered and refused; the case stays open.
  z.object({ type: z.literal('customer-declined'), at: At, by: Actor, ...ResolutionFields }).strict(),
  // The customer came back after the case was resolved: it is open again (issue 15).
  z.object({ type: z.literal('reopened'), at: At, by: Actor, reason: Reason.optional() }).strict(),
  // The customer's words, contacts and reference erased (issue 15): under the retention policy once the case
  // had been closed long enough, or on the customer's request; see erasure.ts. Says why, never what.
  z.object({ type: z.literal('erased'), at: At, by: Actor, reason: z.enum(ERASURE_REASONS) }).strict(),
]);
export type CaseEvent = z.infer<typeof CaseEventSchema>;
export type DecisionEvent = z.infer<typeof DecisionEventSchema>;
export type ApprovalRequestedEvent = Extract<CaseEvent, { type: 'approval-requested' }>;
export type ApprovalWithdrawnEvent = Extract<CaseEvent, { type: 'approval-withdrawn' }>;
export type HandedOverEvent = Extract<CaseEvent, { type: 'handed-over' }>;

/** What staff propose to do, and whether a manager has cleared it. */
export const ProposalSchema = z
  .object({
    remedyId: z.string().min(1),
    amount: Amount.optional(),
    needsApproval: z.boolean(),
    approved: z.boolean(),
  })
  .strict();
export type Proposal = z.infer<typeof ProposalSchema>;

/** One posted copy of a request for approval. */
export const ApprovalMessageSchema = z
  .object({
    /** The index of the `approval-requested` event in the case's history: the request's id. */
    request: z.number().int().nonnegative(),
    /** `thread` for the review channel's thread, else the approver's user id. */
    target: z.string().min(1).max(64),
    channel: z.string().min(1),
    ts: z.string().min(1),
  })
  .strict();
export type ApprovalMessage = z.infer<typeof ApprovalMessageSchema>;

/** A complaint case: the complaint, what the policy and the analysis said, and everything done since. */
export const CaseSchema = z
  .object({
    id: z.string().min(1).max(64),
    store: z.string().min(1).max(100),
    /** The staff member handling it; only they and approvers may change it. */
    owner: Actor,
    status: CaseStatusSchema,
    createdAt: At,
    updatedAt: At,
    complaint: ComplaintSchema,
    analysis: AnalysisSchema,
    /** The policy verdicts at filing time, so the case shows what the policy said then. */
    remedies: z.array(RemedyVerdictSchema),
    proposal: ProposalSchema.nullable(),
    decisions: z.array(DecisionEventSchema),
    history: z.array(CaseEventSchema).min(1),
    /** Where the case is posted in the review channel, once it is; later changes edit that message. */
    reviewPost: z
      .object({ channel: z.string().min(1), ts: z.string().min(1) })
      .strict()
      .nullable(),
    /**
     * Where each request for approval was posted (the review thread, each approver's DM), by the request's
     * index in the history, so a decision or withdrawal can update every copy. Absent on cases stored
     * before approvals were posted.
     */
    approvalMessages: z.array(ApprovalMessageSchema).optional(),
    /**
     * The decisions (their index in the history) whose requester has been told, so a notice job queued
     * twice — ahead of a decision that lost the race, after a restart — tells them once.
     */
    decisionsNoticed: z.array(z.number().int().nonnegative()).optional(),
    /**
     * The customer's earlier complaints (issue 15), when staff gave their phone or member number: counted at
     * filing, and again when a manager is asked to approve, so the request shows what was granted before.
     */
    repeat: RepeatHistorySchema.optional(),
    /** Bumped by every stored change, so concurrent writers can detect each other. */
    version: z.number().int().nonnegative(),
  })
  .strict();
export type Case = z.infer<typeof CaseSchema>;
