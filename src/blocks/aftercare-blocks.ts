import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import { buildFollowUpPlan } from '../analysis/wording/follow-up.js';
import { type AftercareItem, followUpDueOn, repairDateNeeded, repairOf } from '../complaints/aftercare.js';
import type { Case } from '../complaints/case.js';
import { formatMoment } from '../i18n/labels.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Language, Localized } from '../shared/language.js';
import { addDays, localDateOf } from '../shared/local-date.js';
import {
  AFTERCARE,
  FOLLOW_UP_REMINDER,
  nearness,
  REPAIR_DATE_PROMPT,
  REPAIR_FORM,
  REPAIR_REMINDER,
} from './aftercare-messages.js';
import { repairChoices } from './aftercare-modals.js';
import { context, header, plainText, section } from './block-parts.js';
import type { SlackMessage } from './case-message.js';
import { describeItem, lastEvent, remedyName } from './case-summary.js';
import { AFTERCARE_ACTION } from './ids.js';
import { fitBlocks, LIMITS } from './limits.js';
import { describeSatisfaction, moreNote, t } from './messages.js';
import { escapeMrkdwn, truncate, userMrkdwn } from './mrkdwn.js';

const TEXT_MAX = 600;
const FALLBACK_MAX = 200;

/** A button carrying the case id, as every case action does. */
export function aftercareButton(
  actionId: string,
  label: Localized,
  caseId: string,
  language: Language,
  style?: 'primary',
): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: plainText(t(label, language), LIMITS.buttonText),
    value: caseId,
    ...(style ? { style } : {}),
  };
}

function actions(block_id: string, elements: Button[]): ActionsBlock {
  return { type: 'actions', block_id, elements };
}

/** What a reminder is built from; the owner reads it, so contacts are kept whole (not masked). */
export interface ReminderInput {
  record: Case;
  policy: Policy;
  /** The owner's language. */
  language: Language;
  now: Date;
}

/** "项链 · 新瀚城一店 · #c-1": which case, at a glance. */
function caseLine(record: Case, policy: Policy, language: Language): string {
  const item = userMrkdwn(describeItem(record, policy, language), { max: 120, language, mask: false });
  const store = userMrkdwn(record.store, { max: 100, language, mask: false });
  return `*${item}* · ${store} · #${escapeMrkdwn(record.id)}`;
}

/**
 * The follow-up call reminder (回访, seed 002): which case, how it was handled, the call script for this
 * customer's temperament, and a button to record what the customer said.
 */
export function buildFollowUpReminder({ record, policy, language, now }: ReminderInput): SlackMessage {
  const tr = (entry: Localized) => t(entry, language);
  const dueOn = followUpDueOn(record, policy) ?? localDateOf(now, policy.timezone);
  const today = localDateOf(now, policy.timezone);
  const overdue = dueOn < today;
  const resolved = lastEvent(record, 'resolved');
  const plan = buildFollowUpPlan({ afterDays: policy.followUpDays, temperament: record.analysis.temperament.type });
  const blocks: KnownBlock[] = [
    header(tr(overdue ? FOLLOW_UP_REMINDER.overdueTitle : FOLLOW_UP_REMINDER.title)),
    section(caseLine(record, policy, language)),
    context([`${tr(FOLLOW_UP_REMINDER.due)} ${dueOn}${overdue ? ` · ${tr(AFTERCARE.overdue)}` : ''}`]),
  ];
  if (resolved) {
    blocks.push(
      section(
        `*${tr(FOLLOW_UP_REMINDER.resolved)}*\n${userMrkdwn(resolved.outcome, { max: TEXT_MAX, language, mask: false })} · ${describeSatisfaction(resolved.satisfaction, language)}`,
      ),
    );
  }
  const script = plan.script.map((line, index) => `${index + 1}. ${escapeMrkdwn(t(line, language))}`).join('\n');
  blocks.push(section(`*${tr(FOLLOW_UP_REMINDER.script)}*\n${script}`));
  blocks.push(
    actions('follow_up_actions', [
      aftercareButton(AFTERCARE_ACTION.recordFollowUp, FOLLOW_UP_REMINDER.button, record.id, language, 'primary'),
    ]),
  );
  const fallback = `${tr(FOLLOW_UP_REMINDER.fallback)} · ${describeItem(record, policy, language)} · ${dueOn}`;
  return {
    text: truncate(escapeMrkdwn(fallback), FALLBACK_MAX, language),
    blocks: fitBlocks(blocks, LIMITS.messageBlocks, (hidden) => moreNote(hidden, language)),
  };
}

