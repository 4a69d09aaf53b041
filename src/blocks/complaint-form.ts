import { type Complaint, ComplaintSchema } from '../domain/complaint.ts';
import { COMPLAINT_FILES_MAX, type ComplaintFile, isAcceptedFile, readSlackFile } from '../domain/complaint-files.ts';
import type { CustomerRef } from '../domain/customer-ref.ts';
import type { Language } from '../shared/language.ts';
import { tooManyFilesError, wrongTypeError } from './complaint-files.ts';
import { RECEIPT_VALUES, SPECIAL_PRICE_VALUE } from './complaint-modal.ts';
import { errorsByBlock, type FormErrors } from './form-errors.ts';
import { COMPLAINT_BLOCK, INPUT_ACTION } from './ids.ts';
import { t } from './messages/common.ts';
import { COMPLAINT_FILES } from './messages/complaint-files.ts';
import { FORM_ERRORS } from './messages/form-errors.ts';
import { REPEAT_CUSTOMER } from './messages/repeat-customer.ts';
import { type ParsedViewStateValue, readInput, textOf, type ViewStateValues } from './view-state.ts';

/** A submitted complaint form: the complaint, or what to fix, by block id. */
export type ComplaintFormResult = { ok: true; complaint: Complaint } | { ok: false; errors: FormErrors };

const BLOCK_IDS: ReadonlySet<string> = new Set(Object.values(COMPLAINT_BLOCK));

type Field = keyof typeof COMPLAINT_BLOCK;

/** How each field's state becomes the complaint's value; `undefined` leaves it out. */
const READERS: Record<Field, (state: ParsedViewStateValue | undefined) => unknown> = {
  // Absent or blank, the narrative is still sent, so the schema reports it as required.
  narrative: (state) => textOf(state) ?? '',
  customerWords: textOf,
  behaviour: textOf,
  customerAsk: textOf,
  channel: (state) => state?.selected_option?.value,
  product: textOf,
  category: (state) => state?.selected_option?.value,
  price: () => undefined, // read separately: a number that does not parse needs its own message
  purchasedAt: () => undefined, // read separately: it is checked against the clock
  receipt: (state) => {
    const value = state?.selected_option?.value;
    if (value === RECEIPT_VALUES.yes) return true;
    if (value === RECEIPT_VALUES.no) return false;
    return value === undefined || value === RECEIPT_VALUES.unknown ? undefined : value;
  },
  specialPrice: (state) => state?.selected_options?.some((chosen) => chosen.value === SPECIAL_PRICE_VALUE) ?? false,
  suspectedCause: (state) => state?.selected_option?.value,
  // A select when the app knows the stores, free text otherwise.
  store: (state) => state?.selected_option?.value ?? textOf(state),
  language: (state) => state?.selected_option?.value,
  customerId: () => undefined, // read separately: only its fingerprint is kept, never the number
  files: () => undefined, // read separately: a file of the wrong type is named in its own message
};

/**
 * The photos and receipts attached (issue 15), or what to tell staff: Slack's file input checks the types
 * in the browser only, so a file that is not a photo or a PDF is refused here, by name.
 */
function readAttachedFiles(
  raw: readonly unknown[],
  language: Language,
): { ok: true; files: ComplaintFile[] } | { ok: false; error: string } {
  if (raw.length > COMPLAINT_FILES_MAX) return { ok: false, error: tooManyFilesError(COMPLAINT_FILES_MAX, language) };
  const files: ComplaintFile[] = [];
  for (const entry of raw) {
    const file = readSlackFile(entry);
    if (!file) return { ok: false, error: t(COMPLAINT_FILES.unreadable, language) };
    if (!isAcceptedFile(file)) return { ok: false, error: wrongTypeError(file.name, language) };
    files.push(file);
  }
  return { ok: true, files };
}

/**
 * Reads a submitted complaint form into a complaint, checked by the same schema as every other way in.
 * Problems come back keyed by block id, worded in `language`, ready for `response_action: 'errors'`:
 * a blank or over-long text, a price that is not a number or is negative, a purchase after `now`.
 */
export function parseComplaintForm(
  values: ViewStateValues,
  now: Date,
  language: Language,
  identifyCustomer?: (typed: string) => CustomerRef | undefined,
): ComplaintFormResult {
  const errors: FormErrors = {};
  const raw: Record<string, unknown> = {};
  const states = new Map<Field, ParsedViewStateValue | undefined>();
  for (const field of Object.keys(COMPLAINT_BLOCK) as Field[]) {
    const reading = readInput(values, COMPLAINT_BLOCK[field], INPUT_ACTION);
    if (!reading.ok) {
      errors[COMPLAINT_BLOCK[field]] = t(FORM_ERRORS.unreadable, language);
      continue;
    }
    states.set(field, reading.state);
    const value = READERS[field](reading.state);
    if (value !== undefined) raw[COMPLAINT_BLOCK[field]] = value;
  }

  const price = textOf(states.get('price'));
  if (price !== undefined) {
    const amount = Number(price);
    if (Number.isFinite(amount)) raw[COMPLAINT_BLOCK.price] = amount;
    else errors[COMPLAINT_BLOCK.price] = t(FORM_ERRORS.notANumber, language);
  }

  const seconds = states.get('purchasedAt')?.selected_date_time;
  if (seconds !== undefined && seconds !== null) {
    const purchasedAt = new Date(seconds * 1000);
    if (Number.isNaN(purchasedAt.getTime())) errors[COMPLAINT_BLOCK.purchasedAt] = t(FORM_ERRORS.invalid, language);
    else if (purchasedAt.getTime() > now.getTime())
      errors[COMPLAINT_BLOCK.purchasedAt] = t(FORM_ERRORS.future, language);
    else raw[COMPLAINT_BLOCK.purchasedAt] = purchasedAt.toISOString();
  }

  // The phone or member number goes no further than this: the complaint keeps its fingerprint and last four.
  const typedCustomer = textOf(states.get('customerId'));
  if (typedCustomer !== undefined && identifyCustomer) {
    const customer = identifyCustomer(typedCustomer);
    if (customer) raw.customer = customer;
    else errors[COMPLAINT_BLOCK.customerId] = t(REPEAT_CUSTOMER.unreadable, language);
  }

  const attached = states.get('files')?.files;
  if (attached && attached.length > 0) {
    const reading = readAttachedFiles(attached, language);
    if (reading.ok) raw[COMPLAINT_BLOCK.files] = reading.files;
    else errors[COMPLAINT_BLOCK.files] = reading.error;
  }

  const parsed = ComplaintSchema.safeParse(raw);
  if (!parsed.success) {
    errorsByBlock(
      parsed.error.issues,
      language,
      { blockIds: BLOCK_IDS, fallbackBlock: COMPLAINT_BLOCK.narrative, input: raw },
      errors,
    );
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, complaint: parsed.data };
}
