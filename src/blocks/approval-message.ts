import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import { approvalRequestAt, type RequestState, requestState } from '../complaints/approval-request.js';
import type { ApprovalRequestedEvent, Case, DecisionEvent } from '../complaints/case.js';
import { formatMoment, formatMoney } from '../i18n/labels.js';
import { approvalGrounds } from '../policy/approval-grounds.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Language, Localized } from '../shared/language.js';
import { approvalRefValue } from './approval-ref.js';
import { context, fieldsSection, header, plainText, quote, section } from './block-parts.js';
import type { SlackMessage } from './case-message.js';
import { describeItem, describeTemperament, mentionOrText, remedyName } from './case-summary.js';
import { ACTION } from './ids.js';
import { fitBlocks, LIMITS } from './limits.js';
import { APPROVAL, COMMON, DECISION_NOTICE, describeAge, moreNote, REVIEW, settledBy, t } from './messages.js';
import { escapeMrkdwn, truncate, userMrkdwn } from './mrkdwn.js';

const NARRATIVE_MAX = 700;
const WORDS_MAX = 300;
const REASON_MAX = 1000;
const CITATION_MAX = 400;
const FALLBACK_MAX = 200;

/** What a request message is built from. */
export interface ApprovalMessageInput {
  record: Case;
  /** The request's id: the index of its `approval-requested` event. */
  request: number;
  /** The reader's language: the review channel's in the thread, the approver's in a DM. */
  language: Language;
  policy: Policy;
}

/** Text a manager or staff member wrote, masked (contacts) and escaped, as every shared surface shows it. */
function said(text: string, max: number, language: Language): string {
  return userMrkdwn(text, { max, language, mask: true });
}

function money(amount: number | undefined, policy: Policy, language: Language): string {
  return amount === undefined ? t(COMMON.none, language) : formatMoney(amount, policy.currency, language);
}

/** "Approved by <@U1> at 2026-11-21 10:20" and what was decided, for a settled request; safe mrkdwn. */
export function describeSettlement(
  record: Case,
  state: Exclude<RequestState, { state: 'pending' }>,
  language: Language,
  policy: Policy,
): string {
  if (state.state === 'withdrawn') {
    const { withdrawal } = state;
    const line = `↩️ *${settledBy('withdrawn', mentionOrText(withdrawal.by), formatMoment(withdrawal.at, policy.timezone), language)}*`;
    return withdrawal.reason ? `${line}\n${said(withdrawal.reason, REASON_MAX, language)}` : line;
  }
  const { decision } = state;
  const icon = decision.decision === 'rejected' ? '❌' : decision.decision === 'adjusted' ? '✏️' : '✅';
  const lines = [
    `${icon} *${settledBy(decision.decision, mentionOrText(decision.by), formatMoment(decision.at, policy.timezone), language)}*`,
  ];
  if (decision.decision !== 'rejected') {
    const what = [escapeMrkdwn(remedyName(record.remedies, decision.remedyId, language))];
    if (decision.amount !== undefined) what.push(formatMoney(decision.amount, policy.currency, language));
    lines.push(what.join(' · '));
  }
  if (decision.reason) lines.push(`${t(APPROVAL.reason, language)}: ${said(decision.reason, REASON_MAX, language)}`);
  return lines.join('\n');
}

function button(
  actionId: string,
  label: Localized,
  value: string,
  language: Language,
  style?: Button['style'],
): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: plainText(t(label, language), LIMITS.buttonText),
    value,
    ...(style ? { style } : {}),
  };
}

/** Approve, Adjust, Reject (and History), each carrying the case and the request. */
export function decisionButtons(caseId: string, request: number, language: Language): ActionsBlock {
  const value = approvalRefValue({ caseId, request });
  return {
    type: 'actions',
    block_id: `approval:${caseId}:${request}`,
    elements: [
      button(ACTION.approve, APPROVAL.approve, value, language, 'primary'),
      button(ACTION.adjust, APPROVAL.adjust, value, language),
      button(ACTION.reject, APPROVAL.reject, value, language, 'danger'),
      button(ACTION.showHistory, APPROVAL.history, caseId, language),
    ],
  };
}

