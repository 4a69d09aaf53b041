import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import type { Case } from '../domain/case.ts';
import type { EscalatedEvent } from '../domain/escalation.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { formatMoment } from '../i18n/labels.ts';
import type { Language, Localized } from '../shared/language.ts';
import { context, header, plainText, section } from './block-parts.ts';
import type { SlackMessage } from './case-message.ts';
import { describeItem } from './case-summary.ts';
import { ESCALATION_ACTION } from './ids.ts';
import { LIMITS } from './limits.ts';
import { t } from './messages/common.ts';
import { describeOverdue, ESCALATION } from './messages/escalation.ts';
import { joinSafe, link, md, mention, safeText, shownText } from './safe-text.ts';

/** What one person's escalation DM is built from. */
export interface EscalationInput {
  record: Case;
  event: EscalatedEvent;
  /** The reader's language (their Slack locale). */
  language: Language;
  policy: Policy;
  /** The review post's permalink, once the case is posted there. */
  reviewLink: string | undefined;
}

const NARRATIVE_MAX = 1200;

/** "Open the case" (the review post, once there is one) and "I'll take it" (a handoff to whoever presses it). */
function escalationButtons(caseId: string, reviewLink: string | undefined, language: Language): ActionsBlock {
  const label = (entry: Localized) => plainText(t(entry, language), LIMITS.buttonText);
  const open: Button[] = reviewLink
    ? [{ type: 'button', action_id: ESCALATION_ACTION.openCase, text: label(ESCALATION.openCase), url: reviewLink }]
    : [];
  return {
    type: 'actions',
    block_id: `escalation:${caseId}`,
    elements: [
      ...open,
      {
        type: 'button',
        action_id: ESCALATION_ACTION.take,
        text: label(ESCALATION.take),
        value: caseId,
        style: 'primary',
      },
    ],
  };
}
const FALLBACK_MAX = 200;

/**
 * The DM a person of a ladder level gets when a case ran past its time target: the case in brief (masked:
 * someone other than the filer reads it), which clock ran over and by how much, the owner, and a link to
 * the review post where the case is handled.
 */
export function buildEscalation({ record, event, language, policy, reviewLink }: EscalationInput): SlackMessage {
  const tr = (entry: Localized) => t(entry, language);
  const item = describeItem(record, policy, language);
  const overdue = describeOverdue(event, language);
  const facts = joinSafe(
    [
      `#${record.id}`,
      md`${tr(ESCALATION.youAre)} *${tr(event.levelName)}*`,
      md`${tr(ESCALATION.owner)} ${mention(record.owner)}`,
      `${tr(ESCALATION.filed)} ${formatMoment(record.createdAt, policy.timezone)}`,
    ],
    ' · ',
  );
  const blocks: KnownBlock[] = [
    header(md`⏫ ${tr(ESCALATION.title)} · ${record.store} · ${item}`),
    context([facts]),
    section(md`🔴 *${overdue}*\n${tr(ESCALATION.intro)}`),
    section(
      md`*${tr(ESCALATION.whatHappened)}*\n${safeText(record.complaint.narrative, { max: NARRATIVE_MAX, language })}`,
    ),
    section(reviewLink ? link(reviewLink, md`*${tr(ESCALATION.openReview)}* →`) : md`_${tr(ESCALATION.notPostedYet)}_`),
    escalationButtons(record.id, reviewLink, language),
  ];
  const fallback = md`⏫ ${tr(ESCALATION.title)}: ${record.store} · ${item} — ${overdue}`;
  return { text: shownText(fallback, FALLBACK_MAX, language), blocks };
}
