import type { KnownBlock } from '@slack/types';
import { buildFollowUpPlan } from '../analysis/wording/follow-up.ts';
import { followUpDueOn, repairDateNeeded, repairOf } from '../domain/aftercare.ts';
import type { Case } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { Language, Localized } from '../shared/language.ts';
import { localDateOf } from '../shared/local-date.ts';
import { actions, aftercareButton } from './aftercare-blocks.ts';
import { context, header, section } from './block-parts.ts';
import type { SlackMessage } from './case-message.ts';
import { describeItem, lastEvent, remedyName } from './case-summary.ts';
import { AFTERCARE_ACTION } from './ids.ts';
import { fitBlocks, LIMITS } from './limits.ts';
import {
  AFTERCARE,
  FOLLOW_UP_REMINDER,
  REPAIR_DATE_PROMPT,
  REPAIR_FORM,
  REPAIR_REMINDER,
} from './messages/aftercare.ts';
import { describeSatisfaction, moreNote, t } from './messages/common.ts';
import { ownText } from './own-text.ts';
import { joinSafe, md, type SafeText, shownText } from './safe-text.ts';

/**
 * The reminders a case's owner gets by DM: the follow-up call, the repair due, the repair date to set.
 * The owner filed the case and may need to call the customer, so contacts are kept whole here, the only
 * place besides the owner's analysis (see own-text.ts).
 */

const TEXT_MAX = 600;
const FALLBACK_MAX = 200;

/** What a reminder is built from; the owner reads it, so contacts are kept whole (not masked). */
export interface ReminderInput {
  record: Case;
  policy: Policy;
  /** The owner's language. */
  language: Language;
  now: Date;
}

/** "项链 · 新瀚城一店 · #c-1": which case, at a glance; the owner's own, so contacts are kept whole. */
function caseLine(record: Case, policy: Policy, language: Language): SafeText {
  const item = ownText(describeItem(record, policy, language), 120, language);
  const store = ownText(record.store, 100, language);
  return md`*${item}* · ${store} · #${record.id}`;
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
    header(md`${tr(overdue ? FOLLOW_UP_REMINDER.overdueTitle : FOLLOW_UP_REMINDER.title)}`),
    section(caseLine(record, policy, language)),
    context([md`${tr(FOLLOW_UP_REMINDER.due)} ${dueOn}${overdue ? ` · ${tr(AFTERCARE.overdue)}` : ''}`]),
  ];
  if (resolved) {
    blocks.push(
      section(
        md`*${tr(FOLLOW_UP_REMINDER.resolved)}*\n${ownText(resolved.outcome, TEXT_MAX, language)} · ${describeSatisfaction(resolved.satisfaction, language)}`,
      ),
    );
  }
  const script = joinSafe(
    plan.script.map((line, index) => `${index + 1}. ${t(line, language)}`),
    '\n',
  );
  blocks.push(section(md`*${tr(FOLLOW_UP_REMINDER.script)}*\n${script}`));
  blocks.push(
    actions('follow_up_actions', [
      aftercareButton(AFTERCARE_ACTION.recordFollowUp, FOLLOW_UP_REMINDER.button, record.id, language, 'primary'),
    ]),
  );
  const fallback = md`${tr(FOLLOW_UP_REMINDER.fallback)} · ${ownText(describeItem(record, policy, language), FALLBACK_MAX, language)} · ${dueOn}`;
  return {
    text: shownText(fallback, FALLBACK_MAX, language),
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
  const repairName = repair ? remedyName(record.remedies, repair.remedyId, language) : '';
  const blocks: KnownBlock[] = [
    header(md`${tr(title)}`),
    section(caseLine(record, policy, language)),
    section(md`*${tr(REPAIR_REMINDER.promised)}* ${promisedFor} · ${repairName}`),
    context([md`${tr(REPAIR_REMINDER.advice)}`]),
    actions('repair_actions', [
      aftercareButton(AFTERCARE_ACTION.repairReady, REPAIR_REMINDER.ready, record.id, language, 'primary'),
      aftercareButton(AFTERCARE_ACTION.promiseRepair, REPAIR_REMINDER.moveDate, record.id, language),
    ]),
  ];
  const fallback = md`${tr(REPAIR_REMINDER.fallback)} · ${ownText(describeItem(record, policy, language), FALLBACK_MAX, language)} · ${promisedFor}`;
  return { text: shownText(fallback, FALLBACK_MAX, language), blocks };
}

/**
 * The owner's private prompt, once a repair is agreed (approved, or the case resolved with it) and no date
 * is promised yet: which case and repair, what to do, and the Repair button that opens the form.
 */
export function buildRepairDatePrompt({ record, policy, language, now }: ReminderInput): SlackMessage {
  const tr = (entry: Localized) => t(entry, language);
  const needed = repairDateNeeded(record);
  const agreedOn = needed ? localDateOf(new Date(needed.agreedAt), policy.timezone) : localDateOf(now, policy.timezone);
  const repairName = needed ? remedyName(record.remedies, needed.remedyId, language) : '';
  const blocks: KnownBlock[] = [
    header(md`${tr(REPAIR_DATE_PROMPT.title)}`),
    section(caseLine(record, policy, language)),
    section(md`*${tr(REPAIR_DATE_PROMPT.agreed)}* ${repairName} · ${tr(AFTERCARE.agreedOn)} ${agreedOn}`),
    section(md`${tr(REPAIR_DATE_PROMPT.ask)}`),
    context([md`${tr(REPAIR_FORM.expectations)}`]),
    actions('repair_date_actions', [
      aftercareButton(AFTERCARE_ACTION.promiseRepair, REPAIR_FORM.title, record.id, language, 'primary'),
    ]),
  ];
  const fallback = md`${tr(REPAIR_DATE_PROMPT.fallback)} · ${ownText(describeItem(record, policy, language), FALLBACK_MAX, language)}`;
  return { text: shownText(fallback, FALLBACK_MAX, language), blocks };
}
