import type { KnownBlock } from '@slack/types';
import { BOT_ACTOR } from '../domain/aftercare.ts';
import type { Case, CaseEvent } from '../domain/case.ts';
import { crisisAlertOf } from '../domain/crisis-alert.ts';
import { erasureOf } from '../domain/erasure.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { RemedyVerdict } from '../domain/remedy-verdict.ts';
import { describeEngine } from '../i18n/engine-labels.ts';
import {
  CHANNEL_LABELS,
  COVERAGE_LABELS,
  FLAG_LABELS,
  formatMoment,
  formatMoney,
  TEMPERAMENT_LABELS,
} from '../i18n/labels.ts';
import { OUTSIDE_POLICY, outsidePolicyVerdict } from '../policy/policy-coverage.ts';
import { slaClocks } from '../policy/sla-clock.ts';
import type { Language } from '../shared/language.ts';
import { describeAftercare } from './aftercare-blocks.ts';
import { context, fieldsSection, header, section } from './block-parts.ts';
import { describeItem, describeProposal, describeTemperament, lastEvent, remedyName } from './case-summary.ts';
import { describeCustomerAnswerForReview } from './confirmation-blocks.ts';
import { fitBlocks, LIMITS } from './limits.ts';
import { AFTERCARE } from './messages/aftercare.ts';
import { describeApprovalEscalated } from './messages/approval-escalation.ts';
import {
  COMMON,
  DECISION_LABELS,
  describeSatisfaction,
  moreNote,
  STATUS_ICONS,
  STATUS_LABELS,
  t,
} from './messages/common.ts';
import { CONFIRMATION_TEXT } from './messages/confirmation.ts';
import { describeCrisisAlerted } from './messages/crisis-alert.ts';
import { ERASURE_TEXT } from './messages/erasure.ts';
import { describeEscalated } from './messages/escalation.ts';
import { HANDOFF_TEXT } from './messages/handoff.ts';
import { REVIEW } from './messages/review-post.ts';
import { THREAD } from './messages/review-thread.ts';
import { SLA } from './messages/sla.ts';
import { describeRepeatCustomer } from './repeat-customer.ts';
import {
  joinSafe,
  link,
  md,
  mention,
  quoteSafe,
  type SafeText,
  type ShownText,
  safeText,
  shownText,
} from './safe-text.ts';
import { describeSlaClocks } from './sla-blocks.ts';

/** What the review channel post is built from. */
export interface ReviewMessageInput {
  record: Case;
  /** The review channel's language. */
  language: Language;
  policy: Policy;
  /** The moment the SLA clocks are read at; pass the app's clock (the current time when absent). */
  now?: Date;
}

/** A message to post: blocks, and the text Slack shows in notifications and where blocks cannot be shown. */
export interface SlackMessage {
  text: ShownText;
  blocks: KnownBlock[];
}

// Room for the label line above the narrative in one section.
const NARRATIVE_MAX = LIMITS.sectionText - 100;
const WORDS_MAX = 600;
const EVENT_TEXT_MAX = 1000;
const FALLBACK_MAX = 200;

/**
 * The case as the review channel shows it, readable at a glance in the review meeting: what happened,
 * who the customer seemed to be, what was done, how it ended and what the store changed. Everything the
 * customer or staff wrote is masked (no phone numbers or e-mail addresses in a shared channel) and
 * escaped; there are no buttons, since the channel is for reading.
 */