/** The request's remedy, amount, reason and the rule it goes beyond, as fields and a section; safe mrkdwn. */
function requestBlocks(record: Case, event: ApprovalRequestedEvent, language: Language, policy: Policy): KnownBlock[] {
  const tr = (entry: Localized) => t(entry, language);
  const grounds = approvalGrounds(policy, record.remedies, event.remedyId, event.amount);
  const citation = truncate(t(grounds.rule.citation, language), CITATION_MAX, language);
  return [
    fieldsSection([
      `*${tr(APPROVAL.remedy)}*\n${escapeMrkdwn(remedyName(record.remedies, event.remedyId, language))}`,
      `*${tr(APPROVAL.amount)}*\n${money(event.amount, policy, language)}`,
      `*${tr(APPROVAL.reason)}*\n${said(event.reason, REASON_MAX, language)}`,
      `*${tr(REVIEW.temperament)}*\n${escapeMrkdwn(describeTemperament(record, language))}`,
    ]),
    section(
      [
        `*${tr(APPROVAL.beyond)}:* ${escapeMrkdwn(grounds.rule.id)} ${escapeMrkdwn(t(grounds.rule.title, language))}`,
        quote(escapeMrkdwn(citation)),
        `_${escapeMrkdwn(t(grounds.why, language))}_`,
      ].join('\n'),
    ),
  ];
}

/**
 * A request for approval as the approvers see it, in the review thread and in each approver's DM: the
 * case in brief (contacts masked, text escaped), the remedy, amount and reason, the policy rule it goes
 * beyond, and Approve / Adjust / Reject while it is pending. Once settled, the same message shows the
 * decision, who made it and when, without buttons.
 */
export function buildApprovalRequestMessage({ record, request, language, policy }: ApprovalMessageInput): SlackMessage {
  const tr = (entry: Localized) => t(entry, language);
  const found = approvalRequestAt(record, request);
  if (!found) throw new Error(`case ${record.id}: history entry ${request} is not a request for approval`);
  const { event } = found;
  const item = describeItem(record, policy, language);
  const blocks: KnownBlock[] = [
    header(`${tr(APPROVAL.title)} · ${record.store} · ${item}`),
    context([
      [
        `#${escapeMrkdwn(record.id)}`,
        `${tr(APPROVAL.requestedBy)} ${mentionOrText(event.by)}`,
        formatMoment(event.at, policy.timezone),
      ].join(' · '),
    ]),
    section(`*${tr(REVIEW.whatHappened)}*\n${said(record.complaint.narrative, NARRATIVE_MAX, language)}`),
  ];
  if (record.complaint.customerWords) {
    blocks.push(
      section(`*${tr(REVIEW.customerWords)}*\n${quote(said(record.complaint.customerWords, WORDS_MAX, language))}`),
    );
  }
  blocks.push(...requestBlocks(record, event, language, policy));
  const state = requestState(record, request);
  blocks.push(
    state.state === 'pending'
      ? decisionButtons(record.id, request, language)
      : section(describeSettlement(record, state, language, policy)),
  );
  const fallback = [
    tr(APPROVAL.fallback),
    record.store,
    item,
    remedyName(record.remedies, event.remedyId, language),
    event.amount === undefined ? '' : formatMoney(event.amount, policy.currency, language),
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    text: userMrkdwn(fallback, { max: FALLBACK_MAX, language, mask: true }),
    blocks: fitBlocks(blocks, LIMITS.messageBlocks, (hidden) => moreNote(hidden, language)),
  };
}

/**
 * What the staff member who asked sees at once: the request went to the approvers, promise nothing yet,
 * and a button to withdraw it (the only way to ask for something else while it is pending).
 */
export function buildRequestReceipt({ record, request, language, policy }: ApprovalMessageInput): SlackMessage {
  const found = approvalRequestAt(record, request);
  if (!found) throw new Error(`case ${record.id}: history entry ${request} is not a request for approval`);
  const { event } = found;
  const what = [escapeMrkdwn(remedyName(record.remedies, event.remedyId, language))];
  if (event.amount !== undefined) what.push(formatMoney(event.amount, policy.currency, language));
  const text = t(APPROVAL.receipt, language);
  return {
    text,
    blocks: [
      section(`⏳ ${escapeMrkdwn(text)}`),
      context([`#${escapeMrkdwn(record.id)} · ${what.join(' · ')}`]),
      {
        type: 'actions',
        block_id: `approval-receipt:${request}`,
        elements: [
          button(ACTION.withdrawRequest, APPROVAL.withdraw, approvalRefValue({ caseId: record.id, request }), language),
          button(ACTION.showHistory, APPROVAL.history, record.id, language),
        ],
      },
    ],
  };
}

