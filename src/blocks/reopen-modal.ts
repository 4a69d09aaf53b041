import type { ModalView } from '@slack/types';
import type { Language } from '../shared/language.ts';
import { context, plainText } from './block-parts.ts';
import type { FormErrors } from './form-errors.ts';
import { HANDOFF_CALLBACK, INPUT_ACTION, REOPEN_BLOCK } from './ids.ts';
import { LIMITS } from './limits.ts';
import { t } from './messages/common.ts';
import { REOPEN_FORM } from './messages/confirmation.ts';
import { FORM_ERRORS, tooLongError } from './messages/form-errors.ts';
import { md } from './safe-text.ts';
import { readInput, textOf, type ViewStateValues } from './view-state.ts';

const REASON_MAX = 1000;

/** The form for reopening a resolved case the customer came back on (issue 15): what they came back about. */
export function buildReopenModal({ language, caseId }: { language: Language; caseId: string }): ModalView {
  const text = (entry: { zh: string; en: string }, max: number) => plainText(t(entry, language), max);
  return {
    type: 'modal',
    callback_id: HANDOFF_CALLBACK.reopenForm,
    title: text(REOPEN_FORM.title, LIMITS.modalTitle),
    submit: text(REOPEN_FORM.submit, LIMITS.modalButton),
    close: text(REOPEN_FORM.close, LIMITS.modalButton),
    private_metadata: JSON.stringify({ caseId }),
    blocks: [
      context([md`${t(REOPEN_FORM.intro, language)}`]),
      {
        type: 'input',
        block_id: REOPEN_BLOCK.reason,
        optional: true,
        label: text(REOPEN_FORM.reason, LIMITS.inputLabel),
        element: { type: 'plain_text_input', action_id: INPUT_ACTION, multiline: true, max_length: REASON_MAX },
      },
    ],
  };
}

/** A submitted reopen form: the reason, if any, or what to fix. */
export function parseReopenForm(
  values: ViewStateValues,
  language: Language,
): { ok: true; reason?: string } | { ok: false; errors: FormErrors } {
  const reading = readInput(values, REOPEN_BLOCK.reason, INPUT_ACTION);
  if (!reading.ok) return { ok: false, errors: { [REOPEN_BLOCK.reason]: t(FORM_ERRORS.unreadable, language) } };
  const reason = textOf(reading.state);
  if (reason !== undefined && reason.length > REASON_MAX) {
    return { ok: false, errors: { [REOPEN_BLOCK.reason]: tooLongError(REASON_MAX, language) } };
  }
  return { ok: true, ...(reason === undefined ? {} : { reason }) };
}
