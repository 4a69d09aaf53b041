import type { WebClient } from '@slack/web-api';
import { APPROVAL_REPLIES, alreadySettled } from '../blocks/messages/approval.ts';
import { STATUS_LABELS } from '../blocks/messages/common.ts';
import { HANDOFF_ERRORS } from '../blocks/messages/handoff.ts';
import { ERROR_REPLIES, REPLIES, refusedInStatus } from '../blocks/messages/replies.ts';
import { CaseTransitionError, type TransitionRefusal } from '../domain/case-transition-error.ts';
import { type AppError, isAppError, RequestPendingError, RequestSettledError } from '../errors.ts';
import { formatMoment } from '../i18n/labels.ts';
import type { Language, Localized } from '../shared/language.ts';
import { reply, tellPrivately } from './replies.ts';

function describeRefusedInStatus(error: CaseTransitionError, language: Language): string {
  if (!error.status) return `${reply(REPLIES.refused, language)} ${reply(ERROR_REPLIES.unknown, language)}`;
  return refusedInStatus(STATUS_LABELS[error.status], language);
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
  if (error.refusal === 'status') return describeRefusedInStatus(error, language);
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
