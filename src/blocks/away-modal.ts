import type { ModalView } from '@slack/types';
import type { Delegation } from '../domain/delegation.ts';
import type { Language, Localized } from '../shared/language.ts';
import { context, plainText } from './block-parts.ts';
import type { FormErrors } from './form-errors.ts';
import { INPUT_ACTION } from './ids.ts';
import { LIMITS } from './limits.ts';
import { AWAY_TEXT } from './messages/away.ts';
import { t } from './messages/common.ts';
import { FORM_ERRORS } from './messages/form-errors.ts';
import { md, mention } from './safe-text.ts';
import { readInput, type ViewStateValues } from './view-state.ts';

/** The away form's callback and blocks (issue 15: an approver away names a delegate). */
export const AWAY_CALLBACK = 'approver_away_form';
export const AWAY_BLOCK = { delegate: 'delegate', until: 'until' } as const;
/** The words that, alone after `/complaint`, open the away form; with `off` after them, end the delegation. */
export const AWAY_WORDS = ['away', '不在', '休假'] as const;
export const AWAY_OFF_WORDS = ['off', 'back', '取消', '结束'] as const;

/**
 * The away form: a colleague (users_select) and the last day (datepicker), the delegation running now shown
 * above them when there is one; submitting replaces it.
 */
export function buildAwayModal(language: Language, current: Delegation | undefined, today: string): ModalView {
  const text = (entry: Localized, max: number) => plainText(t(entry, language), max);
  const now = current
    ? [context([md`${t(AWAY_TEXT.current, language)} ${mention(current.delegate)} → ${current.until}`])]
    : [];
  return {
    type: 'modal',
    callback_id: AWAY_CALLBACK,
    title: text(AWAY_TEXT.title, LIMITS.modalTitle),
    submit: text(AWAY_TEXT.submit, LIMITS.modalButton),
    close: text(AWAY_TEXT.close, LIMITS.modalButton),
    blocks: [
      context([md`${t(AWAY_TEXT.intro, language)}`]),
      ...now,
      {
        type: 'input',
        block_id: AWAY_BLOCK.delegate,
        label: text(AWAY_TEXT.delegate, LIMITS.inputLabel),
        element: {
          type: 'users_select',
          action_id: INPUT_ACTION,
          placeholder: text(AWAY_TEXT.delegatePlaceholder, LIMITS.placeholder),
          ...(current ? { initial_user: current.delegate } : {}),
        },
      },
      {
        type: 'input',
        block_id: AWAY_BLOCK.until,
        label: text(AWAY_TEXT.until, LIMITS.inputLabel),
        element: { type: 'datepicker', action_id: INPUT_ACTION, initial_date: current?.until ?? today },
      },
    ],
  };
}

/** A submitted away form: the delegate and the last day, or what to fix, by block id. */
export type AwayFormResult = { ok: true; delegate: string; until: string } | { ok: false; errors: FormErrors };

const USER_ID = /^[UW]\w{1,63}$/;

/** Reads the away form; `today` and `latest` (in the store's zone) bound the last day. */
export function parseAwayForm(
  values: ViewStateValues,
  { language, by, today, latest }: { language: Language; by: string; today: string; latest: string },
): AwayFormResult {
  const errors: FormErrors = {};
  const chosen = readInput(values, AWAY_BLOCK.delegate, INPUT_ACTION);
  const delegate = chosen.ok ? chosen.state?.selected_user : undefined;
  if (!delegate || !USER_ID.test(delegate)) errors[AWAY_BLOCK.delegate] = t(FORM_ERRORS.choose, language);
  else if (delegate === by) errors[AWAY_BLOCK.delegate] = t(AWAY_TEXT.toSelf, language);
  const picked = readInput(values, AWAY_BLOCK.until, INPUT_ACTION);
  const until = picked.ok ? picked.state?.selected_date : undefined;
  if (!until) errors[AWAY_BLOCK.until] = t(FORM_ERRORS.required, language);
  else if (until < today) errors[AWAY_BLOCK.until] = t(AWAY_TEXT.past, language);
  else if (until > latest) errors[AWAY_BLOCK.until] = t(AWAY_TEXT.tooFar, language);
  if (Object.keys(errors).length > 0 || !delegate || !until) return { ok: false, errors };
  return { ok: true, delegate, until };
}

/** Whether the words after `/complaint` ask for the away form (`open`) or to end the delegation (`off`). */
export function awaySubcommand(text: string): 'open' | 'off' | undefined {
  const [first = '', second, ...rest] = text.trim().toLowerCase().split(/\s+/);
  if (!(AWAY_WORDS as readonly string[]).includes(first) || rest.length > 0) return undefined;
  if (second === undefined) return 'open';
  return (AWAY_OFF_WORDS as readonly string[]).includes(second) ? 'off' : undefined;
}