/** What the staff member is told when a manager decides: the decision, any adjusted amount, the reason. */
export function buildDecisionNotice(
  record: Case,
  decision: DecisionEvent,
  language: Language,
  policy: Policy,
): SlackMessage {
  const tr = (entry: Localized) => t(entry, language);
  const heading = tr(DECISION_NOTICE[decision.decision]);
  const what = [escapeMrkdwn(remedyName(record.remedies, decision.remedyId, language))];
  if (decision.amount !== undefined) what.push(formatMoney(decision.amount, policy.currency, language));
  const lines = [`*${heading}* · #${escapeMrkdwn(record.id)}`];
  if (decision.decision !== 'rejected') lines.push(what.join(' · '));
  if (decision.reason) {
    const label = decision.decision === 'approved' ? DECISION_NOTICE.comment : APPROVAL.reason;
    lines.push(`${tr(label)}: ${said(decision.reason, REASON_MAX, language)}`);
  }
  lines.push(`${tr(DECISION_NOTICE.by)} ${mentionOrText(decision.by)} · ${formatMoment(decision.at, policy.timezone)}`);
  lines.push(`_${tr(decision.decision === 'rejected' ? APPROVAL.reopened : APPROVAL.goAhead)}_`);
  const fallback = decision.decision === 'rejected' ? heading : `${heading}: ${what.join(' · ')}`;
  return {
    text: truncate(fallback, FALLBACK_MAX, language),
    blocks: [
      section(lines.join('\n')),
      { type: 'actions', elements: [button(ACTION.showHistory, APPROVAL.history, record.id, language)] },
    ],
  };
}

/** The one reminder an approver gets for a request still pending after APPROVAL_REMIND_HOURS. */
export function buildApprovalReminder({ record, request, language, policy }: ApprovalMessageInput): SlackMessage {
  const found = approvalRequestAt(record, request);
  if (!found) throw new Error(`case ${record.id}: history entry ${request} is not a request for approval`);
  const { event } = found;
  const tr = (entry: Localized) => t(entry, language);
  const what = [escapeMrkdwn(remedyName(record.remedies, event.remedyId, language))];
  if (event.amount !== undefined) what.push(formatMoney(event.amount, policy.currency, language));
  const text = [
    `⏰ *${tr(APPROVAL.reminderIntro)}* · #${escapeMrkdwn(record.id)}`,
    `${said(`${record.store} · ${describeItem(record, policy, language)}`, 200, language)} · ${what.join(' · ')}`,
    `${tr(APPROVAL.requestedBy)} ${mentionOrText(event.by)} · ${formatMoment(event.at, policy.timezone)}`,
    tr(APPROVAL.reminderWhere),
  ].join('\n');
  return { text, blocks: [section(text), decisionButtons(record.id, request, language)] };
}

/** One pending request in an approver's App Home: the case in a line, the ask, and the decide buttons. */
export function buildPendingApprovalBlocks(
  record: Case,
  request: number,
  viewer: string,
  language: Language,
  policy: Policy,
  now: Date,
): KnownBlock[] {
  const found = approvalRequestAt(record, request);
  if (!found) return [];
  const { event } = found;
  const tr = (entry: Localized) => t(entry, language);
  const what = [escapeMrkdwn(remedyName(record.remedies, event.remedyId, language))];
  if (event.amount !== undefined) what.push(formatMoney(event.amount, policy.currency, language));
  const grounds = approvalGrounds(policy, record.remedies, event.remedyId, event.amount);
  const waited = describeAge(now.getTime() - Date.parse(event.at), language);
  const lines = [
    `⏳ *${said(`${record.store} · ${describeItem(record, policy, language)}`, 120, language)}* · #${escapeMrkdwn(record.id)}`,
    `${what.join(' · ')} · ${tr(APPROVAL.requestedBy)} ${mentionOrText(event.by)} · ${formatMoment(event.at, policy.timezone)} (${waited})`,
    `${tr(APPROVAL.reason)}: ${said(event.reason, 300, language)}`,
    `_${escapeMrkdwn(grounds.rule.id)} · ${escapeMrkdwn(t(grounds.why, language))}_`,
  ];
  const blocks: KnownBlock[] = [section(lines.join('\n'))];
  blocks.push(event.by === viewer ? context([tr(APPROVAL.ownRequest)]) : decisionButtons(record.id, request, language));
  return blocks;
}