export function buildReviewMessage({ record, language, policy, now = new Date() }: ReviewMessageInput): SlackMessage {
  const tr = (entry: { zh: string; en: string }) => t(entry, language);
  const shared = (text: string, max: number) => safeText(text, { max, language });
  const { complaint } = record;
  const item = describeItem(record, policy, language);

  const facts = joinSafe(
    [
      md`${STATUS_ICONS[record.status]} *${tr(STATUS_LABELS[record.status])}*`,
      md`${tr(REVIEW.owner)} ${mention(record.owner)}`,
      `${tr(REVIEW.filed)} ${formatMoment(record.createdAt, policy.timezone)}`,
      `#${record.id}`,
      // Where it reached the store tells the meeting how public it already is.
      ...(complaint.channel ? [`${tr(REVIEW.cameFrom)} ${tr(CHANNEL_LABELS[complaint.channel])}`] : []),
      // Filed from a Slack message: the meeting can open the message it started from.
      ...(complaint.source?.link ? [link(complaint.source.link, md`${tr(REVIEW.sourceMessage)}`)] : []),
      // The review meeting weighs an LLM's reading and the rules' differently, and should see a fallback.
      describeEngine(record.analysis, language),
    ],
    ' · ',
  );

  const blocks: KnownBlock[] = [header(md`${record.store} · ${item}`), context([facts])];
  // Erased (retention or the customer's request): the post says so instead of showing the placeholder.
  const erased = erasureOf(record);
  blocks.push(
    section(
      md`*${tr(REVIEW.whatHappened)}*\n${erased ? tr(ERASURE_TEXT[erased.reason]) : shared(complaint.narrative, NARRATIVE_MAX)}`,
    ),
  );
  if (complaint.customerWords) {
    blocks.push(section(md`*${tr(REVIEW.customerWords)}*\n${quoteSafe(shared(complaint.customerWords, WORDS_MAX))}`));
  }
  blocks.push(
    fieldsSection([
      md`*${tr(REVIEW.temperament)}*\n${describeTemperament(record, language)}`,
      md`*${tr(REVIEW.flags)}*\n${describeFlags(record, language)}`,
      md`*${tr(REVIEW.resolution)}*\n${describeResolution(record, policy, language)}`,
      md`*${tr(REVIEW.kind)}*\n${describeKind(record, policy, language)}`,
    ]),
  );
  // Who was told of a crisis, and when: the meeting sees a manager was on it from the start (issue 15).
  const crisisAlert = crisisAlertOf(record);
  if (crisisAlert) blocks.push(context([describeCrisisAlerted(crisisAlert.event, language, policy.timezone)]));
  // A repeat customer's count and what they were granted before, linked (issue 15).
  const repeat = describeRepeatCustomer(record, policy, language);
  if (repeat) blocks.push(context([repeat]));

  const resolved = lastEvent(record, 'resolved');
  if (resolved) {
    const fields = [
      md`*${tr(REVIEW.outcome)}*\n${shared(resolved.outcome, EVENT_TEXT_MAX)}`,
      md`*${tr(REVIEW.satisfaction)}*\n${describeSatisfaction(resolved.satisfaction, language)}`,
    ];
    if (resolved.improvement)
      fields.push(md`*${tr(REVIEW.improvement)}*\n${shared(resolved.improvement, EVENT_TEXT_MAX)}`);
    const followedUp = lastEvent(record, 'followed-up');
    if (followedUp) {
      const score =
        followedUp.satisfaction === undefined ? '' : ` (${describeSatisfaction(followedUp.satisfaction, language)})`;
      fields.push(md`*${tr(REVIEW.followUp)}*\n${shared(followedUp.result, EVENT_TEXT_MAX)}${score}`);
    }
    blocks.push(fieldsSection(fields));
  }

  // Not accepted by the customer, or reopened when they came back: the case is in hand again (issue 15).
  const answer = describeCustomerAnswerForReview(record, language, policy.timezone);
  if (answer) blocks.push(section(answer));

  const aftercare = describeAftercare(record, policy, language);
  if (aftercare.length > 0) blocks.push(section(md`*${tr(AFTERCARE.heading)}*\n${joinSafe(aftercare, '\n')}`));

  // The time left to answer and to resolve, so the meeting sees what is slipping before it slips (issue 15).
  const clocks = describeSlaClocks(slaClocks(record, policy, now), language, policy.timezone);
  if (clocks.length > 0) blocks.push(section(md`*${tr(SLA.heading)}*\n${joinSafe(clocks, '\n')}`));

  if (record.decisions.length > 0) {
    const lines = record.decisions.map((decision) => {
      const parts: (SafeText | string)[] = [
        md`*${tr(DECISION_LABELS[decision.decision])}*`,
        mention(decision.by),
        remedyName(record.remedies, decision.remedyId, language),
      ];
      if (decision.amount !== undefined) parts.push(formatMoney(decision.amount, policy.currency, language));
      if (decision.reason) parts.push(shared(decision.reason, 300));
      parts.push(formatMoment(decision.at, policy.timezone));
      return md`• ${joinSafe(parts, ' · ')}`;
    });
    blocks.push(section(md`*${tr(REVIEW.decisions)}*\n${joinSafe(lines, '\n')}`));
  }

  const fallback = joinSafe([tr(REVIEW.fallback), record.store, item, tr(STATUS_LABELS[record.status])], ' · ');
  return {
    text: shownText(fallback, FALLBACK_MAX, language),
    blocks: fitBlocks(blocks, LIMITS.messageBlocks, (hidden) => moreNote(hidden, language)),
  };
}

