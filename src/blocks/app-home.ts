import type { HomeView, KnownBlock } from '@slack/types';
import type { Case } from '../complaints/case.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Language } from '../shared/language.js';
import { context, divider, header, section } from './block-parts.js';
import { describeItem, describeTemperament, mentionOrText } from './case-summary.js';
import { fitBlocks, LIMITS, type RankedBlock } from './limits.js';
import { describeAge, HOME, moreNote, STATUS_ICONS, STATUS_LABELS, t } from './messages.js';
import { escapeMrkdwn, userMrkdwn } from './mrkdwn.js';

/** What App Home is built from. */
export interface AppHomeInput {
  /** The reader's language. */
  language: Language;
  /** The reader's own cases that are not closed, most urgent first. */
  mine: readonly Case[];
  /** The store's latest cases. */
  recent: readonly Case[];
  policy: Policy;
  /** The moment ages are measured to; pass the app's clock (the current time when absent). */
  now?: Date;
}

const ITEM_MAX = 80;

/** When Home has too many cases to show, the store's list gives way before the reader's own. */
const DROP = { recent: 2, mine: 1 } as const;

/**
 * App Home: the reader's open cases (status, what, temperament, age) and the store's recent ones, with a
 * kind word when a list is empty. Home is seen by any staff member, so customer contact details are
 * masked, as in the review channel.
 */
export function buildAppHome({ language, mine, recent, policy, now = new Date() }: AppHomeInput): HomeView {
  const tr = (entry: { zh: string; en: string }) => t(entry, language);
  const line = (record: Case, withOwner: boolean) => {
    const item = userMrkdwn(describeItem(record, policy, language), { max: ITEM_MAX, language, mask: true });
    const where = userMrkdwn(record.store, { max: ITEM_MAX, language, mask: true });
    const owner = withOwner ? ` · ${mentionOrText(record.owner)}` : '';
    const age = describeAge(now.getTime() - Date.parse(record.createdAt), language);
    return section(
      [
        `${STATUS_ICONS[record.status]} *${item}* · ${where}${owner}`,
        [
          tr(STATUS_LABELS[record.status]),
          escapeMrkdwn(describeTemperament(record, language)),
          age,
          `#${escapeMrkdwn(record.id)}`,
        ].join(' · '),
      ].join('\n'),
    );
  };

  const blocks: (KnownBlock | RankedBlock)[] = [header(tr(HOME.mine)), context([tr(HOME.intro)])];
  if (mine.length === 0) blocks.push(section(tr(HOME.mineEmpty)));
  for (const record of mine) blocks.push({ block: line(record, false), drop: DROP.mine });
  blocks.push(divider(), header(tr(HOME.recent)));
  if (recent.length === 0) blocks.push(section(tr(HOME.recentEmpty)));
  for (const record of recent) blocks.push({ block: line(record, true), drop: DROP.recent });

  return {
    type: 'home',
    blocks: fitBlocks(blocks, LIMITS.viewBlocks, (hidden) => moreNote(hidden, language)),
  };
}
