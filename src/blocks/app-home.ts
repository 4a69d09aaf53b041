import type { HomeView, KnownBlock } from '@slack/types';
import type { AftercareItem } from '../domain/aftercare.ts';
import type { Case } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { DeadLetter } from '../domain/post-job.ts';
import { slaClocks } from '../policy/sla-clock.ts';
import type { Language } from '../shared/language.ts';
import { buildAftercareHomeItem } from './aftercare-blocks.ts';
import { buildPendingApprovalBlocks } from './approval-message.ts';
import { context, divider, header, section } from './block-parts.ts';
import { describeItem, describeTemperament } from './case-summary.ts';
import { describeCustomerAnswer } from './confirmation-blocks.ts';
import { buildDeadLetterBlocks } from './dead-letter-blocks.ts';
import { caseButton } from './handoff-blocks.ts';
import { fitBlocks, LIMITS, type RankedBlock } from './limits.ts';
import { AFTERCARE } from './messages/aftercare.ts';
import { HOME, morePending } from './messages/app-home.ts';
import { APPROVAL } from './messages/approval.ts';
import { describeAge, moreNote, STATUS_ICONS, STATUS_LABELS, t } from './messages/common.ts';
import { joinSafe, md, mention, safeText } from './safe-text.ts';
import { describeSlaForHome } from './sla-blocks.ts';

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
  /** For an approver: every pending request (case and request id), shown first with the decide buttons. */
  pending?: readonly { record: Case; request: number }[];
  /** How many more requests are pending than `pending` holds (shown as "+N more"). */
  pendingMore?: number;
  /** The reader's user id, so their own requests show without decide buttons. */
  viewer?: string;
  /** An approver may hand any case on (issue 15): the store's recent cases get the button too. */
  approver?: boolean;
  /** The reader's follow-up calls, repairs and pickups due (overdue first); absent: the section is not shown. */
  aftercare?: readonly { record: Case; item: AftercareItem }[];
  /** For an approver: posts the bot gave up on, the most recent first, and how many more there are. */
  deadLetters?: { letters: readonly DeadLetter[]; more: number };
}

const ITEM_MAX = 80;

/** When Home has too many cases to show, the store's list gives way before the reader's own. */
const DROP = { recent: 2, mine: 1 } as const;

/**
 * App Home: the reader's open cases (status, what, temperament, age) and the store's recent ones, with a
 * kind word when a list is empty. Home is seen by any staff member, so customer contact details are
 * masked, as in the review channel.
 */
export function buildAppHome({
  language,
  mine,
  recent,
  policy,
  now = new Date(),
  pending,
  pendingMore = 0,
  viewer = '',
  approver = false,
  aftercare,
  deadLetters,
}: AppHomeInput): HomeView {
  const tr = (entry: { zh: string; en: string }) => t(entry, language);
  const line = (record: Case, withOwner: boolean) => {
    const item = safeText(describeItem(record, policy, language), { max: ITEM_MAX, language });
    const where = safeText(record.store, { max: ITEM_MAX, language });
    const owner = withOwner ? md` · ${mention(record.owner)}` : '';
    const age = describeAge(now.getTime() - Date.parse(record.createdAt), language);
    const facts = joinSafe(
      [
        // The most urgent SLA clock still running, first: what to answer or resolve first (issue 15).
        describeSlaForHome(slaClocks(record, policy, now), language),
        tr(STATUS_LABELS[record.status]),
        // Not accepted or back again: still in hand although something was done (issue 15).
        ...describeCustomerAnswer(record, language),
        describeTemperament(record, language),
        age,
        `#${record.id}`,
      ],
      ' · ',
    );
    const block = section(md`${STATUS_ICONS[record.status]} *${item}* · ${where}${owner}\n${facts}`);
    // The reader's own cases (an approver's: any) are handed to a colleague from here (换人), or reopened
    // once resolved, when the customer comes back (issue 15).
    if (record.status === 'closed' || (withOwner && !approver)) return block;
    return { ...block, accessory: caseButton(record, language) };
  };

  const blocks: (KnownBlock | RankedBlock)[] = [];
  if (pending && pending.length > 0) {
    // What a manager must decide comes first; it is never dropped for lack of room.
    blocks.push(header(md`${tr(APPROVAL.pendingHeading)}`));
    for (const entry of pending) {
      blocks.push(...buildPendingApprovalBlocks(entry.record, entry.request, viewer, language, policy, now));
    }
    if (pendingMore > 0) blocks.push(context([md`${morePending(pendingMore, language)}`]));
    blocks.push(divider());
  }
  if (deadLetters && deadLetters.letters.length > 0) {
    // A post that never reached Slack is a case nobody in the channel heard of: the manager must know.
    blocks.push(...buildDeadLetterBlocks(deadLetters.letters, deadLetters.more, language, now));
  }
  if (aftercare) {
    // What was promised to customers (a call, a repair date) is kept before anything new is taken on.
    blocks.push(header(md`${tr(AFTERCARE.homeHeading)}`));
    if (aftercare.length === 0) blocks.push(section(md`${tr(AFTERCARE.homeEmpty)}`));
    for (const { record, item } of aftercare)
      blocks.push(...buildAftercareHomeItem(record, item, policy, language, now));
    blocks.push(divider());
  }
  blocks.push(header(md`${tr(HOME.mine)}`), context([md`${tr(HOME.intro)}`]));
  if (mine.length === 0) blocks.push(section(md`${tr(HOME.mineEmpty)}`));
  for (const record of mine) blocks.push({ block: line(record, false), drop: DROP.mine });
  blocks.push(divider(), header(md`${tr(HOME.recent)}`));
  if (recent.length === 0) blocks.push(section(md`${tr(HOME.recentEmpty)}`));
  for (const record of recent) blocks.push({ block: line(record, true), drop: DROP.recent });

  return {
    type: 'home',
    blocks: fitBlocks(blocks, LIMITS.viewBlocks, (hidden) => moreNote(hidden, language)),
  };
}
