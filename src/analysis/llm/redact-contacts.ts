import type { Complaint } from '../../domain/complaint.ts';
import { replaceContacts } from '../../shared/contact-patterns.ts';

/** What stands in for each kind of personal detail; the model still knows one was there. */
export const REDACTED = {
  email: '[email]',
  idNumber: '[id-number]',
  phone: '[phone]',
  messagingId: '[messaging-id]',
  number: '[number]',
} as const;

/**
 * Any other run of nine or more digits — a bank card, a membership or passport number written without
 * separators. Prices, dates and years are shorter, so they stay and the model can still read them.
 */
const LONG_DIGIT_RUN = /(?<![0-9])\d{9,}(?![0-9])/g;

/**
 * Replaces e-mail addresses, ID numbers, phone numbers (replaceContacts) and then long digit runs with
 * placeholders. This runs on every text before it leaves the machine.
 */
export function redactContacts(text: string): string {
  return replaceContacts(text, REDACTED).replace(LONG_DIGIT_RUN, REDACTED.number);
}

/** The fields of a complaint that are free text, and so may hold a customer's details. */
const FREE_TEXT = ['narrative', 'customerWords', 'behaviour', 'customerAsk', 'product', 'store'] as const;

/** The complaint as an LLM may see it: every free-text field redacted, the structured facts unchanged. */
export function redactComplaint(complaint: Complaint): Complaint {
  const redacted: Complaint = { ...complaint };
  for (const field of FREE_TEXT) {
    const value = complaint[field];
    if (value !== undefined) redacted[field] = redactContacts(value);
  }
  return redacted;
}
