import { z } from 'zod';
import { replaceContacts } from '../shared/contact-patterns.ts';
import { BOT_ACTOR } from './aftercare.ts';
import type { Evidence } from './analysis.ts';
import { type Case, type CaseEvent, ERASURE_REASONS, type ErasureReason } from './case.ts';
import { applyCaseEvent } from './case-transitions.ts';
import type { DigestReport } from './digest-report.ts';

/**
 * What stands where erased words were, in the fields that cannot be empty (what happened, a quote behind a
 * flag); readers show the case's erasure in the reader's language instead (see `erasureOf`).
 */
export const ERASED_TEXT = '[erased]';

/** The `erased` event of a case whose customer data was erased, or undefined. */
export function erasureOf(record: Pick<Case, 'history'>): Extract<CaseEvent, { type: 'erased' }> | undefined {
  return record.history.find((event): event is Extract<CaseEvent, { type: 'erased' }> => event.type === 'erased');
}

/**
 * Contact details (phones, e-mail addresses, ID numbers) in what staff wrote — an outcome, a note — replaced
 * whole, not masked: after erasure not even the last digits are kept.
 */
export function withoutContacts(text: string): string {
  return replaceContacts(text, {
    email: ERASED_TEXT,
    idNumber: ERASED_TEXT,
    phone: ERASED_TEXT,
    messagingId: ERASED_TEXT,
  });
}

/** A quote from the customer's text made anonymous; a channel's id (`news-report`) is no one's words and stays. */
function erasedEvidence<E extends Evidence>(evidence: E): E {
  return evidence.source === 'channel' ? evidence : { ...evidence, quote: ERASED_TEXT };
}

/** What staff wrote on an event, with contacts taken out; the facts (outcome, improvement) stay for reports. */
function eventWithoutContacts(event: CaseEvent): CaseEvent {
  const clean = (text: string | undefined) => (text === undefined ? undefined : withoutContacts(text));
  switch (event.type) {
    case 'proposed':
    case 'repair-promised':
    case 'closed':
    case 'handed-over':
      return event.note === undefined ? event : { ...event, note: withoutContacts(event.note) };
    case 'approval-requested':
      return { ...event, reason: withoutContacts(event.reason) };
    case 'approval-withdrawn':
    case 'decided':
    case 'reopened':
      return event.reason === undefined ? event : { ...event, reason: clean(event.reason) as string };
    case 'resolved':
    case 'customer-declined':
      return {
        ...event,
        outcome: withoutContacts(event.outcome),
        ...(event.improvement === undefined ? {} : { improvement: withoutContacts(event.improvement) }),
      };
    case 'followed-up':
      return { ...event, result: withoutContacts(event.result) };
    default:
      return event;
  }
}

/**
 * The case with the customer's data erased (issue 15, retention and PIPL/GDPR requests): their words, the
 * behaviour noted, what they asked, what happened as staff told it, the source message, their phone or
 * member number's fingerprint and last four, the links to the photos and receipts attached, the earlier
 * complaints counted from it, the quotes behind the
 * reading, and any contact in what staff wrote later. What reports need stays: category, problem, cause,
 * store, item, price, dates, amounts, outcome, satisfaction, improvement, the temperament type and flags.
 * An `erased` event says when and why, never what; a case erased already is returned as it is.
 */
export function eraseCase(record: Case, { at, reason }: { at: Date; reason: ErasureReason }): Case {
  if (erasureOf(record)) return record;
  // The photos and receipts go too: a receipt carries the customer's name and number. The files stay in Slack
  // (staff uploaded them; Slack's own retention governs them); the case only forgets the links.
  const { source, customer, files, ...kept } = record.complaint;
  const { repeat, ...rest } = record;
  const { analysis } = record;
  const erased: Case = {
    ...rest,
    complaint: {
      ...kept,
      narrative: ERASED_TEXT,
      customerWords: undefined,
      behaviour: undefined,
      customerAsk: undefined,
    },
    analysis: {
      ...analysis,
      temperament: { ...analysis.temperament, evidence: analysis.temperament.evidence.map(erasedEvidence) },
      flags: analysis.flags.map((flag) => ({ ...flag, evidence: flag.evidence.map(erasedEvidence) })),
      aim: { ...analysis.aim, evidence: analysis.aim.evidence.map(erasedEvidence) },
    },
    history: record.history.map(eventWithoutContacts),
    decisions: record.decisions.map((decision) => eventWithoutContacts(decision) as (typeof record.decisions)[number]),
  };
  return applyCaseEvent(erased, { type: 'erased', at: at.toISOString(), by: BOT_ACTOR, reason });
}

/**
 * A stored morning digest with what it quoted of the cases in `ids` erased as the cases were: the line of
 * what happened, and contacts in the outcome, the follow-up call's result and the improvement. The same
 * report when it names none of them.
 */
export function eraseFromDigest(report: DigestReport, ids: ReadonlySet<string>): DigestReport {
  const named = report.cases.some((item) => ids.has(item.id)) || report.lessons.some((item) => ids.has(item.id));
  if (!named) return report;
  const clean = (text: string | null) => (text === null ? null : withoutContacts(text));
  return {
    ...report,
    cases: report.cases.map((item) =>
      ids.has(item.id)
        ? {
            ...item,
            summary: ERASED_TEXT,
            handling: clean(item.handling),
            improvement: clean(item.improvement),
            followUp: item.followUp ? { ...item.followUp, result: withoutContacts(item.followUp.result) } : null,
          }
        : item,
    ),
    lessons: report.lessons.map((item) =>
      ids.has(item.id) ? { ...item, improvement: withoutContacts(item.improvement) } : item,
    ),
  };
}

/**
 * The moment before which a case must have been closed to be erased under the retention policy: `days`
 * whole days of 24 hours before `now` (a case closed 91 days ago is past 90 days, one closed 89 days ago not).
 */
export function retentionCutoff(days: number, now: Date): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

/**
 * One erasure as the audit keeps it (issue 15): which cases, when, why and who ran it — never the data
 * erased, nor the customer's fingerprint. `npm run erase -- --audit` lists them.
 */
export const ErasureAuditSchema = z
  .object({
    id: z.string().min(1).max(100),
    at: z.iso.datetime({ offset: true }),
    reason: z.enum(ERASURE_REASONS),
    /** `retention` (the bot's daily sweep) or `npm run erase`. */
    by: z.string().min(1).max(64),
    /** The retention period it ran under, for a `retention` erasure. */
    retentionDays: z.number().int().positive().optional(),
    caseIds: z.array(z.string().min(1).max(64)),
  })
  .strict();
export type ErasureAudit = z.infer<typeof ErasureAuditSchema>;
