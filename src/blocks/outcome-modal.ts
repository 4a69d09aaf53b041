import type { ModalView } from '@slack/types';
import { z } from 'zod';
import { SatisfactionSchema } from '../domain/case.ts';
import type { Language } from '../shared/language.ts';
import { option, plainText } from './block-parts.ts';
import { errorsByBlock, type FormErrors } from './form-errors.ts';
import { CALLBACK, INPUT_ACTION, OUTCOME_BLOCK } from './ids.ts';
import { LIMITS } from './limits.ts';
import { SATISFACTION_LABELS, t } from './messages/common.ts';
import { ACCEPTANCE_FORM } from './messages/confirmation.ts';
import { FORM_ERRORS } from './messages/form-errors.ts';
import { OUTCOME_FORM } from './messages/outcome-form.ts';
import { readInput, textOf, type ViewStateValues } from './view-state.ts';

/** What the outcome form is built from. */
export interface OutcomeModalInput {
  language: Language;
  /** The case being resolved; it comes back in `private_metadata` as `{"caseId": …}`. */
  caseId: string;
}

/** The case history keeps outcomes and improvements up to 1,000 characters (`Reason` in case.ts). */
export const OUTCOME_LIMITS = { outcome: 1000, improvement: 1000 } as const;

const SCORES = [1, 2, 3, 4, 5] as const;
const ACCEPTANCE = { accepted: 'accepted', declined: 'declined' } as const;

/**
 * The form for resolving a case: what was done for the customer, how satisfied they were (1–5), and what
 * the store will change — the three things the morning and review meetings go over (seed 000, 002).
 */
export function buildOutcomeModal({ language, caseId }: OutcomeModalInput): ModalView {
  const form = OUTCOME_FORM;
  const text = (entry: { zh: string; en: string }, max: number) => plainText(t(entry, language), max);
  return {
    type: 'modal',
    callback_id: CALLBACK.outcomeForm,
    title: text(form.title, LIMITS.modalTitle),
    submit: text(form.submit, LIMITS.modalButton),
    close: text(form.close, LIMITS.modalButton),
    private_metadata: JSON.stringify({ caseId }),
    blocks: [
      {
        type: 'input',
        block_id: OUTCOME_BLOCK.outcome,
        label: text(form.outcome.label, LIMITS.inputLabel),
        hint: text(form.outcome.hint, LIMITS.inputHint),
        element: {
          type: 'plain_text_input',
          action_id: INPUT_ACTION,
          multiline: true,
          max_length: OUTCOME_LIMITS.outcome,
          focus_on_load: true,
        },
      },
      {
        type: 'input',
        block_id: OUTCOME_BLOCK.satisfaction,
        label: text(form.satisfaction.label, LIMITS.inputLabel),
        element: {
          type: 'static_select',
          action_id: INPUT_ACTION,
          placeholder: text(form.satisfaction.placeholder, LIMITS.placeholder),
          options: SCORES.map((score) =>
            option(`${score} · ${t(SATISFACTION_LABELS[score], language)}`, String(score)),
          ),
        },
      },
      // Resolved only when the customer accepted; otherwise the case stays open (issue 15).
      {
        type: 'input',
        block_id: OUTCOME_BLOCK.accepted,
        label: text(ACCEPTANCE_FORM.label, LIMITS.inputLabel),
        hint: text(ACCEPTANCE_FORM.hint, LIMITS.inputHint),
        element: {
          type: 'radio_buttons',
          action_id: INPUT_ACTION,
          options: [
            option(t(ACCEPTANCE_FORM.accepted, language), ACCEPTANCE.accepted),
            option(t(ACCEPTANCE_FORM.declined, language), ACCEPTANCE.declined),
          ],
        },
      },
      {
        type: 'input',
        block_id: OUTCOME_BLOCK.improvement,
        optional: true,
        label: text(form.improvement.label, LIMITS.inputLabel),
        hint: text(form.improvement.hint, LIMITS.inputHint),
        element: {
          type: 'plain_text_input',
          action_id: INPUT_ACTION,
          multiline: true,
          max_length: OUTCOME_LIMITS.improvement,
        },
      },
    ],
  };
}

const OutcomeFormSchema = z.object({
  outcome: z.string().trim().min(1).max(OUTCOME_LIMITS.outcome),
  satisfaction: SatisfactionSchema,
  improvement: z.string().trim().min(1).max(OUTCOME_LIMITS.improvement).optional(),
  accepted: z.enum([ACCEPTANCE.accepted, ACCEPTANCE.declined]),
});

/** A submitted outcome form: what to record, or what to fix, by block id. */
export type OutcomeFormResult =
  | { ok: true; outcome: string; satisfaction: number; improvement?: string; accepted: boolean }
  | { ok: false; errors: FormErrors };

const BLOCK_IDS: ReadonlySet<string> = new Set(Object.values(OUTCOME_BLOCK));

/** Reads a submitted outcome form; problems come back by block id, worded in `language`. */
export function parseOutcomeForm(values: ViewStateValues, language: Language): OutcomeFormResult {
  const errors: FormErrors = {};
  const raw: Record<string, unknown> = {};
  for (const blockId of BLOCK_IDS) {
    const reading = readInput(values, blockId, INPUT_ACTION);
    if (!reading.ok) {
      errors[blockId] = t(FORM_ERRORS.unreadable, language);
      continue;
    }
    if (blockId === OUTCOME_BLOCK.satisfaction) {
      const chosen = reading.state?.selected_option?.value;
      if (chosen !== undefined) raw[blockId] = Number(chosen);
    } else if (blockId === OUTCOME_BLOCK.accepted) {
      raw[blockId] = reading.state?.selected_option?.value;
    } else {
      const value = textOf(reading.state);
      raw[blockId] = blockId === OUTCOME_BLOCK.outcome ? (value ?? '') : value;
    }
  }
  const parsed = OutcomeFormSchema.safeParse(raw);
  if (!parsed.success) {
    errorsByBlock(
      parsed.error.issues,
      language,
      { blockIds: BLOCK_IDS, fallbackBlock: OUTCOME_BLOCK.outcome, input: raw },
      errors,
    );
  }
  // A missing score is "choose one", not "fill this in": it is a menu.
  if (errors[OUTCOME_BLOCK.satisfaction] && raw[OUTCOME_BLOCK.satisfaction] === undefined) {
    errors[OUTCOME_BLOCK.satisfaction] = t(FORM_ERRORS.choose, language);
  }
  if (errors[OUTCOME_BLOCK.accepted]) errors[OUTCOME_BLOCK.accepted] = t(ACCEPTANCE_FORM.choose, language);
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const { outcome, satisfaction, improvement, accepted } = parsed.data;
  return {
    ok: true,
    outcome,
    satisfaction,
    ...(improvement === undefined ? {} : { improvement }),
    accepted: accepted === ACCEPTANCE.accepted,
  };
}