/**
 * The repair reminder, the day before the date promised to the customer: keep the date, or tell the
 * customer early with the reason and a new one (seed 002). Buttons mark it ready or move the date.
 */
export function buildRepairReminder({ record, policy, language, now }: ReminderInput): SlackMessage {
  const tr = (entry: Localized) => t(entry, language);
  const repair = repairOf(record);
  const today = localDateOf(now, policy.timezone);
  const promisedFor = repair?.promisedFor ?? today;
  const title =
    promisedFor < today
      ? REPAIR_REMINDER.overdue
      : promisedFor === today
        ? REPAIR_REMINDER.dueToday
        : REPAIR_REMINDER.title;
  const repairName = repair ? escapeMrkdwn(remedyName(record.remedies, repair.remedyId, language)) : '';
  const blocks: KnownBlock[] = [
    header(tr(title)),
    section(caseLine(record, policy, language)),
    section(`*${tr(REPAIR_REMINDER.promised)}* ${promisedFor} · ${repairName}`),
    context([tr(REPAIR_REMINDER.advice)]),
    actions('repair_actions', [
      aftercareButton(AFTERCARE_ACTION.repairReady, REPAIR_REMINDER.ready, record.id, language, 'primary'),
      aftercareButton(AFTERCARE_ACTION.promiseRepair, REPAIR_REMINDER.moveDate, record.id, language),
    ]),
  ];
  const fallback = `${tr(REPAIR_REMINDER.fallback)} · ${describeItem(record, policy, language)} · ${promisedFor}`;
  return { text: truncate(escapeMrkdwn(fallback), FALLBACK_MAX, language), blocks };
}

/**
 * The owner's private prompt, once a repair is agreed (approved, or the case resolved with it) and no date
 * is promised yet: which case and repair, what to do, and the Repair button that opens the form.
 */
export function buildRepairDatePrompt({ record, policy, language, now }: ReminderInput): SlackMessage {
  const tr = (entry: Localized) => t(entry, language);
  const needed = repairDateNeeded(record);
  const agreedOn = needed ? localDateOf(new Date(needed.agreedAt), policy.timezone) : localDateOf(now, policy.timezone);
  const repairName = needed ? escapeMrkdwn(remedyName(record.remedies, needed.remedyId, language)) : '';
  const blocks: KnownBlock[] = [
    header(tr(REPAIR_DATE_PROMPT.title)),
    section(caseLine(record, policy, language)),
    section(`*${tr(REPAIR_DATE_PROMPT.agreed)}* ${repairName} · ${tr(AFTERCARE.agreedOn)} ${agreedOn}`),
    section(escapeMrkdwn(tr(REPAIR_DATE_PROMPT.ask))),
    context([escapeMrkdwn(tr(REPAIR_FORM.expectations))]),
    actions('repair_date_actions', [
      aftercareButton(AFTERCARE_ACTION.promiseRepair, REPAIR_FORM.title, record.id, language, 'primary'),
    ]),
  ];
  const fallback = `${tr(REPAIR_DATE_PROMPT.fallback)} · ${describeItem(record, policy, language)}`;
  return { text: truncate(escapeMrkdwn(fallback), FALLBACK_MAX, language), blocks };
}

/**
 * The case's aftercare in words, for the review post and App Home: when the follow-up call is due, the
 * repair's promised date, "ready for pickup since …, customer told …" with the abandonment date, or that
 * it was collected. Empty when there is none.
 */
