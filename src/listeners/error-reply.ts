import type { WebClient } from '@slack/web-api';
import { APPROVAL_REPLIES, alreadySettled } from '../blocks/messages/approval.ts';
import { STATUS_LABELS } from '../blocks/messages/common.ts';
import { HANDOFF_ERRORS } from '../blocks/messages/handoff.ts';
import { CaseTransitionError, type TransitionRefusal } from '../domain/case-transition-error.ts';
import { type AppError, isAppError, RequestPendingError, RequestSettledError } from '../errors.ts';
import { formatMoment } from '../i18n/labels.ts';
import type { Language, Localized } from '../shared/language.ts';
import { REPLIES, reply, tellPrivately } from './replies.ts';

/** What a person is told when a change is refused; error messages are English and for logs only. */
export const ERROR_REPLIES = {
  alreadyDecided: {
    zh: '这项申请已经审批过,以第一个决定为准。',
    en: 'That request was already decided; the first decision stands.',
  },
  // The next three follow REPLIES.refused ("That change cannot be made now:").
  notCurrentProposal: {
    zh: '只有当前需要审批的方案才能提交审批。',
    en: 'only the current proposal, when it needs approval, can be sent to the approvers.',
  },
  needsApproval: {
    zh: '这个方案须经经理批准后才能办理。',
    en: "the proposal needs a manager's approval before it is carried out.",
  },
  repairStep: {
    zh: '维修还没到这一步,请先看看案例中的维修进度。',
    en: 'the repair is not at that step; check its progress on the case.',
  },
  busy: {
    zh: '有人同时在修改这个案例,请稍后再试。',
    en: 'Someone else was changing this case at the same moment; please try again.',
  },
  storeDown: {
    zh: '暂时无法读写案例记录,请稍后再试。',
    en: 'The case records cannot be reached just now; please try again in a moment.',
  },
  invalidInput: {
    zh: '填写的内容无法接受,请检查后再试。',
    en: 'What was entered could not be accepted; please check it and try again.',
  },
  unknown: {
    zh: '出了点问题,请稍后再试。',
    en: 'Something went wrong; please try again in a moment.',
  },
} satisfies Record<string, Localized>;

/** "That change cannot be made now: the case is awaiting approval." */
function refusedInStatus(error: CaseTransitionError, language: Language): string {
  const status = error.status ? STATUS_LABELS[error.status][language] : undefined;
  const refused = reply(REPLIES.refused, language);
  if (!status) return `${refused} ${reply(ERROR_REPLIES.unknown, language)}`;
  return language === 'zh' ? `${refused}案例目前是“${status}”状态。` : `${refused} the case is ${status}.`;
}

/** The reply per refusal, and whether it follows "That change cannot be made now:". */
const TRANSITION_REPLIES: Record<Exclude<TransitionRefusal, 'status'>, { text: Localized; refused: boolean }> = {
  'already-decided': { text: ERROR_REPLIES.alreadyDecided, refused: false },
  'no-request': { text: APPROVAL_REPLIES.requestGone, refused: false },
  'own-request': { text: APPROVAL_REPLIES.notOwnRequest, refused: false },
  'not-current-proposal': { text: ERROR_REPLIES.notCurrentProposal, refused: true },
  'needs-approval': { text: ERROR_REPLIES.needsApproval, refused: true },
  'repair-step': { text: ERROR_REPLIES.repairStep, refused: true },
  'same-owner': { text: HANDOFF_ERRORS.toOwner, refused: false },
  'owner-changed': { text: HANDOFF_ERRORS.ownerChanged, refused: true },
};

function describeTransition(error: CaseTransitionError, language: Language): string {
  if (error.refusal === 'status') return refusedInStatus(error, language);
  const { text, refused } = TRANSITION_REPLIES[error.refusal];
  if (!refused) return reply(text, language);
  return `${reply(REPLIES.refused, language)}${language === 'zh' ? '' : ' '}${reply(text, language)}`;
}

/**
 * The one place an expected failure becomes words for a person, in their language: by the error's class
 * and code, never by its message (which is English, for the logs, and may name internals).
 */
export function describeAppError(error: AppError, language: Language, timezone: string): string {
  if (error instanceof RequestPendingError) return reply(APPROVAL_REPLIES.withdrawFirst, language);
  if (error instanceof RequestSettledError) {
    return alreadySettled(error.outcome, `<@${error.by}>`, formatMoment(error.at, timezone), language);
  }
  if (error instanceof CaseTransitionError) return describeTransition(error, language);
  switch (error.code) {
    case 'not_found':
      return reply(REPLIES.notFound, language);
    case 'store_conflict':
      return reply(ERROR_REPLIES.busy, language);
    case 'store_unavailable':
    case 'store_corrupt':
      return reply(ERROR_REPLIES.storeDown, language);
    case 'invalid_input':
      return reply(ERROR_REPLIES.invalidInput, language);
    default:
      return reply(ERROR_REPLIES.unknown, language);
  }
}

/**
 * Tells the user privately why their change did not land. Errors that are not the app's own are thrown
 * on, for Bolt's error handler (they are bugs, not refusals).
 */
export async function tellRefusal(
  target: { client: WebClient; user: string; channel: string | undefined },
  error: unknown,
  language: Language,
  timezone: string,
): Promise<void> {
  if (!isAppError(error)) throw error;
  await tellPrivately(target.client, target.user, target.channel, describeAppError(error, language, timezone));
}
