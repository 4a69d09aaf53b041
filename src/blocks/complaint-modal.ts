import type { InputBlock, InputBlockElement, ModalView, PlainTextOption } from '@slack/types';
import { COMPLAINT_CHANNELS, COMPLAINT_LIMITS, SUSPECTED_CAUSES } from '../domain/complaint.ts';
import { COMPLAINT_FILE_TYPES, COMPLAINT_FILES_MAX } from '../domain/complaint-files.ts';
import type { Category } from '../domain/policy-schema.ts';
import { CHANNEL_LABELS } from '../i18n/labels.ts';
import { LANGUAGES, type Language, type Localized } from '../shared/language.ts';
import { option, plainText } from './block-parts.ts';
import { CALLBACK, COMPLAINT_BLOCK, INPUT_ACTION } from './ids.ts';
import { LIMITS } from './limits.ts';
import { CAUSE_LABELS, LANGUAGE_NAMES, t } from './messages/common.ts';
import { COMPLAINT_FILES } from './messages/complaint-files.ts';
import { COMPLAINT_FORM } from './messages/complaint-form.ts';
import { REPEAT_CUSTOMER } from './messages/repeat-customer.ts';
import { truncate } from './mrkdwn.ts';

/** What the complaint form is built from. */
export interface ComplaintModalInput {
  /** The language staff read the form in. */
  language: Language;
  /** The text after `/complaint`: the customer's words, so it fills that field. */
  prefill?: string;
  /** A Slack message filed as a complaint: its text, so it fills "what happened". */
  narrative?: string;
  /** The policy's categories, offered in a menu (the first 100; Slack shows no more). */
  categories: readonly Category[];
  /** The stores staff pick from; free text when there are none. */
  stores?: readonly string[];
  /** Passed back on submission (e.g. the channel the command came from); at most 3,000 characters. */
  privateMetadata: string;
  /** Whether to ask for the customer's phone or member number: only when CUSTOMER_KEY is set (issue 15). */
  customerField?: boolean;
  /** Whether to offer "Photos and receipts" (issue 15): not when the app lacks files:read, which Slack requires. */
  fileInput?: boolean;
}

/** The values of the receipt radio buttons, read back by `parseComplaintForm`. */
export const RECEIPT_VALUES = { yes: 'yes', no: 'no', unknown: 'unknown' } as const;
/** The value of the single "special price" checkbox. */
export const SPECIAL_PRICE_VALUE = 'special';

type Field = keyof typeof COMPLAINT_BLOCK;

/** Room for a phone written with its country code and spaces, or a long member number. */
const CUSTOMER_ID_MAX = 40;

function input(
  field: Field,
  label: Localized,
  element: InputBlockElement,
  language: Language,
  { optional = true, hint }: { optional?: boolean; hint?: Localized } = {},
): InputBlock {
  return {
    type: 'input',
    block_id: COMPLAINT_BLOCK[field],
    label: plainText(t(label, language), LIMITS.inputLabel),
    element,
    optional,
    ...(hint ? { hint: plainText(t(hint, language), LIMITS.inputHint) } : {}),
  };
}

function textInput(
  maxLength: number,
  { multiline = false, placeholder, initial, language, focus = false }: TextInputOptions,
): InputBlockElement {
  return {
    type: 'plain_text_input',
    action_id: INPUT_ACTION,
    multiline,
    max_length: maxLength,
    ...(focus ? { focus_on_load: true } : {}),
    ...(placeholder ? { placeholder: plainText(t(placeholder, language), LIMITS.placeholder) } : {}),
    ...(initial ? { initial_value: truncate(initial, maxLength, language) } : {}),
  };
}

interface TextInputOptions {
  language: Language;
  multiline?: boolean;
  placeholder?: Localized;
  initial?: string | undefined;
  focus?: boolean;
}

function staticSelect(options: PlainTextOption[], placeholder: Localized, language: Language): InputBlockElement {
  const initial = options.length === 1 ? options[0] : undefined;
  return {
    type: 'static_select',
    action_id: INPUT_ACTION,
    placeholder: plainText(t(placeholder, language), LIMITS.placeholder),
    options: options.slice(0, LIMITS.staticSelectOptions),
    ...(initial ? { initial_option: initial } : {}),
  };
}

function radio(options: PlainTextOption[], initial: PlainTextOption): InputBlockElement {
  // Slack accepts an initial option only when it equals one of the options exactly: pass the same object.
  return { type: 'radio_buttons', action_id: INPUT_ACTION, options, initial_option: initial };
}

/**
 * The complaint form `/complaint` opens: one input per field of the complaint, in the order staff meet
 * them at the counter. Only "what happened" is required; everything else sharpens the analysis or the
 * policy's verdict, and a missing fact never takes a remedy away (it becomes a check instead).
 */