/** "🚨 网上（已发帖或扬言发帖） · ⚠️ 易怒": crisis signs first, as short labels (program text, made safe where shown). */
function describeFlags(record: Case, language: Language): string {
  const flags = [...record.analysis.flags].sort((a, b) => Number(b.group === 'crisis') - Number(a.group === 'crisis'));
  if (flags.length === 0) return t(COMMON.none, language);
  return flags
    .map((flag) => `${flag.group === 'crisis' ? '🚨' : '⚠️'} ${t(FLAG_LABELS[flag.kind], language)}`)
    .join(' · ');
}

/**
 * "饰品 · 掉钻": the policy's category and problem, as entered or detected; what the meeting groups by.
 * Goods the policy does not cover say so ("其他商品 · 不在本店政策范围内——由店长决定"), and a problem nobody
 * has named says it is not known yet.
 */
function describeKind(record: Case, policy: Policy, language: Language): string {
  const category = policy.categories.find((entry) => entry.id === record.analysis.category);
  const problem = policy.problems.find((entry) => entry.id === record.analysis.problem);
  const names = [category, problem].flatMap((entry) => (entry ? [t(entry.name, language)] : []));
  if (outsidePolicyVerdict(record.remedies)) return [...names, `🚫 ${t(OUTSIDE_POLICY, language)}`].join(' · ');
  if (names.length === 0) return t(COMMON.unknown, language);
  return problem ? names.join(' · ') : [...names, t(COVERAGE_LABELS.problemNotKnown, language)].join(' · ');
}

/**
 * The chosen remedy once there is one; until then the suggested options — or, for goods the policy does
 * not cover, that the manager decides, and with nothing to suggest while the problem is not known, that
 * the remedy depends on it.
 */
function describeResolution(record: Case, policy: Policy, language: Language): string {
  const proposal = describeProposal(record, policy, language);
  if (proposal) return proposal;
  if (outsidePolicyVerdict(record.remedies)) return t(OUTSIDE_POLICY, language);
  const { options } = record.analysis.suggestion.resolution;
  if (options.length === 0 && record.analysis.problem === null) return t(COVERAGE_LABELS.dependsHeading, language);
  if (options.length === 0) return t(COMMON.none, language);
  const names = options.map((id) => remedyName(record.remedies, id, language));
  return `${t(REVIEW.suggested, language)}: ${names.join(' / ')}`;
}

/** What a thread line is built from. */
export interface ReviewThreadLineInput {
  event: CaseEvent;
  /** The review channel's language. */
  language: Language;
  /** The case's verdicts (`record.remedies`), to name remedies; without them the policy id is shown. */
  remedies?: readonly RemedyVerdict[];
  /** The policy's currency (`policy.currency`), for amounts; without it amounts are bare numbers. */
  currency?: string;
}

/**
 * One line for the review post's thread saying what changed and who did it, e.g. "<@U1> 提出方案:补钻".
 * What people wrote (notes, reasons, outcomes) is masked and escaped like the post itself.
 */
