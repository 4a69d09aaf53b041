import type { ModalView } from '@slack/types';
import { z } from 'zod';
import type { RemedyVerdict } from '../domain/remedy-verdict.ts';
import { COVERAGE_LABELS } from '../i18n/labels.ts';
import { OUTSIDE_POLICY, outsidePolicyVerdict } from '../policy/policy-coverage.ts';
import type { Language, Localized } from '../shared/language.ts';
import { context, option, plainText } from './block-parts.ts';
import { errorsByBlock, type FormErrors } from './form-errors.ts';
import { CALLBACK, COMPENSATION_BLOCK, INPUT_ACTION } from './ids.ts';
import { LIMITS } from './limits.ts';
import { t } from './messages/common.ts';
import { COMPENSATION_FORM } from './messages/compensation-form.ts';
import { FORM_ERRORS } from './messages/form-errors.ts';
import { md } from './safe-text.ts';
import { readInput, textOf, type ViewStateValues } from './view-state.ts';

const FORM = COMPENSATION_FORM;

/** Remedies that are an amount of money: staff must say how much, or nobody can tell whether it is within their authority. */
const MONEY_KINDS: ReadonlySet<string> = new Set(['compensation', 'discount', 'gift']);
/** Money remedies and refunds may be asked for even when the policy does not allow them outright. */
const ASKABLE_KINDS: ReadonlySet<string> = new Set([...MONEY_KINDS, 'refund']);

/** What the form is built from. */
export interface CompensationModalInput {
  language: Language;
  caseId: string;
  remedies: readonly RemedyVerdict[];
}

/**
 * The remedies staff may ask for: every eligible one, plus money remedies and refunds whatever the policy
 * says. For goods the policy does not cover that leaves a refund and goodwill, each for a manager to decide
 * (nothing is eligible, so every request goes to approval); an exchange or repair is no way to settle them.
 */
export function askableRemedies(remedies: readonly RemedyVerdict[]): RemedyVerdict[] {
  return remedies
    .filter((remedy) => remedy.eligible || ASKABLE_KINDS.has(remedy.kind))
    .slice(0, LIMITS.staticSelectOptions);
}

/** The form for asking for a remedy — usually money — with an amount and the reason a manager will read. */
export function buildCompensationModal({ language, caseId, remedies }: CompensationModalInput): ModalView {
  const text = (entry: Localized, max: number) => plainText(t(entry, language), max);
  const options = askableRemedies(remedies).map((remedy) => {
    const marker = remedy.covered === false ? FORM.uncovered : FORM.outsidePolicy;
    const label = remedy.eligible ? t(remedy.name, language) : `${t(remedy.name, language)} ${t(marker, language)}`;
    return option(label.slice(0, LIMITS.optionText), remedy.id);
  });
  // Said before anything is chosen, so nobody reads the list as what the policy allows.
  const uncovered = outsidePolicyVerdict(remedies)
    ? [context([md`🚫 *${t(OUTSIDE_POLICY, language)}*. ${t(COVERAGE_LABELS.managerMayDecide, language)}`])]
    : [];
  return {
    type: 'modal',
    callback_id: CALLBACK.compensationForm,
    title: text(FORM.title, LIMITS.modalTitle),
    submit: text(FORM.submit, LIMITS.modalButton),
    close: text(FORM.close, LIMITS.modalButton),
    private_metadata: JSON.stringify({ caseId }),
    blocks: [
      ...uncovered,
      {
        type: 'input',
        block_id: COMPENSATION_BLOCK.remedy,
        label: text(FORM.remedy, LIMITS.inputLabel),
        hint: text(FORM.remedyHint, LIMITS.inputHint),
        element: { type: 'static_select', action_id: INPUT_ACTION, options },
      },
      {
        type: 'input',
        block_id: COMPENSATION_BLOCK.amount,
        optional: true,
        label: text(FORM.amount, LIMITS.inputLabel),
        hint: text(FORM.amountHint, LIMITS.inputHint),
        element: { type: 'number_input', action_id: INPUT_ACTION, is_decimal_allowed: true, min_value: '0' },
      },
      {
        type: 'input',
        block_id: COMPENSATION_BLOCK.reason,
        label: text(FORM.reason, LIMITS.inputLabel),
        hint: text(FORM.reasonHint, LIMITS.inputHint),
        element: { type: 'plain_text_input', action_id: INPUT_ACTION, multiline: true, max_length: 1000 },
      },
    ],
  };
}

const CompensationFormSchema = z.object({
  remedyId: z.string().min(1),
  amount: z.number().finite().nonnegative().max(1_000_000).optional(),
  reason: z.string().trim().min(1).max(1000),
});

export type CompensationFormResult =
  | { ok: true; remedyId: string; amount?: number; reason: string }
  | { ok: false; errors: FormErrors };

const BLOCK_IDS: ReadonlySet<string> = new Set(Object.values(COMPENSATION_BLOCK));

/** Reads a submitted request; the remedy must be one the form offered for this case. */
export function parseCompensationForm(
  values: ViewStateValues,
  language: Language,
  remedies: readonly RemedyVerdict[],
): CompensationFormResult {
  const errors: FormErrors = {};
  const raw: Record<string, unknown> = {};
  for (const blockId of BLOCK_IDS) {
    const reading = readInput(values, blockId, INPUT_ACTION);
    if (!reading.ok) {
      errors[blockId] = t(FORM_ERRORS.unreadable, language);
      continue;
    }
    if (blockId === COMPENSATION_BLOCK.remedy) raw[blockId] = reading.state?.selected_option?.value;
    else if (blockId === COMPENSATION_BLOCK.amount) {
      const value = textOf(reading.state);
      if (value !== undefined) {
        const amount = Number(value);
        if (Number.isFinite(amount)) raw[blockId] = amount;
        else errors[blockId] = t(FORM_ERRORS.notANumber, language);
      }
    } else raw[blockId] = textOf(reading.state) ?? '';
  }
  const parsed = CompensationFormSchema.safeParse(raw);
  if (!parsed.success) {
    errorsByBlock(
      parsed.error.issues,
      language,
      { blockIds: BLOCK_IDS, fallbackBlock: COMPENSATION_BLOCK.reason, input: raw },
      errors,
    );
  }
  if (parsed.success) {
    const chosen = askableRemedies(remedies).find((remedy) => remedy.id === parsed.data.remedyId);
    if (!chosen) errors[COMPENSATION_BLOCK.remedy] = t(FORM_ERRORS.choose, language);
    else if (MONEY_KINDS.has(chosen.kind) && parsed.data.amount === undefined) {
      errors[COMPENSATION_BLOCK.amount] ??= t(FORM.amountNeeded, language);
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const { remedyId, amount, reason } = parsed.data;
  return { ok: true, remedyId, reason, ...(amount === undefined ? {} : { amount }) };
}
