import type { Button } from '@slack/types';
import type { Case, HandedOverEvent } from '../domain/case.ts';
import type { Language } from '../shared/language.ts';
import { plainText } from './block-parts.ts';
import { HANDOFF_ACTION } from './ids.ts';
import { LIMITS } from './limits.ts';
import { t } from './messages/common.ts';
import { REOPEN_FORM } from './messages/confirmation.ts';
import { HANDOFF_FORM, HANDOFF_TEXT } from './messages/handoff.ts';
import { md, mention, type SafeText, safeText } from './safe-text.ts';

const NOTE_MAX = 1000;

/**
 * "👥 <@A> handed this case to you — note: …", for the top of the new owner's analysis; when an approver
 * handed it on, whose it was too. The note is a colleague's words, masked and escaped like a thread line.
 */
export function describeHandoff(event: HandedOverEvent, language: Language): SafeText {
  const tr = (entry: { zh: string; en: string }) => t(entry, language);
  const colon = language === 'zh' ? ':' : ': ';
  const from = event.by === event.from ? '' : md` (${tr(HANDOFF_TEXT.from)} ${mention(event.from)})`;
  const note = event.note
    ? md`\n${tr(HANDOFF_TEXT.note)}${colon}${safeText(event.note, { max: NOTE_MAX, language })}`
    : '';
  return md`👥 *${mention(event.by)} ${tr(HANDOFF_TEXT.handedToYou)}*${from}${note}`;
}

/**
 * The button a case's line on App Home carries: "Reopen" once it is resolved or followed up (the customer
 * may come back), else "Hand over". Its value is the case id, as every case button carries.
 */
export function caseButton(record: Pick<Case, 'id' | 'status'>, language: Language): Button {
  const resolved = record.status === 'resolved' || record.status === 'followed-up';
  return {
    type: 'button',
    action_id: resolved ? HANDOFF_ACTION.reopen : HANDOFF_ACTION.handOver,
    text: plainText(t(resolved ? REOPEN_FORM.button : HANDOFF_FORM.button, language), LIMITS.buttonText),
    value: record.id,
  };
}
