import type { KnownBlock } from '@slack/types';
import type { DeadLetter } from '../domain/post-job.ts';
import type { Language } from '../shared/language.ts';
import { context, divider, header, section } from './block-parts.ts';
import { describeAge, t } from './messages/common.ts';
import { DEAD_LETTERS_HOME, explainDeadLetter, moreDeadLetters, POST_KIND_LABELS } from './messages/dead-letters.ts';
import { channelMention, md, mention, type SafeText, safeText } from './safe-text.ts';

/** Slack's codes are short; another failure's message (kept whole in the store) is cut on Home. */
const ERROR_MAX = 160;

/** Where a post was going, as Slack shows it: a channel link, a user mention, or the id as text. */
function placeOf(id: string): SafeText {
  return /^[UW][A-Z0-9]{2,30}$/.test(id) ? mention(id) : channelMention(id);
}

/** One dead letter: the case and what could not be posted, then Slack's error and what to do about it. */
function deadLetterLine(letter: DeadLetter, language: Language, now: Date): KnownBlock {
  const { before, place, after } = explainDeadLetter(letter, language);
  const reason = place ? md`${before}${placeOf(place)}${after}` : safeText(before);
  const age = describeAge(now.getTime() - Date.parse(letter.diedAt), language);
  const caseRef = safeText(letter.job.caseId.startsWith('C-') ? `#${letter.job.caseId}` : letter.job.caseId);
  return section(
    md`⚠️ *${caseRef}* · ${t(POST_KIND_LABELS[letter.job.kind], language)} · ${age}\nSlack: \`${safeText(letter.error, { max: ERROR_MAX, language })}\` — ${reason}`,
  );
}

/**
 * App Home's section for approvers on posts the bot gave up on: a short list of the most recent (case,
 * what, Slack's error in words a manager acts on), how many more there are, and how to send them again.
 */
export function buildDeadLetterBlocks(
  letters: readonly DeadLetter[],
  more: number,
  language: Language,
  now: Date,
): KnownBlock[] {
  return [
    header(md`${t(DEAD_LETTERS_HOME.heading, language)}`),
    context([md`${t(DEAD_LETTERS_HOME.intro, language)}`]),
    ...letters.map((letter) => deadLetterLine(letter, language, now)),
    ...(more > 0 ? [context([md`${moreDeadLetters(more, language)}`])] : []),
    divider(),
  ];
}
