import type { ModalView } from '@slack/types';
import { z } from 'zod';
import type { Language } from '../shared/language.ts';
import { context, plainText } from './block-parts.ts';
import type { FormErrors } from './form-errors.ts';
import { HANDOFF_BLOCK, HANDOFF_CALLBACK, INPUT_ACTION } from './ids.ts';
import { LIMITS } from './limits.ts';
import { t } from './messages/common.ts';
import { FORM_ERRORS, tooLongError } from './messages/form-errors.ts';
import { HANDOFF_ERRORS, HANDOFF_FORM } from './messages/handoff.ts';
import { md } from './safe-text.ts';
import { readInput, textOf, type ViewStateValues } from './view-state.ts';

/** The case history keeps a note up to 1,000 characters (`Reason` in case.ts). */
export const HANDOFF_NOTE_MAX = 1000;

/**
 * The handoff form (换人, issue 15): the colleague to hand the case to and a note for them. The case id
 * comes back in `private_metadata` as `{"caseId": …, "owner": …}`, with whom the case was with when the
 * form opened, so a case handed on meanwhile is not handed again from under its new owner.
 */
export function buildHandoffModal({
  language,
  caseId,
  owner,
}: {
  language: Language;
  caseId: string;
  owner: string;
}): ModalView {
  const text = (entry: { zh: string; en: string }, max: number) => plainText(t(entry, language), max);
  return {
    type: 'modal',
    callback_id: HANDOFF_CALLBACK.handoffForm,
    title: text(HANDOFF_FORM.title, LIMITS.modalTitle),
    submit: text(HANDOFF_FORM.submit, LIMITS.modalButton),
    close: text(HANDOFF_FORM.close, LIMITS.modalButton),
    private_metadata: JSON.stringify({ caseId, owner }),
    blocks: [
      context([md`${t(HANDOFF_FORM.intro, language)}`]),
      {
        type: 'input',
        block_id: HANDOFF_BLOCK.to,
        label: text(HANDOFF_FORM.to, LIMITS.inputLabel),
        element: {
          type: 'users_select',
          action_id: INPUT_ACTION,
          placeholder: text(HANDOFF_FORM.toPlaceholder, LIMITS.placeholder),
        },
      },
      {
        type: 'input',
        block_id: HANDOFF_BLOCK.note,
        optional: true,
        label: text(HANDOFF_FORM.note, LIMITS.inputLabel),
        hint: text(HANDOFF_FORM.noteHint, LIMITS.inputHint),
        element: { type: 'plain_text_input', action_id: INPUT_ACTION, multiline: true, max_length: HANDOFF_NOTE_MAX },
      },
    ],
  };
}

const MetadataSchema = z.object({ owner: z.string().min(1).max(64) });

/** The owner the form was opened on, or undefined when the metadata does not say. */
export function handoffFormOwner(privateMetadata: string): string | undefined {
  try {
    return MetadataSchema.safeParse(JSON.parse(privateMetadata)).data?.owner;
  } catch {
    return undefined;
  }
}

/** A submitted handoff form: who to hand to and the note, or what to fix, by block id. */
export type HandoffFormResult = { ok: true; to: string; note?: string } | { ok: false; errors: FormErrors };

const USER_ID = /^[UW]\w{1,63}$/;

/**
 * Reads a submitted handoff form. `by` is who submits it and `owner` whom the case is with: handing it to
 * either is refused on the form, before anything is asked of Slack or the store.
 */
export function parseHandoffForm(
  values: ViewStateValues,
  { language, by, owner }: { language: Language; by: string; owner: string },
): HandoffFormResult {
  const errors: FormErrors = {};
  const chosen = readInput(values, HANDOFF_BLOCK.to, INPUT_ACTION);
  const to = chosen.ok ? chosen.state?.selected_user : undefined;
  if (!to || !USER_ID.test(to)) errors[HANDOFF_BLOCK.to] = t(FORM_ERRORS.choose, language);
  else if (to === by) errors[HANDOFF_BLOCK.to] = t(HANDOFF_ERRORS.toSelf, language);
  else if (to === owner) errors[HANDOFF_BLOCK.to] = t(HANDOFF_ERRORS.toOwner, language);
  const written = readInput(values, HANDOFF_BLOCK.note, INPUT_ACTION);
  const note = written.ok ? textOf(written.state) : undefined;
  if (!written.ok) errors[HANDOFF_BLOCK.note] = t(FORM_ERRORS.unreadable, language);
  else if (note !== undefined && note.length > HANDOFF_NOTE_MAX) {
    errors[HANDOFF_BLOCK.note] = tooLongError(HANDOFF_NOTE_MAX, language);
  }
  if (Object.keys(errors).length > 0 || !to) return { ok: false, errors };
  return { ok: true, to, ...(note === undefined ? {} : { note }) };
}
