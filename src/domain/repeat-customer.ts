import { z } from 'zod';
import type { RemedyKind } from './policy-schema.ts';

/** Goodwill money: what "granted before" adds up (a refund returns the customer's own money, so it is not counted). */
export const COMPENSATION_KINDS: readonly RemedyKind[] = ['compensation', 'discount', 'gift'];

/** The window repeat customers are counted over when the policy file does not say. */
export const DEFAULT_REPEAT_DAYS = 90;

/** One earlier case of the same customer, as the repeat line links it. */
export const EarlierCaseSchema = z
  .object({
    id: z.string().min(1).max(64),
    createdAt: z.iso.datetime({ offset: true }),
    /** Goodwill money granted on it (approved, or given within staff authority and carried out). */
    granted: z.number().finite().nonnegative(),
    /** The link to its review post, when it was posted and Slack could say where. */
    link: z.string().url().max(500).optional(),
  })
  .strict();
export type EarlierCase = z.infer<typeof EarlierCaseSchema>;

/**
 * The customer's complaints within the window before this one, as counted when the case was filed or a
 * manager was last asked to approve (issue 15): counts and money only — never the customer's temperament,
 * which is a reading of one conversation, not a trait of the person.
 */
export const RepeatHistorySchema = z
  .object({
    withinDays: z.number().int().positive(),
    /** This case included: 3 means the third complaint in the window. */
    count: z.number().int().positive(),
    /** Goodwill money granted on the earlier cases of the window. */
    granted: z.number().finite().nonnegative(),
    /** The earlier cases of the window, newest first. */
    earlier: z.array(EarlierCaseSchema).max(50),
    at: z.iso.datetime({ offset: true }),
  })
  .strict();
export type RepeatHistory = z.infer<typeof RepeatHistorySchema>;

/**
 * What the count reads of a case (its shape, not the Case type: case.ts keeps a RepeatHistory, and the
 * model must not import round a circle).
 */
export interface CaseForRepeat {
  id: string;
  createdAt: string;
  status: string;
  proposal: { remedyId: string; amount?: number | undefined; needsApproval: boolean; approved: boolean } | null;
  remedies: readonly { id: string; kind: RemedyKind }[];
}

/**
 * Goodwill money a case has granted: its current proposal's amount when the proposal is a compensation
 * kind and a manager approved it, or it was within staff authority and the case was resolved with it.
 */
export function grantedOn(record: Omit<CaseForRepeat, 'id' | 'createdAt'>): number {
  const { proposal } = record;
  if (proposal?.amount === undefined) return 0;
  const kind = record.remedies.find((remedy) => remedy.id === proposal.remedyId)?.kind;
  if (!kind || !COMPENSATION_KINDS.includes(kind)) return 0;
  const carriedOut = ['resolved', 'followed-up', 'closed'].includes(record.status);
  return proposal.approved || (!proposal.needsApproval && carriedOut) ? proposal.amount : 0;
}

/**
 * The repeat history of a case filed at `filedAt` from the same customer's cases (any order, this case
 * among them or not): those filed in the `withinDays` before it, and what they granted. Pure.
 */
export function repeatHistoryOf<Record extends CaseForRepeat>(
  current: { id: string; filedAt: string },
  sameCustomer: readonly Record[],
  withinDays: number,
  at: string,
): RepeatHistory {
  const filed = Date.parse(current.filedAt);
  const from = filed - withinDays * 24 * 3600_000;
  const earlier = sameCustomer
    .filter((record) => record.id !== current.id)
    .filter((record) => {
      const created = Date.parse(record.createdAt);
      return created >= from && created <= filed;
    })
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .map((record): EarlierCase => ({ id: record.id, createdAt: record.createdAt, granted: grantedOn(record) }));
  return {
    withinDays,
    count: earlier.length + 1,
    granted: earlier.reduce((sum, record) => sum + record.granted, 0),
    earlier: earlier.slice(0, 50),
    at,
  };
}