export function describeAftercare(record: Case, policy: Policy, language: Language): string[] {
  const tr = (entry: Localized) => t(entry, language);
  const lines: string[] = [];
  const followUpOn = followUpDueOn(record, policy);
  if (followUpOn) lines.push(`📞 ${tr(AFTERCARE.followUpDue)} ${followUpOn}`);
  const repair = repairOf(record);
  if (repair) {
    const name = escapeMrkdwn(remedyName(record.remedies, repair.remedyId, language));
    if (repair.collectedAt) {
      lines.push(`🔧 ${name} · ${tr(AFTERCARE.collected)} ${formatMoment(repair.collectedAt, policy.timezone)}`);
    } else if (repair.ready) {
      lines.push(
        `🔧 ${name} · ${tr(AFTERCARE.readySince)} ${localDateOf(new Date(repair.ready.at), policy.timezone)}, ${tr(AFTERCARE.customerTold)} ${repair.ready.customerToldOn} · ${tr(AFTERCARE.abandonedAfter)} ${repair.ready.abandonedAfter}`,
      );
    } else {
      lines.push(`🔧 ${name} · ${tr(AFTERCARE.repairPromised)} ${repair.promisedFor}`);
    }
  }
  const undated = repairDateNeeded(record);
  if (undated) {
    const name = escapeMrkdwn(remedyName(record.remedies, undated.remedyId, language));
    lines.push(`🔧 ${name} · ⚠️ ${tr(AFTERCARE.noRepairDate)}`);
  }
  return lines;
}

/** One due item on App Home: what, when, and the button that does it. */
export function buildAftercareHomeItem(
  record: Case,
  item: AftercareItem,
  policy: Policy,
  language: Language,
  now: Date,
): KnownBlock[] {
  const tr = (entry: Localized) => t(entry, language);
  const today = localDateOf(now, policy.timezone);
  const tomorrow = addDays(today, 1);
  const what = caseLine(record, policy, language);
  const when = (dueOn: string) => {
    const near = nearness(dueOn, today, tomorrow, language);
    return near ? `${dueOn} (${near})` : dueOn;
  };
  switch (item.kind) {
    case 'follow-up':
      return [
        section(`📞 ${what}\n${tr(AFTERCARE.followUpDue)} ${when(item.dueOn)}`),
        actions(`home_follow_up_${record.id}`.slice(0, 255), [
          aftercareButton(AFTERCARE_ACTION.recordFollowUp, FOLLOW_UP_REMINDER.button, record.id, language, 'primary'),
        ]),
      ];
    case 'repair-due':
      return [
        section(
          `🔧 ${what}\n${escapeMrkdwn(remedyName(record.remedies, item.remedyId, language))} · ${tr(AFTERCARE.repairPromised)} ${when(item.dueOn)}`,
        ),
        actions(`home_repair_${record.id}`.slice(0, 255), [
          aftercareButton(AFTERCARE_ACTION.repairReady, REPAIR_REMINDER.ready, record.id, language, 'primary'),
          aftercareButton(AFTERCARE_ACTION.promiseRepair, REPAIR_REMINDER.moveDate, record.id, language),
        ]),
      ];
    case 'repair-undated':
      return [
        section(
          `🔧 ${what}\n${escapeMrkdwn(remedyName(record.remedies, item.remedyId, language))} · ⚠️ ${tr(AFTERCARE.noRepairDate)} (${tr(AFTERCARE.agreedOn)} ${item.agreedOn})`,
        ),
        actions(`home_repair_date_${record.id}`.slice(0, 255), [
          aftercareButton(AFTERCARE_ACTION.promiseRepair, REPAIR_FORM.title, record.id, language, 'primary'),
        ]),
      ];
    case 'awaiting-pickup': {
      const since = localDateOf(new Date(item.readySince), policy.timezone);
      const abandoned = item.abandoned ? ` · ⚠️ ${tr(AFTERCARE.abandoned)}` : '';
      return [
        section(
          `📦 ${what}\n${tr(AFTERCARE.readySince)} ${since}, ${tr(AFTERCARE.customerTold)} ${item.customerToldOn} · ${tr(AFTERCARE.abandonedAfter)} ${item.abandonedAfter}${abandoned}`,
        ),
        actions(`home_pickup_${record.id}`.slice(0, 255), [
          aftercareButton(AFTERCARE_ACTION.repairCollected, AFTERCARE.markCollected, record.id, language),
        ]),
      ];
    }
  }
}

/** The staff member's case buttons, with "Repair" when the case has a repair the policy allows. */
export function withRepairButton(block: ActionsBlock, record: Case, language: Language): ActionsBlock {
  if (repairChoices(record).length === 0) return block;
  return {
    ...block,
    elements: [
      ...block.elements,
      aftercareButton(AFTERCARE_ACTION.promiseRepair, REPAIR_FORM.title, record.id, language),
    ],
  };
}
