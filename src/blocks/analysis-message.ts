import type { ActionsBlock, KnownBlock } from '@slack/types';
import { isChannelEvidence } from '../analysis/channel-flags.ts';
import type { Evidence, Flag } from '../domain/analysis.ts';
import type { Case, HandedOverEvent } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { RemedyVerdict } from '../domain/remedy-verdict.ts';
import { describeAdjustments, describeEngine } from '../i18n/engine-labels.ts';
import {
  AIM_LABELS,
  CHANNEL_LABELS,
  COVERAGE_LABELS,
  FLAG_LABELS,
  formatMoment,
  formatMoney,
  SOURCE_LABELS,
} from '../i18n/labels.ts';
import { dependingOnProblem, OUTSIDE_POLICY, outsidePolicyVerdict } from '../policy/policy-coverage.ts';
import type { Language, Localized } from '../shared/language.ts';
import { withRepairButton } from './aftercare-blocks.ts';
import { context, divider, header, plainText, section } from './block-parts.ts';
import type { SlackMessage } from './case-message.ts';
import { describeCost, describeItem, describeTemperament, isWeakReading } from './case-summary.ts';
import { describeComplaintFiles } from './complaint-files.ts';
import { describeHandoff } from './handoff-blocks.ts';
import { ACTION, HANDOFF_ACTION } from './ids.ts';
import { fitBlocks, LIMITS, type RankedBlock } from './limits.ts';
import { APPROVAL } from './messages/approval.ts';
import { LANGUAGE_NAMES, moreNote, t } from './messages/common.ts';
import { REOPEN_FORM } from './messages/confirmation.ts';
import { HANDOFF_FORM } from './messages/handoff.ts';
import { followUpWhen, STAFF } from './messages/staff-dm.ts';
import { ownText } from './own-text.ts';
import { describeRepeatCustomer } from './repeat-customer.ts';
import { joinSafe, md, quoteSafe, type SafeText, safeText, shownText } from './safe-text.ts';

/** What the staff member's private analysis is built from. */
export interface StaffAnalysisInput {
  record: Case;
  /** The policy's verdicts to show; `record.remedies` (the verdicts at filing time) when not given. */
  remedies?: readonly RemedyVerdict[];
  /** The staff member's language; the apology stays in the customer's. */
  language: Language;
  policy: Policy;
  /** When the case was handed to this reader (issue 15): who handed it over and why, said first. */
  handedOver?: HandedOverEvent;
}

const QUOTE_MAX = 200;
const CITATION_MAX = 160;
const FALLBACK_MAX = 200;

/** Which detail goes first when the analysis would not fit in one message (higher goes first). */
const DROP = { remedies: 1, followUp: 2, steps: 3, difficultFlag: 4 } as const;

/**
 * The analysis the staff member who filed the complaint gets privately: who the customer seems to be and
 * how to serve them, warning signs (crisis first, marked), what they likely want, what to say, what the
 * policy lets staff offer and on which rule, the six steps and the follow-up call, with buttons to
 * correct the temperament, record the outcome or ask for compensation. The customer's own words keep their
 * contact details (the filer may need to call back; see own-text.ts); all text is escaped.
 */
