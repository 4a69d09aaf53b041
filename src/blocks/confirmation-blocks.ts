import type { Case } from '../domain/case.ts';
import { customerAnswerOf } from '../domain/customer-answer.ts';
import type { Language } from '../shared/language.ts';
import { CONFIRMATION_TEXT } from './confirmation-messages.ts';
import { t } from './messages.ts';

/** "🙅 not accepted by the customer" or "↩️ reopened" for a case back in hand, else nothing (issue 15). */
export function describeCustomerAnswer(record: Pick<Case, 'history' | 'status'>, language: Language): string[] {
  const answer = customerAnswerOf(record);
  if (!answer) return [];
  return answer.type === 'customer-declined'
    ? [`🙅 ${t(CONFIRMATION_TEXT.declinedLabel, language)}`]
    : [`↩️ ${t(CONFIRMATION_TEXT.reopenedLabel, language)}`];
}