export function buildComplaintModal({
  language,
  prefill,
  narrative,
  categories,
  stores = [],
  privateMetadata,
  customerField = false,
  fileInput = true,
}: ComplaintModalInput): ModalView {
  if (privateMetadata.length > LIMITS.privateMetadata) {
    throw new RangeError(`private_metadata has ${privateMetadata.length} characters; Slack allows 3000`);
  }
  const form = COMPLAINT_FORM;
  const receiptOptions = {
    yes: option(t(form.receipt.yes, language), RECEIPT_VALUES.yes),
    no: option(t(form.receipt.no, language), RECEIPT_VALUES.no),
    unknown: option(t(form.receipt.unknown, language), RECEIPT_VALUES.unknown),
  };
  const unknownCause = option(t(CAUSE_LABELS.unknown, language), 'unknown');
  const causeOptions = SUSPECTED_CAUSES.map((cause) =>
    cause === 'unknown' ? unknownCause : option(t(CAUSE_LABELS[cause], language), cause),
  );
  const categoryOptions = categories.map((category) => option(t(category.name, language), category.id));
  // A store name longer than the complaint allows could never be saved; offer only those that fit.
  const storeOptions = stores
    .filter((store) => store.trim().length > 0 && store.length <= COMPLAINT_LIMITS.store)
    .map((store) => option(store, store));
  const prefilled = prefill?.trim();

  const blocks: InputBlock[] = [
    input(
      'narrative',
      form.narrative.label,
      textInput(COMPLAINT_LIMITS.narrative, { language, multiline: true, focus: true, initial: narrative?.trim() }),
      language,
      { optional: false, hint: form.narrative.hint },
    ),
    input(
      'customerWords',
      form.customerWords.label,
      textInput(COMPLAINT_LIMITS.customerWords, { language, multiline: true, initial: prefilled }),
      language,
      { hint: form.customerWords.hint },
    ),
    input(
      'behaviour',
      form.behaviour.label,
      textInput(COMPLAINT_LIMITS.behaviour, { language, multiline: true }),
      language,
      { hint: form.behaviour.hint },
    ),
    input(
      'customerAsk',
      form.customerAsk.label,
      textInput(COMPLAINT_LIMITS.customerAsk, { language, placeholder: form.customerAsk.placeholder }),
      language,
    ),
    input(
      'channel',
      form.channel.label,
      staticSelect(
        COMPLAINT_CHANNELS.map((channel) => option(t(CHANNEL_LABELS[channel], language), channel)),
        form.channel.placeholder,
        language,
      ),
      language,
      { hint: form.channel.hint },
    ),
    input(
      'product',
      form.product.label,
      textInput(COMPLAINT_LIMITS.product, { language, placeholder: form.product.placeholder }),
      language,
    ),
  ];
  if (customerField) {
    blocks.push(
      input(
        'customerId',
        REPEAT_CUSTOMER.field,
        textInput(CUSTOMER_ID_MAX, { language, placeholder: REPEAT_CUSTOMER.placeholder }),
        language,
        { hint: REPEAT_CUSTOMER.hint },
      ),
    );
  }
  if (categoryOptions.length > 0) {
    blocks.push(
      input(
        'category',
        form.category.label,
        staticSelect(categoryOptions, form.category.placeholder, language),
        language,
      ),
    );
  }
  blocks.push(
    input(
      'price',
      form.price.label,
      {
        type: 'number_input',
        action_id: INPUT_ACTION,
        is_decimal_allowed: true,
        min_value: '0',
        placeholder: plainText(t(form.price.placeholder, language), LIMITS.placeholder),
      },
      language,
    ),
    input('purchasedAt', form.purchasedAt.label, { type: 'datetimepicker', action_id: INPUT_ACTION }, language, {
      hint: form.purchasedAt.hint,
    }),
    input(
      'receipt',
      form.receipt.label,
      radio([receiptOptions.yes, receiptOptions.no, receiptOptions.unknown], receiptOptions.unknown),
      language,
    ),
    // Photos of the damage and the receipt, kept as Slack links (issue 15); Slack checks types in the browser only.
    ...(fileInput
      ? [
          input(
            'files',
            COMPLAINT_FILES.field,
            {
              type: 'file_input',
              action_id: INPUT_ACTION,
              filetypes: [...COMPLAINT_FILE_TYPES],
              max_files: COMPLAINT_FILES_MAX,
            },
            language,
            { hint: COMPLAINT_FILES.hint },
          ),
        ]
      : []),
    input(
      'specialPrice',
      form.specialPrice.label,
      {
        type: 'checkboxes',
        action_id: INPUT_ACTION,
        options: [option(t(form.specialPrice.option, language), SPECIAL_PRICE_VALUE)],
      },
      language,
    ),
    input('suspectedCause', form.suspectedCause.label, radio(causeOptions, unknownCause), language),
    input(
      'store',
      form.store.label,
      storeOptions.length > 0
        ? staticSelect(storeOptions, form.store.placeholder, language)
        : textInput(COMPLAINT_LIMITS.store, { language, placeholder: form.store.placeholder }),
      language,
    ),
    input(
      'language',
      form.language.label,
      staticSelect(
        LANGUAGES.map((code) => option(LANGUAGE_NAMES[code], code)),
        form.language.placeholder,
        language,
      ),
      language,
    ),
  );

  return {
    type: 'modal',
    callback_id: CALLBACK.complaintForm,
    title: plainText(t(form.title, language), LIMITS.modalTitle),
    submit: plainText(t(form.submit, language), LIMITS.modalButton),
    close: plainText(t(form.close, language), LIMITS.modalButton),
    private_metadata: privateMetadata,
    blocks,
  };
}
