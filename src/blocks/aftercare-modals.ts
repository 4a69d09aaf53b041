import type { KnownBlock, ModalView } from '@slack/types';
import { isRepairKind } from '../domain/aftercare.ts';
import { type Case, SatisfactionSchema } from '../domain/case.ts';
import type { Language, Localized } from '../shared/language.ts';
import { isLocalDate, type LocalDate } from '../shared/local-date.ts';
import { context, option, plainText } from './block-parts.ts';
import type { FormErrors } from './form-errors.ts';
import { AFTERCARE_CALLBACK, FOLLOW_UP_BLOCK, INPUT_ACTION, REPAIR_BLOCK, REPAIR_READY_BLOCK } from './ids.ts';
import { LIMITS } from './limits.ts';
import { AFTERCARE_DATE_ERRORS, FOLLOW_UP_FORM, REPAIR_FORM, REPAIR_READY_FORM } from './messages/aftercare.ts';
import { SATISFACTION_LABELS, t } from './messages/common.ts';
import { FORM_ERRORS, tooLongError } from './messages/form-errors.ts';
import { md } from './safe-text.ts';
import { readInput, textOf, type ViewStateValues } from './view-state.ts';

/** The case history keeps texts up to 1,000 characters (`Reason` in case.ts). */
const TEXT_MAX = 1000;
const SCORES = [1, 2, 3, 4, 5] as const;

function modal(
  callback_id: string,
  form: { title: Localized; submit: Localized; close: Localized },
  language: Language,
  caseId: string,
  blocks: KnownBlock[],
): ModalView {
  const text = (entry: Localized) => plainText(t(entry, language), LIMITS.modalButton);
  return {
    type: 'modal',
    callback_id,
    title: plainText(t(form.title, language), LIMITS.modalTitle),
    submit: text(form.submit),
    close: text(form.close),
    private_metadata: JSON.stringify({ caseId }),
    blocks,
  };
}

function textInput(
  blockId: string,
  label: Localized,
  language: Language,
  options: { optional?: boolean; hint?: Localized },
) {
  return {
    type: 'input' as const,
    block_id: blockId,
    ...(options.optional ? { optional: true } : {}),
    label: plainText(t(label, language), LIMITS.inputLabel),
    ...(options.hint ? { hint: plainText(t(options.hint, language), LIMITS.inputHint) } : {}),
    element: { type: 'plain_text_input' as const, action_id: INPUT_ACTION, multiline: true, max_length: TEXT_MAX },
  };
}

function dateInput(blockId: string, label: Localized, hint: Localized, language: Language, initial: LocalDate) {
  return {
    type: 'input' as const,
    block_id: blockId,
    label: plainText(t(label, language), LIMITS.inputLabel),
    hint: plainText(t(hint, language), LIMITS.inputHint),
    element: { type: 'datepicker' as const, action_id: INPUT_ACTION, initial_date: initial },
  };
}

/** Reads a text input; `undefined` when empty, an error when it is over the limit. */
function readText(
  values: ViewStateValues,
  blockId: string,
  language: Language,
  errors: FormErrors,
): string | undefined {
  const reading = readInput(values, blockId, INPUT_ACTION);
  if (!reading.ok) {
    errors[blockId] = t(FORM_ERRORS.unreadable, language);
    return undefined;
  }
  const value = textOf(reading.state);
  if (value && value.length > TEXT_MAX) errors[blockId] = tooLongError(TEXT_MAX, language);
  return value;
}

function readDate(values: ViewStateValues, blockId: string, language: Language, errors: FormErrors): LocalDate {
  const reading = readInput(values, blockId, INPUT_ACTION);
  const date = reading.ok ? reading.state?.selected_date : undefined;
  if (!date) errors[blockId] = t(reading.ok ? FORM_ERRORS.required : FORM_ERRORS.unreadable, language);
  else if (!isLocalDate(date)) errors[blockId] = t(FORM_ERRORS.invalid, language);
  return date ?? '';
}

/** The follow-up form: what the customer said on the call, and how satisfied they are now (optional). */
export function buildFollowUpModal({ language, caseId }: { language: Language; caseId: string }): ModalView {
  const form = FOLLOW_UP_FORM;
  return modal(AFTERCARE_CALLBACK.followUpForm, form, language, caseId, [
    textInput(FOLLOW_UP_BLOCK.result, form.result.label, language, { hint: form.result.hint }),
    {
      type: 'input',
      block_id: FOLLOW_UP_BLOCK.satisfaction,
      optional: true,
      label: plainText(t(form.satisfaction.label, language), LIMITS.inputLabel),
      element: {
        type: 'static_select',
        action_id: INPUT_ACTION,
        placeholder: plainText(t(form.satisfaction.placeholder, language), LIMITS.placeholder),
        options: SCORES.map((score) => option(`${score} · ${t(SATISFACTION_LABELS[score], language)}`, String(score))),
      },
    },
  ]);
}

export type FollowUpFormResult =
  | { ok: true; result: string; satisfaction?: number }
  | { ok: false; errors: FormErrors };

