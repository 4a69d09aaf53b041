import { z } from 'zod';
import { LanguageSchema } from '../shared/language.ts';
import { ComplaintFilesSchema, SourceFilesSchema } from './complaint-files.ts';
import { CustomerRefSchema } from './customer-ref.ts';

/** Where staff think the fault lies; it decides warranty rules such as customer-caused water damage. */
export const SUSPECTED_CAUSES = ['quality', 'use', 'unknown'] as const;
export const SuspectedCauseSchema = z.enum(SUSPECTED_CAUSES);
export type SuspectedCause = z.infer<typeof SuspectedCauseSchema>;

/**
 * Where the complaint reached the store, as staff pick it on the form. A complaint that came from a news
 * report, a public post or an outside body is already out of the store's hands, whatever its text says: a
 * pasted blog post or newspaper story rarely says "I posted this" or "I went to the paper".
 */
export const COMPLAINT_CHANNELS = [
  'in-person',
  'phone',
  /** An e-mail, a letter, a chat or a message to the store. */
  'message',
  /** A review, a social-media post, a blog or forum post, a complaint platform (黑猫投诉). */
  'posted-online',
  'news-report',
  /** Passed on by 12315, 消协/消保委, 消委會, the BBB or another consumer body. */
  'consumer-council',
  /** Passed on by a market regulator, Trading Standards or the police. */
  'regulator',
  /** A lawyer's letter, a court claim or a chargeback. */
  'court',
] as const;
export const ComplaintChannelSchema = z.enum(COMPLAINT_CHANNELS);
export type ComplaintChannel = z.infer<typeof ComplaintChannelSchema>;

/** Limits that keep one complaint within what a person writes and what Slack can show. */
export const COMPLAINT_LIMITS = {
  narrative: 3000,
  customerWords: 3000,
  behaviour: 1000,
  customerAsk: 500,
  product: 150,
  store: 100,
} as const;

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

/**
 * A complaint as staff enter it. Category ids come from the store's policy file, so this schema
 * checks only their shape; `checkComplaintAgainstPolicy` checks that the policy knows them.
 */
export const ComplaintSchema = z
  .object({
    /** What happened, in the staff member's words. */
    narrative: text(COMPLAINT_LIMITS.narrative).min(1),
    /** The customer's own words, as close to verbatim as staff can. */
    customerWords: optionalText(COMPLAINT_LIMITS.customerWords),
    /** Observed behaviour: tone, gestures, how they speak. */
    behaviour: optionalText(COMPLAINT_LIMITS.behaviour),
    /**
     * The Slack message the complaint was filed from ("File as a complaint" on a customer's e-mail pasted in
     * a channel, a colleague's report), with its permalink when Slack gave one, so the case links back to it.
     */
    source: z
      .object({
        channel: z.string().min(1).max(40),
        ts: z.string().min(1).max(40),
        link: z.string().url().max(500).optional(),
        /** The message's own files (photos, receipts), as links: Slack cannot put them in the form's file input. */
        files: SourceFilesSchema.optional(),
      })
      .strict()
      .optional(),
    /** What the customer asks for (a refund, an exchange, 200 yuan …). */
    customerAsk: optionalText(COMPLAINT_LIMITS.customerAsk),
    product: optionalText(COMPLAINT_LIMITS.product),
    /** A category id of the policy file (e.g. `watch`). */
    category: z.string().trim().min(1).max(60).optional(),
    /** A problem id of the policy file (e.g. `lost-stone`); detected from the text when absent. */
    problem: z.string().trim().min(1).max(60).optional(),
    /** Price paid, in the policy's currency. */
    price: z.number().finite().nonnegative().max(10_000_000).optional(),
    /** When the customer bought it (ISO 8601 with offset). */
    purchasedAt: z.iso.datetime({ offset: true }).optional(),
    /** Whether the customer has the receipt; unknown when absent. */
    hasReceipt: z.boolean().optional(),
    specialPrice: z.boolean().default(false),
    suspectedCause: SuspectedCauseSchema.default('unknown'),
    store: optionalText(COMPLAINT_LIMITS.store),
    /** Where the complaint reached the store; unknown when absent. */
    channel: ComplaintChannelSchema.optional(),
    /** The customer's language; detected from their words when absent. */
    language: LanguageSchema.optional(),
    /** Who the customer is, as a keyed fingerprint and last four digits only; absent when staff gave none. */
    customer: CustomerRefSchema.optional(),
    /** Photos and receipts attached on the form (issue 15): Slack's file ids and permalinks, never the files. */
    files: ComplaintFilesSchema.optional(),
  })
  .strict();

/** A complaint after validation. */
export type Complaint = z.infer<typeof ComplaintSchema>;
/** A complaint as callers may write it (defaults not yet applied). */
export type ComplaintInput = z.input<typeof ComplaintSchema>;

const TEXT_SOURCES: readonly ComplaintTextSource[] = ['customerWords', 'behaviour', 'narrative', 'customerAsk'];

/** All the customer-facing text of a complaint, in the order a reader meets it. */
export function complaintTexts(complaint: Complaint): { source: ComplaintTextSource; text: string }[] {
  const texts: { source: ComplaintTextSource; text: string }[] = [];
  for (const source of TEXT_SOURCES) {
    const value = complaint[source];
    if (value) texts.push({ source, text: value });
  }
  return texts;
}

export type ComplaintTextSource = 'narrative' | 'customerWords' | 'behaviour' | 'customerAsk';
