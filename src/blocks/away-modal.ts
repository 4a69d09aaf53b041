import type { ModalView } from '@slack/types';
import type { Delegation } from '../domain/delegation.ts';
import type { Language, Localized } from '../shared/language.ts';
import { context, plainText } from './block-parts.ts';
import type { FormErrors } from './form-errors.ts';
import { INPUT_ACTION } from './ids.ts';
import { LIMITS } from './limits.ts';
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

/** What delegating while away writes, in Chinese and English. */
export const AWAY_TEXT = {
  title: { zh: '不在期间的代理人', en: 'Away: name a delegate' },
  submit: { zh: '保存', en: 'Save' },
  close: { zh: '取消', en: 'Cancel' },
  intro: {
    zh: '你不在的期间,补偿审批请求和提醒也会发给代理人,ta 可以替你审批。到期后自动结束;随时可用 `/complaint away off` 提前结束。',
    en: 'While you are away, requests for approval and their reminders also go to your delegate, who may decide them for you. It ends by itself after the last day; `/complaint away off` ends it sooner.',
  },
  current: { zh: '现在的代理人:', en: 'Your delegate now:' },
  until: { zh: '代理到(含当天)', en: 'Until (the last day)' },
  delegate: { zh: '代理人', en: 'Delegate' },
  delegatePlaceholder: { zh: '选择同事', en: 'Choose a colleague' },
  approversOnly: {
    zh: '只有审批经理(APPROVERS)可以指定代理人;代理人不能再转给别人。',
    en: 'Only the approvers (APPROVERS) can name a delegate; a delegate cannot pass it on.',
  },
  saved: { zh: '已设置:审批请求和提醒也会发给', en: 'Done: requests for approval and reminders also go to' },
  savedUntil: { zh: '直到', en: 'until the end of' },
  ended: {
    zh: '代理已结束:审批请求只发给审批经理。',
    en: 'Your delegation has ended: requests go to the approvers only.',
  },
  noneToEnd: { zh: '你现在没有代理人。', en: 'You have no delegate now.' },
  toSelf: { zh: '不能指定自己,请选择另一位同事。', en: 'You cannot name yourself; choose a colleague.' },
  past: { zh: '请选择今天或以后的日期。', en: 'Choose today or a later day.' },
  tooFar: { zh: '代理最长 90 天,请选择更早的日期。', en: 'A delegation runs 90 days at most; choose an earlier day.' },
} satisfies Record<string, Localized>;

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