export function parseFollowUpForm(values: ViewStateValues, language: Language): FollowUpFormResult {
  const errors: FormErrors = {};
  const result = readText(values, FOLLOW_UP_BLOCK.result, language, errors);
  if (!result && !errors[FOLLOW_UP_BLOCK.result]) errors[FOLLOW_UP_BLOCK.result] = t(FORM_ERRORS.required, language);
  const reading = readInput(values, FOLLOW_UP_BLOCK.satisfaction, INPUT_ACTION);
  const chosen = reading.ok ? reading.state?.selected_option?.value : undefined;
  const score = chosen === undefined ? undefined : SatisfactionSchema.safeParse(Number(chosen));
  if (!reading.ok || score?.success === false) errors[FOLLOW_UP_BLOCK.satisfaction] = t(FORM_ERRORS.choose, language);
  if (Object.keys(errors).length > 0 || !result) return { ok: false, errors };
  return { ok: true, result, ...(score?.success ? { satisfaction: score.data } : {}) };
}

/**
 * The repair remedies staff may promise on a case: the agreed proposal when it is a repair, and every
 * repair the policy found eligible. A repair the policy refused (broken lenses, R8) is not offered.
 */
export function repairChoices(record: Case): Case['remedies'] {
  const agreed = record.proposal?.remedyId;
  return record.remedies.filter((remedy) => isRepairKind(remedy.kind) && (remedy.eligible || remedy.id === agreed));
}

/**
 * The repair form: which repair, the date promised to the customer (shown again when the date is moved),
 * a note, and what to tell the customer before the repair (seed 002: it restores, it does not make new).
 */
export function buildRepairModal({
  language,
  record,
  today,
}: {
  language: Language;
  record: Case;
  today: LocalDate;
}): ModalView {
  const form = REPAIR_FORM;
  const choices = repairChoices(record);
  const agreed = choices.find((remedy) => remedy.id === record.proposal?.remedyId) ?? choices[0];
  const blocks: KnownBlock[] = [context([md`${t(form.expectations, language)}`])];
  if (choices.length > 0) {
    const options = choices
      .slice(0, LIMITS.staticSelectOptions)
      .map((remedy) => option(t(remedy.name, language), remedy.id));
    const initial = agreed ? options.find((candidate) => candidate.value === agreed.id) : undefined;
    blocks.push({
      type: 'input',
      block_id: REPAIR_BLOCK.remedy,
      label: plainText(t(form.remedy.label, language), LIMITS.inputLabel),
      element: {
        type: 'static_select',
        action_id: INPUT_ACTION,
        placeholder: plainText(t(form.remedy.placeholder, language), LIMITS.placeholder),
        options,
        ...(initial ? { initial_option: initial } : {}),
      },
    });
  } else {
    blocks.push(context([md`${t(form.noRepair, language)}`]));
  }
  blocks.push(
    dateInput(REPAIR_BLOCK.promisedFor, form.promisedFor.label, form.promisedFor.hint, language, today),
    textInput(REPAIR_BLOCK.note, form.note.label, language, { optional: true }),
  );
  return modal(AFTERCARE_CALLBACK.repairForm, form, language, record.id, blocks);
}

export type RepairFormResult =
  | { ok: true; remedyId: string; promisedFor: LocalDate; note?: string }
  | { ok: false; errors: FormErrors };

/** Reads the repair form; the date may not be before `today` (a promise is for the future). */
export function parseRepairForm(
  values: ViewStateValues,
  language: Language,
  record: Case,
  today: LocalDate,
): RepairFormResult {
  const errors: FormErrors = {};
  const reading = readInput(values, REPAIR_BLOCK.remedy, INPUT_ACTION);
  const remedyId = reading.ok ? reading.state?.selected_option?.value : undefined;
  if (!remedyId || !repairChoices(record).some((remedy) => remedy.id === remedyId)) {
    errors[REPAIR_BLOCK.remedy] = t(FORM_ERRORS.choose, language);
  }
  const promisedFor = readDate(values, REPAIR_BLOCK.promisedFor, language, errors);
  if (!errors[REPAIR_BLOCK.promisedFor] && promisedFor < today) {
    errors[REPAIR_BLOCK.promisedFor] = t(AFTERCARE_DATE_ERRORS.past, language);
  }
  const note = readText(values, REPAIR_BLOCK.note, language, errors);
  if (Object.keys(errors).length > 0 || !remedyId) return { ok: false, errors };
  return { ok: true, remedyId, promisedFor, ...(note ? { note } : {}) };
}

/** The "ready for pickup" form: the day the customer was told (today by default). */
export function buildRepairReadyModal({
  language,
  caseId,
  today,
}: {
  language: Language;
  caseId: string;
  today: LocalDate;
}): ModalView {
  const form = REPAIR_READY_FORM;
  return modal(AFTERCARE_CALLBACK.repairReadyForm, form, language, caseId, [
    dateInput(REPAIR_READY_BLOCK.customerToldOn, form.customerToldOn.label, form.customerToldOn.hint, language, today),
  ]);
}

export type RepairReadyFormResult = { ok: true; customerToldOn: LocalDate } | { ok: false; errors: FormErrors };

export function parseRepairReadyForm(
  values: ViewStateValues,
  language: Language,
  today: LocalDate,
): RepairReadyFormResult {
  const errors: FormErrors = {};
  const customerToldOn = readDate(values, REPAIR_READY_BLOCK.customerToldOn, language, errors);
  if (!errors[REPAIR_READY_BLOCK.customerToldOn] && customerToldOn > today) {
    errors[REPAIR_READY_BLOCK.customerToldOn] = t(AFTERCARE_DATE_ERRORS.future, language);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, customerToldOn };
}
