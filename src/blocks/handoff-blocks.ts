import type { Button } from '@slack/types';
import type { HandedOverEvent } from '../domain/case.ts';
import type { Language } from '../shared/language.ts';
import { plainText } from './block-parts.ts';
import { HANDOFF_FORM, HANDOFF_TEXT } from './handoff-messages.ts';
import { HANDOFF_ACTION } from './ids.ts';
import { LIMITS } from './limits.ts';
import { t } from './messages.ts';
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

/** The "Hand over" button for a case (its id as the value, as every case button carries). */
export function handoffButton(caseId: string, language: Language): Button {
  return {
    type: 'button',
    action_id: HANDOFF_ACTION.handOver,
    text: plainText(t(HANDOFF_FORM.button, language), LIMITS.buttonText),
    value: caseId,
  };
}
