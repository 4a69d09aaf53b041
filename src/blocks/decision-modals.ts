import type { InputBlock, KnownBlock, ModalView } from '@slack/types';
import { z } from 'zod';
import type { ApprovalRequestedEvent, Case } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { RemedyVerdict } from '../domain/remedy-verdict.ts';
import { formatMoney } from '../i18n/labels.ts';
import { outsidePolicyVerdict } from '../policy/policy-coverage.ts';
import type { Language, Localized } from '../shared/language.ts';
import { approvalRefValue } from './approval-ref.ts';
import { context, option, plainText } from './block-parts.ts';
import { remedyName } from './case-summary.ts';
import { askableRemedies } from './compensation-modal.ts';
import { errorsByBlock, type FormErrors } from './form-errors.ts';
import { CALLBACK, DECISION_BLOCK, INPUT_ACTION } from './ids.ts';
import { LIMITS } from './limits.ts';
import { APPROVAL } from './messages/approval.ts';
import { t } from './messages/common.ts';
import { DECISION_FORM } from './messages/decision-forms.ts';
import { FORM_ERRORS } from './messages/form-errors.ts';
import { joinSafe, md, safeText } from './safe-text.ts';
import { readInput, textOf, type ViewStateValues } from './view-state.ts';

/** The three ways to decide a request. */
export type DecisionKind = 'approve' | 'adjust' | 'reject';

export const DECISION_CALLBACKS: Record<DecisionKind, string> = {
  approve: CALLBACK.approveForm,
  adjust: CALLBACK.adjustForm,
  reject: CALLBACK.rejectForm,
};

/** Money remedies, whose amount is the point of the decision. */
const MONEY_KINDS = new Set(['compensation', 'discount', 'gift']);

/** What a decision form is built from. */
export interface DecisionModalInput {
  kind: DecisionKind;
  record: Case;
  request: number;
  event: ApprovalRequestedEvent;
  language: Language;
  policy: Policy;
}

/**
 * What a manager may adjust a request to: the remedies the policy finds eligible for this case, plus the
 * one asked for (so only its amount can change). For goods the policy does not cover nothing is eligible
 * and the manager is the one deciding, so any remedy staff could have asked for (a refund or goodwill).
 */
export function adjustableRemedies(record: Case, event: ApprovalRequestedEvent): RemedyVerdict[] {
  const uncovered = outsidePolicyVerdict(record.remedies) !== undefined;
  const askable = new Set(uncovered ? askableRemedies(record.remedies).map((remedy) => remedy.id) : []);
  return record.remedies
    .filter((remedy) => remedy.eligible || remedy.id === event.remedyId || askable.has(remedy.id))
    .slice(0, LIMITS.staticSelectOptions);
}

function textInput(
  blockId: string,
  label: Localized,
  hint: Localized,
  optional: boolean,
  language: Language,
): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional,
    label: plainText(t(label, language), LIMITS.inputLabel),
    hint: plainText(t(hint, language), LIMITS.inputHint),
    element: { type: 'plain_text_input', action_id: INPUT_ACTION, multiline: true, max_length: 1000 },
  };
}

/**
 * The form behind Approve (an optional comment), Adjust (a new remedy and/or amount, and a required
 * reason) or Reject (a required reason). It names the request it decides; the decision is checked again
 * when it is submitted, since the request may have been decided meanwhile.
 */
export function buildDecisionModal({ kind, record, request, event, language, policy }: DecisionModalInput): ModalView {
  const tr = (entry: Localized) => t(entry, language);
  const titles = {
    approve: DECISION_FORM.approveTitle,
    adjust: DECISION_FORM.adjustTitle,
    reject: DECISION_FORM.rejectTitle,
  };
  const submits = {
    approve: DECISION_FORM.approveSubmit,
    adjust: DECISION_FORM.adjustSubmit,
    reject: DECISION_FORM.rejectSubmit,
  };
  const asked = joinSafe(
    [
      remedyName(record.remedies, event.remedyId, language),
      event.amount !== undefined && formatMoney(event.amount, policy.currency, language),
    ],
    ' · ',
  );
  const blocks: KnownBlock[] = [
    context([
      md`#${record.id} · ${asked}`,
      md`${tr(APPROVAL.reason)}: ${safeText(event.reason, { max: 500, language })}`,
    ]),
  ];
  if (kind === 'adjust') {
    const options = adjustableRemedies(record, event).map((remedy) => option(t(remedy.name, language), remedy.id));
    const initial = options.find((entry) => entry.value === event.remedyId);
    blocks.push(
      {
        type: 'input',
        block_id: DECISION_BLOCK.remedy,
        label: plainText(tr(DECISION_FORM.remedy), LIMITS.inputLabel),
        hint: plainText(
          tr(outsidePolicyVerdict(record.remedies) ? DECISION_FORM.remedyHintUncovered : DECISION_FORM.remedyHint),
          LIMITS.inputHint,
        ),
        element: {
          type: 'static_select',
          action_id: INPUT_ACTION,
          options,
          ...(initial ? { initial_option: initial } : {}),
        },
      },
      {
        type: 'input',
        block_id: DECISION_BLOCK.amount,
        optional: true,
        label: plainText(tr(DECISION_FORM.amount), LIMITS.inputLabel),
        element: {
          type: 'number_input',
          action_id: INPUT_ACTION,
          is_decimal_allowed: true,
          min_value: '0',
          ...(event.amount === undefined ? {} : { initial_value: String(event.amount) }),
        },
      },
    );
  }
  blocks.push(
    kind === 'approve'
      ? textInput(DECISION_BLOCK.reason, DECISION_FORM.comment, DECISION_FORM.commentHint, true, language)
      : textInput(DECISION_BLOCK.reason, DECISION_FORM.reason, DECISION_FORM.reasonHint, false, language),
  );
  return {
    type: 'modal',
    callback_id: DECISION_CALLBACKS[kind],
    title: plainText(tr(titles[kind]), LIMITS.modalTitle),
    submit: plainText(tr(submits[kind]), LIMITS.modalButton),
    close: plainText(tr(DECISION_FORM.close), LIMITS.modalButton),
    private_metadata: approvalRefValue({ caseId: record.id, request }),
    blocks,
  };
}

