import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import { approvalRequestAt, type RequestState, requestState } from '../domain/approval-request.ts';
import type { ApprovalRequestedEvent, Case, DecisionEvent } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { formatMoment, formatMoney } from '../i18n/labels.ts';
import { approvalGrounds } from '../policy/approval-grounds.ts';
import type { Language, Localized } from '../shared/language.ts';
import { approvalRefValue } from './approval-ref.ts';
import { context, fieldsSection, header, plainText, section } from './block-parts.ts';
import type { SlackMessage } from './case-message.ts';
import { describeItem, describeTemperament, remedyName } from './case-summary.ts';
import { ACTION } from './ids.ts';
import { fitBlocks, LIMITS } from './limits.ts';
import { APPROVAL, DECISION_NOTICE, settledBy } from './messages/approval.ts';
import { COMMON, describeAge, moreNote, t } from './messages/common.ts';
import { REVIEW } from './messages/review-post.ts';
import { describeRepeatCustomer } from './repeat-customer.ts';
import { joinSafe, md, mention, quoteSafe, type SafeText, safeText, shownText } from './safe-text.ts';

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
function said(text: string, max: number, language: Language): SafeText {
  return safeText(text, { max, language });
}

/** The remedy and the amount, as a request or a decision names them. */
function remedyAndAmount(
  record: Case,
  ask: { remedyId: string; amount?: number | undefined },
  policy: Policy,
  language: Language,
): SafeText {
  return joinSafe(
    [
      remedyName(record.remedies, ask.remedyId, language),
      ask.amount === undefined ? undefined : formatMoney(ask.amount, policy.currency, language),
    ],
    ' · ',
  );
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
): SafeText {
  if (state.state === 'withdrawn') {
    const { withdrawal } = state;
    const line = md`↩️ *${settledBy('withdrawn', mention(withdrawal.by), formatMoment(withdrawal.at, policy.timezone), language)}*`;
    return withdrawal.reason ? md`${line}\n${said(withdrawal.reason, REASON_MAX, language)}` : line;
  }
  const { decision } = state;
  const icon = decision.decision === 'rejected' ? '❌' : decision.decision === 'adjusted' ? '✏️' : '✅';
  return joinSafe(
    [
      md`${icon} *${settledBy(decision.decision, mention(decision.by), formatMoment(decision.at, policy.timezone), language)}*`,
      decision.decision !== 'rejected' && remedyAndAmount(record, decision, policy, language),
      decision.reason && md`${t(APPROVAL.reason, language)}: ${said(decision.reason, REASON_MAX, language)}`,
    ],
    '\n',
  );
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

const optionalSection = (text: SafeText | undefined): KnownBlock[] => (text ? [section(text)] : []);

/** The request's remedy, amount, reason and the rule it goes beyond, as fields and a section; safe mrkdwn. */
function requestBlocks(record: Case, event: ApprovalRequestedEvent, language: Language, policy: Policy): KnownBlock[] {
  const tr = (entry: Localized) => t(entry, language);
  const grounds = approvalGrounds(policy, record.remedies, event.remedyId, event.amount, record.repeat?.count);
  const citation = safeText(t(grounds.rule.citation, language), { max: CITATION_MAX, language });
  return [
    fieldsSection([
      md`*${tr(APPROVAL.remedy)}*\n${remedyName(record.remedies, event.remedyId, language)}`,
      md`*${tr(APPROVAL.amount)}*\n${money(event.amount, policy, language)}`,
      md`*${tr(APPROVAL.reason)}*\n${said(event.reason, REASON_MAX, language)}`,
      md`*${tr(REVIEW.temperament)}*\n${describeTemperament(record, language)}`,
    ]),
    // What this customer complained of and was granted before: the manager sees it before deciding (issue 15).
    ...optionalSection(describeRepeatCustomer(record, policy, language)),
    section(
      md`*${tr(APPROVAL.beyond)}:* ${grounds.rule.id} ${t(grounds.rule.title, language)}\n${quoteSafe(citation)}\n_${t(grounds.why, language)}_`,
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
    header(md`${tr(APPROVAL.title)} · ${record.store} · ${item}`),
    context([
      md`#${record.id} · ${tr(APPROVAL.requestedBy)} ${mention(event.by)} · ${formatMoment(event.at, policy.timezone)}`,
    ]),
    section(md`*${tr(REVIEW.whatHappened)}*\n${said(record.complaint.narrative, NARRATIVE_MAX, language)}`),
  ];
  if (record.complaint.customerWords) {
    blocks.push(
      section(
        md`*${tr(REVIEW.customerWords)}*\n${quoteSafe(said(record.complaint.customerWords, WORDS_MAX, language))}`,
      ),
    );
  }
  blocks.push(...requestBlocks(record, event, language, policy));
  const state = requestState(record, request);
  blocks.push(
    state.state === 'pending'
      ? decisionButtons(record.id, request, language)
      : section(describeSettlement(record, state, language, policy)),
  );
  const fallback = joinSafe(
    [tr(APPROVAL.fallback), record.store, item, remedyAndAmount(record, event, policy, language)],
    ' · ',
  );
  return {
    text: shownText(fallback, FALLBACK_MAX, language),
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
  const text = md`${t(APPROVAL.receipt, language)}`;
  return {
    text: shownText(text, FALLBACK_MAX, language),
    blocks: [
      section(md`⏳ ${text}`),
      context([md`#${record.id} · ${remedyAndAmount(record, event, policy, language)}`]),
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
  const what = remedyAndAmount(record, decision, policy, language);
  const label = decision.decision === 'approved' ? DECISION_NOTICE.comment : APPROVAL.reason;
  const lines = joinSafe(
    [
      md`*${heading}* · #${record.id}`,
      decision.decision !== 'rejected' && what,
      decision.reason && md`${tr(label)}: ${said(decision.reason, REASON_MAX, language)}`,
      md`${tr(DECISION_NOTICE.by)} ${mention(decision.by)} · ${formatMoment(decision.at, policy.timezone)}`,
      md`_${tr(decision.decision === 'rejected' ? APPROVAL.reopened : APPROVAL.goAhead)}_`,
    ],
    '\n',
  );
  const fallback = decision.decision === 'rejected' ? md`${heading}` : md`${heading}: ${what}`;
  return {
    text: shownText(fallback, FALLBACK_MAX, language),
    blocks: [
      section(lines),
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
  const text = joinSafe(
    [
      md`⏰ *${tr(APPROVAL.reminderIntro)}* · #${record.id}`,
      md`${said(`${record.store} · ${describeItem(record, policy, language)}`, 200, language)} · ${remedyAndAmount(record, event, policy, language)}`,
      md`${tr(APPROVAL.requestedBy)} ${mention(event.by)} · ${formatMoment(event.at, policy.timezone)}`,
      tr(APPROVAL.reminderWhere),
    ],
    '\n',
  );
  return {
    text: shownText(text, LIMITS.sectionText, language),
    blocks: [section(text), decisionButtons(record.id, request, language)],
  };
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
  const grounds = approvalGrounds(policy, record.remedies, event.remedyId, event.amount, record.repeat?.count);
  const waited = describeAge(now.getTime() - Date.parse(event.at), language);
  const lines = joinSafe(
    [
      md`⏳ *${said(`${record.store} · ${describeItem(record, policy, language)}`, 120, language)}* · #${record.id}`,
      md`${remedyAndAmount(record, event, policy, language)} · ${tr(APPROVAL.requestedBy)} ${mention(event.by)} · ${formatMoment(event.at, policy.timezone)} (${waited})`,
      md`${tr(APPROVAL.reason)}: ${said(event.reason, 300, language)}`,
      md`_${grounds.rule.id} · ${t(grounds.why, language)}_`,
      describeRepeatCustomer(record, policy, language),
    ],
    '\n',
  );
  const blocks: KnownBlock[] = [section(lines)];
  blocks.push(
    event.by === viewer ? context([md`${tr(APPROVAL.ownRequest)}`]) : decisionButtons(record.id, request, language),
  );
  return blocks;
}
