import type { Case } from '../domain/case.ts';
import { customerAnswerOf } from '../domain/customer-answer.ts';
import { formatMoment } from '../i18n/labels.ts';
import type { Language } from '../shared/language.ts';
import { describeSatisfaction, t } from './messages/common.ts';
import { CONFIRMATION_TEXT } from './messages/confirmation.ts';
import { md, mention, type SafeText, safeText } from './safe-text.ts';

const TEXT_MAX = 1000;

/** "🙅 not accepted by the customer" or "↩️ reopened". */
export function describeCustomerAnswerLabel(answer: 'declined' | 'reopened', language: Language): string {
  return answer === 'declined'
    ? `🙅 ${t(CONFIRMATION_TEXT.declinedLabel, language)}`
    : `↩️ ${t(CONFIRMATION_TEXT.reopenedLabel, language)}`;
}

/** The label for a case back in hand (App Home's line), else nothing (issue 15). */
export function describeCustomerAnswer(record: Pick<Case, 'history' | 'status'>, language: Language): string[] {
  const answer = customerAnswerOf(record);
  if (!answer) return [];
  return [describeCustomerAnswerLabel(answer.type === 'customer-declined' ? 'declined' : 'reopened', language)];
}

/** The digest's line: "*Customer confirmation*: not accepted by the customer: 2 · reopened (the customer came back): 1". */
export function describeCustomerCounts(
  counts: { notAccepted: number; reopened: number },
  language: Language,
): SafeText {
  const colon = language === 'zh' ? ':' : ': ';
  return md`*${t(CONFIRMATION_TEXT.digestHeading, language)}*${colon}${t(CONFIRMATION_TEXT.declinedLabel, language)}${colon}*${String(counts.notAccepted)}* · ${t(CONFIRMATION_TEXT.digestReopened, language)}${colon}*${String(counts.reopened)}*`;
}

/**
 * The review post's line for a case back in hand (issue 15): what was offered that the customer did not
 * accept, with their satisfaction; or who reopened it, when and why. Masked and escaped: a shared channel.
 */
export function describeCustomerAnswerForReview(
  record: Pick<Case, 'history' | 'status'>,
  language: Language,
  timezone: string,
): SafeText | undefined {
  const answer = customerAnswerOf(record);
  if (!answer) return undefined;
  const said = (text: string) => safeText(text, { max: TEXT_MAX, language });
  const when = formatMoment(answer.at, timezone);
  if (answer.type === 'customer-declined') {
    return md`🙅 *${t(CONFIRMATION_TEXT.declinedHeading, language)}*\n${said(answer.outcome)} · ${describeSatisfaction(answer.satisfaction, language)} · ${mention(answer.by)} · ${when}`;
  }
  const reason = answer.reason ? md`\n${said(answer.reason)}` : '';
  return md`↩️ *${t(CONFIRMATION_TEXT.reopenedLabel, language)}* · ${mention(answer.by)} · ${when}${reason}`;
}
