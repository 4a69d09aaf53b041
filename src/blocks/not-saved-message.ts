import { type Complaint, complaintTexts } from '../domain/complaint.ts';
import type { Language } from '../shared/language.ts';
import { t } from './messages/common.ts';
import { COMPLAINT_FORM } from './messages/complaint-form.ts';
import { NOT_SAVED } from './messages/not-saved.ts';
import { ownText } from './own-text.ts';
import { quoteSafe } from './safe-text.ts';

/** The most characters of one field repeated back; the form's own limits are lower. */
const FIELD_MAX = 3000;

/**
 * The direct message for a complaint the store could not take: why, then each field staff typed, labelled
 * as on the form and escaped, so nothing they wrote is lost and it can be pasted into a new form.
 */
export function buildNotSavedMessage(complaint: Complaint, language: Language): { text: string } {
  const fields = complaintTexts(complaint).map(({ source, text }) => {
    const label = t(COMPLAINT_FORM[source].label, language);
    // Their own words back to the filer, so escaped but not masked: the customer's number is theirs to call.
    return `*${label}*\n${quoteSafe(ownText(text, FIELD_MAX, language)).text}`;
  });
  return { text: [t(NOT_SAVED.message, language), ...fields].join('\n\n') };
}
