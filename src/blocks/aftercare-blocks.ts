import type { ActionsBlock, Button, KnownBlock } from '@slack/types';
import { type AftercareItem, followUpDueOn, repairDateNeeded, repairOf } from '../domain/aftercare.ts';
import type { Case } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { formatMoment } from '../i18n/labels.ts';
import type { Language, Localized } from '../shared/language.ts';
import { addDays, localDateOf } from '../shared/local-date.ts';
import { repairChoices } from './aftercare-modals.ts';
import { plainText, section } from './block-parts.ts';
import { describeItem, remedyName } from './case-summary.ts';
import { AFTERCARE_ACTION } from './ids.ts';
import { LIMITS } from './limits.ts';
import { AFTERCARE, FOLLOW_UP_REMINDER, nearness, REPAIR_FORM, REPAIR_REMINDER } from './messages/aftercare.ts';
import { t } from './messages/common.ts';
import { md, type SafeText, safeText } from './safe-text.ts';

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

export function actions(block_id: string, elements: Button[]): ActionsBlock {
  return { type: 'actions', block_id, elements };
}

/**
 * The case's aftercare in words, for the review post and App Home: when the follow-up call is due, the
 * repair's promised date, "ready for pickup since …, customer told …" with the abandonment date, or that
 * it was collected. Empty when there is none.
 */
export function describeAftercare(record: Case, policy: Policy, language: Language): SafeText[] {
  const tr = (entry: Localized) => t(entry, language);
  const lines: SafeText[] = [];
  const followUpOn = followUpDueOn(record, policy);
  if (followUpOn) lines.push(md`📞 ${tr(AFTERCARE.followUpDue)} ${followUpOn}`);
  const repair = repairOf(record);
  if (repair) {
    const name = remedyName(record.remedies, repair.remedyId, language);
    if (repair.collectedAt) {
      lines.push(md`🔧 ${name} · ${tr(AFTERCARE.collected)} ${formatMoment(repair.collectedAt, policy.timezone)}`);
    } else if (repair.ready) {
      lines.push(
        md`🔧 ${name} · ${tr(AFTERCARE.readySince)} ${localDateOf(new Date(repair.ready.at), policy.timezone)}, ${tr(AFTERCARE.customerTold)} ${repair.ready.customerToldOn} · ${tr(AFTERCARE.abandonedAfter)} ${repair.ready.abandonedAfter}`,
      );
    } else {
      lines.push(md`🔧 ${name} · ${tr(AFTERCARE.repairPromised)} ${repair.promisedFor}`);
    }
  }
  const undated = repairDateNeeded(record);
  if (undated) {
    const name = remedyName(record.remedies, undated.remedyId, language);
    lines.push(md`🔧 ${name} · ⚠️ ${tr(AFTERCARE.noRepairDate)}`);
  }
  return lines;
}

/** "项链 · 新瀚城一店 · #c-1": which case, at a glance, for App Home (masked like every shared surface). */
function caseLine(record: Case, policy: Policy, language: Language): SafeText {
  const item = safeText(describeItem(record, policy, language), { max: 120, language });
  const store = safeText(record.store, { max: 100, language });
  return md`*${item}* · ${store} · #${record.id}`;
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
        section(md`📞 ${what}\n${tr(AFTERCARE.followUpDue)} ${when(item.dueOn)}`),
        actions(`home_follow_up_${record.id}`.slice(0, 255), [
          aftercareButton(AFTERCARE_ACTION.recordFollowUp, FOLLOW_UP_REMINDER.button, record.id, language, 'primary'),
        ]),
      ];
    case 'repair-due':
      return [
        section(
          md`🔧 ${what}\n${remedyName(record.remedies, item.remedyId, language)} · ${tr(AFTERCARE.repairPromised)} ${when(item.dueOn)}`,
        ),
        actions(`home_repair_${record.id}`.slice(0, 255), [
          aftercareButton(AFTERCARE_ACTION.repairReady, REPAIR_REMINDER.ready, record.id, language, 'primary'),
          aftercareButton(AFTERCARE_ACTION.promiseRepair, REPAIR_REMINDER.moveDate, record.id, language),
        ]),
      ];
    case 'repair-undated':
      return [
        section(
          md`🔧 ${what}\n${remedyName(record.remedies, item.remedyId, language)} · ⚠️ ${tr(AFTERCARE.noRepairDate)} (${tr(AFTERCARE.agreedOn)} ${item.agreedOn})`,
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
          md`📦 ${what}\n${tr(AFTERCARE.readySince)} ${since}, ${tr(AFTERCARE.customerTold)} ${item.customerToldOn} · ${tr(AFTERCARE.abandonedAfter)} ${item.abandonedAfter}${abandoned}`,
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
