import type { ApprovalEscalatedEvent } from '../domain/approval-escalation.ts';
import type { Case } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { Language, Localized } from '../shared/language.ts';
import { buildApprovalRequestMessage } from './approval-message.ts';
import { section } from './block-parts.ts';
import type { SlackMessage } from './case-message.ts';
import { LIMITS } from './limits.ts';
import { APPROVAL_ESCALATION, describeWaited } from './messages/approval-escalation.ts';
import { t } from './messages/common.ts';
import { joinSafe, link, md, shownText } from './safe-text.ts';

/** What one person's DM about a request that waited too long is built from. */
export interface ApprovalEscalationInput {
  record: Case;
  event: ApprovalEscalatedEvent;
  language: Language;
  policy: Policy;
  /** The review post's permalink, once the case is posted there. */
  reviewLink: string | undefined;
}

/**
 * The DM a person of a ladder level gets when a request for approval waited past the policy's time: why
 * they are told and that they may decide it now, then the request as approvers see it, with its decide
 * buttons (the same buttons and checks as the approvers' copies; once settled it is edited like them).
 */
export function buildApprovalEscalation({
  record,
  event,
  language,
  policy,
  reviewLink,
}: ApprovalEscalationInput): SlackMessage {
  const tr = (entry: Localized) => t(entry, language);
  const request = buildApprovalRequestMessage({ record, request: event.request, language, policy });
  const waited = describeWaited(event, language);
  const intro = joinSafe(
    [
      md`⏫ *${tr(APPROVAL_ESCALATION.title)}* · #${record.id} · ${waited}`,
      md`${tr(APPROVAL_ESCALATION.youAre)} *${tr(event.levelName)}*${language === 'zh' ? '。' : '. '}${tr(APPROVAL_ESCALATION.youMayDecide)}`,
      reviewLink ? link(reviewLink, md`*${tr(APPROVAL_ESCALATION.openReview)}* →`) : undefined,
    ],
    '\n',
  );
  const fallback = md`⏫ ${tr(APPROVAL_ESCALATION.title)} · #${record.id} · ${waited}`;
  return {
    text: shownText(fallback, LIMITS.sectionText, language),
    blocks: [section(intro), ...request.blocks],
  };
}