const Reason = z.string().trim().min(1).max(1000);
const DecisionFormSchema = z.object({
  remedyId: z.string().min(1),
  amount: z.number().finite().nonnegative().max(1_000_000).optional(),
  reason: Reason.optional(),
});

/** A decision read from its form, or the errors to show under its inputs. */
export type DecisionFormResult =
  | { ok: true; remedyId: string; amount?: number; reason?: string }
  | { ok: false; errors: FormErrors };

const BLOCK_IDS: ReadonlySet<string> = new Set(Object.values(DECISION_BLOCK));

/**
 * Reads a submitted decision. Approve keeps the request's remedy and amount, with an optional comment;
 * Reject needs a reason; Adjust needs a reason and a real change, to a remedy the form offered, with an
 * amount for money remedies.
 */
export function parseDecisionForm(
  kind: DecisionKind,
  values: ViewStateValues,
  language: Language,
  record: Case,
  event: ApprovalRequestedEvent,
): DecisionFormResult {
  const errors: FormErrors = {};
  const raw: Record<string, unknown> = { remedyId: event.remedyId };
  if (event.amount !== undefined) raw.amount = event.amount;
  const reading = readInput(values, DECISION_BLOCK.reason, INPUT_ACTION);
  if (!reading.ok) errors[DECISION_BLOCK.reason] = t(FORM_ERRORS.unreadable, language);
  else {
    const reason = textOf(reading.state);
    if (reason !== undefined) raw.reason = reason;
    else if (kind !== 'approve') errors[DECISION_BLOCK.reason] = t(FORM_ERRORS.required, language);
  }
  if (kind === 'adjust') {
    const remedy = readInput(values, DECISION_BLOCK.remedy, INPUT_ACTION);
    if (!remedy.ok) errors[DECISION_BLOCK.remedy] = t(FORM_ERRORS.unreadable, language);
    else raw.remedyId = remedy.state?.selected_option?.value;
    const amount = readInput(values, DECISION_BLOCK.amount, INPUT_ACTION);
    if (!amount.ok) errors[DECISION_BLOCK.amount] = t(FORM_ERRORS.unreadable, language);
    else {
      const typed = textOf(amount.state);
      delete raw.amount;
      if (typed !== undefined) {
        const value = Number(typed);
        if (Number.isFinite(value)) raw.amount = value;
        else errors[DECISION_BLOCK.amount] = t(FORM_ERRORS.notANumber, language);
      }
    }
  }
  const parsed = DecisionFormSchema.safeParse(raw);
  if (!parsed.success) {
    errorsByBlock(
      parsed.error.issues,
      language,
      { blockIds: BLOCK_IDS, fallbackBlock: DECISION_BLOCK.reason, input: raw },
      errors,
    );
  }
  if (parsed.success && kind === 'adjust') {
    const { remedyId, amount } = parsed.data;
    const chosen = adjustableRemedies(record, event).find((remedy) => remedy.id === remedyId);
    if (!chosen) errors[DECISION_BLOCK.remedy] ??= t(FORM_ERRORS.choose, language);
    else if (MONEY_KINDS.has(chosen.kind) && amount === undefined) {
      errors[DECISION_BLOCK.amount] ??= t(DECISION_FORM.amountNeeded, language);
    } else if (remedyId === event.remedyId && amount === event.amount) {
      errors[DECISION_BLOCK.amount] ??= t(DECISION_FORM.nothingChanged, language);
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const { remedyId, amount, reason } = parsed.data;
  return {
    ok: true,
    remedyId,
    ...(amount === undefined ? {} : { amount }),
    ...(reason === undefined ? {} : { reason }),
  };
}
