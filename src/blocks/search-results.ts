import type { KnownBlock } from '@slack/types';
import type { CaseOutline } from '../domain/case-outline.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { formatMoment } from '../i18n/labels.ts';
import type { Language } from '../shared/language.ts';
import { context, section } from './block-parts.ts';
import type { SlackMessage } from './case-message.ts';
import { describeItem, describeTemperament } from './case-summary.ts';
import { fitBlocks, LIMITS } from './limits.ts';
import { fill, moreNote, STATUS_ICONS, STATUS_LABELS, t } from './messages/common.ts';
import { ARCHIVE, describeFound } from './messages/search-and-export.ts';
import { joinSafe, link, md, mention, safeText, shownText } from './safe-text.ts';

/** How many matches an answer lists; Block Kit allows 50 blocks in a message. */
export const SEARCH_SHOWN = 20;
const ITEM_MAX = 120;
const NARRATIVE_MAX = 280;

/** What a search answer is built from. */
export interface SearchResultsInput {
  /** Matches, newest first. */
  cases: readonly CaseOutline[];
  /** Permalinks to each case's review post, by case id (absent when not posted or not found). */
  links: ReadonlyMap<string, string>;
  /** Whether only the most recent cases were searched, and how many. */
  recentOnly: boolean;
  recentDepth: number;
  language: Language;
  policy: Policy;
}

/**
 * The private answer to `/complaint search`: one entry per matching case — status, what, store, when,
 * temperament, owner, the start of what happened, and a link to its review post. Contacts are masked and
 * text escaped, as in the review channel.
 */
export function buildSearchResults({
  cases,
  links,
  recentOnly,
  recentDepth,
  language,
  policy,
}: SearchResultsInput): SlackMessage {
  const shown = cases.slice(0, SEARCH_SHOWN);
  const summary =
    cases.length === 0 ? t(ARCHIVE.noMatch, language) : describeFound(cases.length, shown.length, language);
  const blocks: KnownBlock[] = [section(md`*${summary}*`)];
  if (recentOnly) blocks.push(context([md`${fill(ARCHIVE.recentOnly, language, { n: recentDepth })}`]));
  for (const record of shown) {
    const masked = (text: string, max: number) => safeText(text, { max, language });
    const item = masked(describeItem(record, policy, language), ITEM_MAX);
    const url = links.get(record.id);
    const title = link(url, item);
    const facts = joinSafe(
      [
        `${STATUS_ICONS[record.status]} ${t(STATUS_LABELS[record.status], language)}`,
        masked(record.store, ITEM_MAX),
        formatMoment(record.createdAt, policy.timezone),
        describeTemperament(record, language),
        mention(record.owner),
        `#${record.id}`,
        title === item && t(ARCHIVE.noPost, language),
      ],
      ' · ',
    );
    blocks.push(section(md`*${title}*\n${facts}\n${masked(record.complaint.narrative, NARRATIVE_MAX)}`));
  }
  return {
    text: shownText(md`${summary}`, 200, language),
    blocks: fitBlocks(blocks, LIMITS.messageBlocks, (hidden) => moreNote(hidden, language)),
  };
}
