import type { KnownBlock } from '@slack/types';
import { isChannelEvidence } from '../analysis/channel-flags.ts';
import type { Evidence, Flag } from '../domain/analysis.ts';
import type { Case } from '../domain/case.ts';
import type { CrisisAlertedEvent } from '../domain/crisis-alert.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { CHANNEL_LABELS, FLAG_LABELS, formatMoment, SOURCE_LABELS } from '../i18n/labels.ts';
import type { Language, Localized } from '../shared/language.ts';
import { context, header, section } from './block-parts.ts';
import type { SlackMessage } from './case-message.ts';
import { describeItem } from './case-summary.ts';
import { fitBlocks, LIMITS } from './limits.ts';
import { moreNote, t } from './messages/common.ts';
import { CRISIS_ALERT, crisisKindsText } from './messages/crisis-alert.ts';
import { joinSafe, link, md, mention, quoteSafe, type SafeText, safeText, shownText } from './safe-text.ts';

/** What one person's crisis alert is built from. */
export interface CrisisAlertInput {
  record: Case;
  event: CrisisAlertedEvent;
  /** The reader's language (their Slack locale). */
  language: Language;
  policy: Policy;
  /** The review post's permalink, once the case is posted there. */
  reviewLink: string | undefined;
}

const NARRATIVE_MAX = 1200;
const WORDS_MAX = 600;
const QUOTE_MAX = 200;
const FALLBACK_MAX = 200;

/**
 * The crisis alert a manager of the ladder's first level gets by DM the moment a case shows a crisis sign:
 * the case in brief, each crisis sign with what it rests on and the method's advice for it, and a link to
 * the review post. Someone other than the filer reads it, so people's words are masked and escaped.
 */
export function buildCrisisAlert({ record, event, language, policy, reviewLink }: CrisisAlertInput): SlackMessage {
  const tr = (entry: Localized) => t(entry, language);
  const shared = (text: string, max: number) => safeText(text, { max, language });
  const { complaint } = record;
  const item = describeItem(record, policy, language);
  const facts = joinSafe(
    [
      `#${record.id}`,
      md`${tr(CRISIS_ALERT.youAre)} *${tr(event.levelName)}*`,
      md`${tr(CRISIS_ALERT.owner)} ${mention(record.owner)}`,
      `${tr(CRISIS_ALERT.filed)} ${formatMoment(record.createdAt, policy.timezone)}`,
      complaint.channel && tr(CHANNEL_LABELS[complaint.channel]),
    ],
    ' · ',
  );
  const blocks: KnownBlock[] = [
    header(md`🚨 ${tr(CRISIS_ALERT.title)} · ${record.store} · ${item}`),
    context([facts]),
    section(md`${tr(CRISIS_ALERT.intro)}`),
    section(md`*${tr(CRISIS_ALERT.whatHappened)}*\n${shared(complaint.narrative, NARRATIVE_MAX)}`),
  ];
  if (complaint.customerWords) {
    blocks.push(
      section(md`*${tr(CRISIS_ALERT.customerWords)}*\n${quoteSafe(shared(complaint.customerWords, WORDS_MAX))}`),
    );
  }
  const alerted = new Set<string>(event.flags);
  for (const flag of record.analysis.flags.filter((entry) => alerted.has(entry.kind))) {
    blocks.push(section(describeSign(flag, language)));
  }
  blocks.push(
    section(
      reviewLink ? link(reviewLink, md`*${tr(CRISIS_ALERT.openReview)}* →`) : md`_${tr(CRISIS_ALERT.notPostedYet)}_`,
    ),
  );
  const fallback = md`🚨 ${tr(CRISIS_ALERT.title)}: ${record.store} · ${item} — ${crisisKindsText(event.flags, language)}`;
  return {
    text: shownText(fallback, FALLBACK_MAX, language),
    blocks: fitBlocks(blocks, LIMITS.messageBlocks, (hidden) => moreNote(hidden, language)),
  };
}

/** A crisis sign, what it rests on (masked) and the method's handling advice for it. */
function describeSign(flag: Flag, language: Language): SafeText {
  const evidence = (item: Evidence) =>
    isChannelEvidence(item)
      ? md`${t(SOURCE_LABELS.channel, language)}: ${t(CHANNEL_LABELS[item.quote], language)}`
      : md`“${safeText(item.quote, { max: QUOTE_MAX, language })}” (${t(SOURCE_LABELS[item.source], language)})`;
  return joinSafe(
    [
      md`🚨 *${t(FLAG_LABELS[flag.kind], language)}*`,
      joinSafe(flag.evidence.map(evidence), ' · '),
      ...flag.advice.map((line) => `→ ${t(line, language)}`),
    ],
    '\n',
  );
}