export function buildStaffAnalysis({
  record,
  remedies,
  language,
  policy,
  handedOver,
}: StaffAnalysisInput): SlackMessage {
  const verdicts = remedies ?? record.remedies;
  const tr = (entry: Localized) => t(entry, language);
  const own = (text: string, max: number) => ownText(text, max, language);
  const quoteEvidence = (item: Evidence) =>
    isChannelEvidence(item)
      ? md`${tr(SOURCE_LABELS.channel)}: ${tr(CHANNEL_LABELS[item.quote])}`
      : md`“${own(item.quote, QUOTE_MAX)}” (${tr(SOURCE_LABELS[item.source])})`;
  const { analysis } = record;
  // Cut by the header itself, on the text it shows (escaping would make the limit bite early).
  const item = own(describeItem(record, policy, language), LIMITS.sectionText);

  const blocks: (KnownBlock | RankedBlock)[] = [
    header(md`${tr(STAFF.title)} · ${item}`),
    context([
      joinSafe(
        [
          `#${record.id}`,
          own(record.store, 100),
          describeEngine(analysis, language),
          `${tr(STAFF.customerLanguage)}: ${LANGUAGE_NAMES[analysis.language]}`,
        ],
        ' · ',
      ),
    ]),
  ];
  // A case handed over: the new owner reads first who gave it to them and why (换人, issue 15).
  if (handedOver) blocks.push(section(describeHandoff(handedOver, language)));
  // What the guardrails took out of or added to an LLM's answer, so staff know why it reads as it does.
  const adjustments = describeAdjustments(analysis, language);
  if (adjustments.length > 0) {
    blocks.push(
      context([
        joinSafe(
          adjustments.map((line) => `⚖️ ${line}`),
          '\n',
        ),
      ]),
    );
  }

  const flags = [...analysis.flags].sort((a, b) => Number(b.group === 'crisis') - Number(a.group === 'crisis'));
  for (const flag of flags) {
    const block = section(describeFlag(flag, language, quoteEvidence));
    // A crisis warning is never cut: the manager must hear of it at once (seed 001).
    blocks.push(flag.group === 'crisis' ? block : { block, drop: DROP.difficultFlag });
  }
  // A repeat customer: how often they complained and what they were granted, before staff offer anything.
  const repeat = describeRepeatCustomer(record, policy, language);
  if (repeat) blocks.push(section(repeat));
  // The photos and receipts, as links to where they are in Slack (issue 15).
  const files = describeComplaintFiles(record.complaint, language);
  if (files) blocks.push(section(files));
  blocks.push(divider());

  const { temperament, aim, suggestion } = analysis;
  const evidence =
    temperament.evidence.length > 0
      ? joinSafe(temperament.evidence.map(quoteEvidence), '\n')
      : md`${tr(STAFF.noEvidence)}`;
  blocks.push(
    section(
      joinSafe(
        [
          md`*${tr(STAFF.temperament)}: ${describeTemperament(record, language)}*`,
          md`${tr(STAFF.evidence)}: ${evidence}`,
          // On retold text a reading below 0.5 is right about as often as not: say so where the advice begins.
          ...(isWeakReading(record) ? [md`_${tr(STAFF.weakReading)}_`] : []),
          md`*${tr(STAFF.approach)}*`,
          ...temperament.approach.map((line) => `• ${tr(line)}`),
        ],
        '\n',
      ),
    ),
  );

  const amount = aim.amount === undefined ? '' : ` (${formatMoney(aim.amount, policy.currency, language)})`;
  const stated = aim.stated ? ` · ${tr(STAFF.asks)}: ${tr(AIM_LABELS[aim.stated])}` : '';
  blocks.push(section(md`*${tr(STAFF.aim)}:* ${tr(AIM_LABELS[aim.kind])}${amount}${stated}\n${tr(aim.note)}`));

  // Said to the customer, so it stays in their language whatever the staff member reads.
  const { apology } = suggestion;
  blocks.push(
    section(md`🗣️ *${tr(STAFF.apology)}* (${LANGUAGE_NAMES[apology.language]})\n${quoteSafe(own(apology.text, 1000))}`),
  );

  blocks.push(section(describeResolution(record, verdicts, policy, language)));
  blocks.push({ block: section(describeRemedies(verdicts, policy, language)), drop: DROP.remedies });
  blocks.push({
    block: section(
      joinSafe(
        [
          md`*${tr(STAFF.steps)}*`,
          ...suggestion.steps.map((step) => md`${step.step}. ${safeText(tr(step.text), { max: 400, language })}`),
        ],
        '\n',
      ),
    ),
    drop: DROP.steps,
  });
  const { followUp } = suggestion;
  blocks.push({
    block: context([
      md`📞 *${tr(STAFF.followUp)}* (${followUpWhen(followUp.afterDays, language)}): ${joinSafe(followUp.script.map(tr), ' · ')}`,
    ]),
    drop: DROP.followUp,
  });
  blocks.push(withRepairButton(buildActions(record.id, language), record, language));

  const crisis = flags.some((flag) => flag.group === 'crisis') ? '🚨 ' : '';
  const fallback = md`${crisis}${tr(STAFF.fallback)}: ${item} · ${describeTemperament(record, language)}`;
  return {
    text: shownText(fallback, FALLBACK_MAX, language),
    blocks: fitBlocks(blocks, LIMITS.messageBlocks, (hidden) => moreNote(hidden, language)),
  };
}

/** A warning sign with its evidence and the method's advice; a crisis sign says to tell the manager. */
function describeFlag(flag: Flag, language: Language, quoteEvidence: (item: Evidence) => SafeText): SafeText {
  const crisis = flag.group === 'crisis';
  const heading = crisis
    ? md`🚨 *${t(STAFF.crisisHeading, language)} — ${t(FLAG_LABELS[flag.kind], language)}*`
    : md`⚠️ *${t(STAFF.difficultHeading, language)} — ${t(FLAG_LABELS[flag.kind], language)}*`;
  return joinSafe(
    [
      heading,
      joinSafe(flag.evidence.map(quoteEvidence), ' · '),
      ...flag.advice.map((line) => `→ ${t(line, language)}`),
    ],
    '\n',
  );
}

/**
 * The resolution to put to the customer: each option with its cost or limit and rule. Money remedies show
 * what staff may grant alone; a refund shows it needs a manager. Goods the policy does not cover say so
 * first, and a problem nobody has named yet is said before any option: this section is never cut.
 */