export function buildReviewThreadLine({ event, language, remedies = [], currency }: ReviewThreadLineInput): SafeText {
  const tr = (entry: { zh: string; en: string }) => t(entry, language);
  const said = (text: string) => safeText(text, { max: EVENT_TEXT_MAX, language });
  const colon = language === 'zh' ? ':' : ': ';
  const money = (amount: number | undefined) =>
    amount === undefined ? '' : ` ${currency ? formatMoney(amount, currency, language) : String(amount)}`;
  const remedy = (id: string) => remedyName(remedies, id, language);
  const labelled = (label: { zh: string; en: string }, text: string | undefined) =>
    text ? md` — ${tr(label)}${colon}${said(text)}` : '';

  const who = mention(event.by);
  switch (event.type) {
    case 'created':
      return md`${who} ${tr(THREAD.created)}`;
    case 'temperament-corrected':
      return md`${who} ${tr(THREAD.temperamentCorrected)}${colon}${tr(TEMPERAMENT_LABELS[event.from])} → ${tr(TEMPERAMENT_LABELS[event.to])}`;
    case 'proposed':
      return md`${who} ${tr(THREAD.proposed)}${colon}${remedy(event.remedyId)}${money(event.amount)}${labelled(THREAD.note, event.note)}`;
    case 'approval-requested':
      return md`${who} ${tr(THREAD.approvalRequested)}${colon}${remedy(event.remedyId)}${money(event.amount)}${labelled(THREAD.reason, event.reason)}`;
    case 'approval-withdrawn':
      return md`${who} ${tr(THREAD.approvalWithdrawn)}${labelled(THREAD.reason, event.reason)}`;
    case 'decided':
      return md`${who} ${tr(THREAD.decided)}${colon}*${tr(DECISION_LABELS[event.decision])}* ${remedy(event.remedyId)}${money(event.amount)}${labelled(THREAD.reason, event.reason)}`;
    case 'resolved':
      return md`${who} ${tr(THREAD.resolved)}${colon}${said(event.outcome)} · ${describeSatisfaction(event.satisfaction, language)}${labelled(REVIEW.improvement, event.improvement)}`;
    case 'followed-up': {
      const score = event.satisfaction === undefined ? '' : ` · ${describeSatisfaction(event.satisfaction, language)}`;
      return md`${who} ${tr(THREAD.followedUp)}${colon}${said(event.result)}${score}`;
    }
    case 'closed':
      // The bot closes a case by itself once nothing is owed; it says why in the channel's language.
      if (event.by === BOT_ACTOR) return md`${tr(AFTERCARE.threadAutoClosed)}`;
      return md`${who} ${tr(THREAD.closed)}${labelled(THREAD.note, event.note)}`;
    case 'repair-promised':
      return md`${who} ${tr(AFTERCARE.threadPromised)}${colon}${remedy(event.remedyId)} · ${tr(AFTERCARE.for)} ${event.promisedFor}${labelled(THREAD.note, event.note)}`;
    case 'repair-ready':
      return md`${who} ${tr(AFTERCARE.threadReady)} · ${tr(AFTERCARE.toldOn)} ${event.customerToldOn}`;
    case 'repair-collected':
      return md`${who} ${tr(AFTERCARE.threadCollected)}`;
    case 'crisis-alerted':
      return describeCrisisAlerted(event, language);
    case 'escalated':
      return describeEscalated(event, language);
    case 'approval-escalated':
      return describeApprovalEscalated(event, language);
    case 'handed-over':
      return md`${who} ${tr(HANDOFF_TEXT.handed)} ${mention(event.from)} ${tr(HANDOFF_TEXT.to)} ${mention(event.to)}${labelled(HANDOFF_TEXT.note, event.note)}`;
    case 'customer-declined':
      return md`${who} ${tr(CONFIRMATION_TEXT.threadDeclined)}${colon}${said(event.outcome)} · ${describeSatisfaction(event.satisfaction, language)}${labelled(REVIEW.improvement, event.improvement)}`;
    case 'reopened':
      return md`${who} ${tr(CONFIRMATION_TEXT.threadReopened)}${labelled(CONFIRMATION_TEXT.reason, event.reason)}`;
    case 'erased':
      return md`${tr(ERASURE_TEXT[event.reason])}`;
  }
}