function describeResolution(
  record: Case,
  verdicts: readonly RemedyVerdict[],
  policy: Policy,
  language: Language,
): SafeText {
  const { resolution } = record.analysis.suggestion;
  const choose = resolution.letCustomerChoose ? ` — ${t(STAFF.letChoose, language)}` : '';
  const lines: (SafeText | string)[] = [md`*${t(STAFF.resolution, language)}*${choose}`];
  const outside = outsidePolicyVerdict(verdicts);
  if (outside) lines.push(md`🚫 *${t(OUTSIDE_POLICY, language)}*`, t(COVERAGE_LABELS.managerMayDecide, language));
  else if (record.analysis.problem === null) lines.push(md`❓ ${t(COVERAGE_LABELS.problemUnknown, language)}`);
  const byId = new Map(verdicts.map((remedy) => [remedy.id, remedy]));
  const options = resolution.options.flatMap((id) => byId.get(id) ?? []);
  if (options.length === 0 && !outside) lines.push(t(STAFF.nothingAllowed, language));
  options.forEach((remedy, index) => {
    const parts = [md`*${t(remedy.name, language)}*`, describeCost(remedy, policy, language), remedy.rule.id];
    const recommended = remedy.id === resolution.recommended && options.length > 1 ? ' ⭐' : '';
    lines.push(md`${index + 1}. ${joinSafe(parts, ' · ')}${recommended}`);
  });
  lines.push(md`_${t(resolution.note, language)}_`);
  return joinSafe(lines, '\n');
}

/**
 * Every remedy the policy allows, compactly, with its cost, deadline, rule and what to check first; then
 * those that depend on a problem not known yet, and the ones it refuses, by name and rule, so staff know
 * what not to promise. For goods the policy does not cover, what it does cover, quoted.
 */
function describeRemedies(verdicts: readonly RemedyVerdict[], policy: Policy, language: Language): SafeText {
  const outside = outsidePolicyVerdict(verdicts);
  if (outside) {
    const citation = safeText(t(outside.rule.citation, language), { max: CITATION_MAX * 2, language });
    return md`*${t(outside.rule.title, language)}*\n✗ ${t(outside.reason, language)}\n_${citation}_`;
  }
  const depending = dependingOnProblem(verdicts).filter((entry) => entry.eligible);
  const lines = [md`*${t(STAFF.remedies, language)}*`];
  for (const remedy of verdicts.filter((entry) => entry.eligible && !depending.includes(entry))) {
    const citation = safeText(t(remedy.rule.citation, language), { max: CITATION_MAX, language });
    const parts = joinSafe(
      [
        md`✓ *${t(remedy.name, language)}*`,
        describeCost(remedy, policy, language),
        remedy.deadline && `${t(STAFF.until, language)} ${formatMoment(remedy.deadline, policy.timezone)}`,
        md`${remedy.rule.id} _${citation}_`,
      ],
      ' · ',
    );
    const checks = remedy.checks.map((check) => t(check, language));
    lines.push(checks.length > 0 ? md`${parts}\n      ${t(STAFF.check, language)}: ${joinSafe(checks, ' ')}` : parts);
  }
  if (depending.length > 0) {
    const names = depending.map((remedy) => `${t(remedy.name, language)} (${remedy.rule.id})`);
    lines.push(md`❓ *${t(COVERAGE_LABELS.dependsHeading, language)}:* ${joinSafe(names, ' · ')}`);
  }
  const refused = verdicts.filter((entry) => !entry.eligible);
  if (refused.length > 0) {
    const names = refused.map((remedy) => `${t(remedy.name, language)} (${remedy.rule.id})`);
    lines.push(md`✗ *${t(STAFF.notAllowed, language)}:* ${joinSafe(names, ' · ')}`);
  }
  return joinSafe(lines, '\n');
}

/** The buttons under the analysis; each carries the case id, which the listeners parse back. */
function buildActions(caseId: string, language: Language): ActionsBlock {
  const button = (actionId: string, label: Localized, style?: 'primary') => ({
    type: 'button' as const,
    action_id: actionId,
    text: plainText(t(label, language), LIMITS.buttonText),
    value: caseId,
    ...(style ? { style } : {}),
  });
  return {
    type: 'actions',
    elements: [
      button(ACTION.recordOutcome, STAFF.recordOutcome, 'primary'),
      button(ACTION.correctTemperament, STAFF.correctTemperament),
      button(ACTION.requestCompensation, STAFF.requestCompensation),
      button(ACTION.showHistory, APPROVAL.history),
      button(HANDOFF_ACTION.handOver, HANDOFF_FORM.button),
      button(HANDOFF_ACTION.reopen, REOPEN_FORM.button),
    ],
  };
}
