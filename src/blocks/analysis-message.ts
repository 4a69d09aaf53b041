import type { ActionsBlock, KnownBlock } from '@slack/types';
import type { Evidence, Flag } from '../analysis/analysis.js';
import type { Case } from '../complaints/case.js';
import { describeAdjustments, describeEngine } from '../i18n/engine-labels.js';
import { AIM_LABELS, FLAG_LABELS, formatMoment, formatMoney } from '../i18n/labels.js';
import type { Policy } from '../policy/policy-schema.js';
import type { RemedyVerdict } from '../policy/remedy-verdict.js';
import type { Language, Localized } from '../shared/language.js';
import { withRepairButton } from './aftercare-blocks.js';
import { context, divider, header, plainText, quote, section } from './block-parts.js';
import type { SlackMessage } from './case-message.js';
import { describeCost, describeItem, describeTemperament } from './case-summary.js';
import { ACTION } from './ids.js';
import { fitBlocks, LIMITS, type RankedBlock } from './limits.js';
import { APPROVAL, followUpWhen, LANGUAGE_NAMES, moreNote, SOURCE_LABELS, STAFF, t } from './messages.js';
import { escapeMrkdwn, truncate, userMrkdwn } from './mrkdwn.js';

/** What the staff member's private analysis is built from. */
export interface StaffAnalysisInput {
  record: Case;
  /** The policy's verdicts to show; `record.remedies` (the verdicts at filing time) when not given. */
  remedies?: readonly RemedyVerdict[];
  /** The staff member's language; the apology stays in the customer's. */
  language: Language;
  policy: Policy;
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
 * correct the temperament, record the outcome or ask for compensation. Contact details are not masked —
 * the owner may need them — but all text is escaped.
 */
export function buildStaffAnalysis({ record, remedies, language, policy }: StaffAnalysisInput): SlackMessage {
  const verdicts = remedies ?? record.remedies;
  const tr = (entry: Localized) => t(entry, language);
  const own = (text: string, max: number) => userMrkdwn(text, { max, language, mask: false });
  const quoteEvidence = (item: Evidence) => `“${own(item.quote, QUOTE_MAX)}” (${tr(SOURCE_LABELS[item.source])})`;
  const { analysis } = record;
  const item = describeItem(record, policy, language);

  const blocks: (KnownBlock | RankedBlock)[] = [
    header(`${tr(STAFF.title)} · ${item}`),
    context([
      [
        `#${escapeMrkdwn(record.id)}`,
        own(record.store, 100),
        escapeMrkdwn(describeEngine(analysis, language)),
        `${tr(STAFF.customerLanguage)}: ${LANGUAGE_NAMES[analysis.language]}`,
      ].join(' · '),
    ]),
  ];
  // What the guardrails took out of or added to an LLM's answer, so staff know why it reads as it does.
  const adjustments = describeAdjustments(analysis, language);
  if (adjustments.length > 0) blocks.push(context([adjustments.map((line) => `⚖️ ${escapeMrkdwn(line)}`).join('\n')]));

  const flags = [...analysis.flags].sort((a, b) => Number(b.group === 'crisis') - Number(a.group === 'crisis'));
  for (const flag of flags) {
    const block = section(describeFlag(flag, language, quoteEvidence));
    // A crisis warning is never cut: the manager must hear of it at once (seed 001).
    blocks.push(flag.group === 'crisis' ? block : { block, drop: DROP.difficultFlag });
  }
  blocks.push(divider());

  const { temperament, aim, suggestion } = analysis;
  const evidence =
    temperament.evidence.length > 0 ? temperament.evidence.map(quoteEvidence).join('\n') : tr(STAFF.noEvidence);
  blocks.push(
    section(
      [
        `*${tr(STAFF.temperament)}: ${escapeMrkdwn(describeTemperament(record, language))}*`,
        `${tr(STAFF.evidence)}: ${evidence}`,
        `*${tr(STAFF.approach)}*`,
        ...temperament.approach.map((line) => `• ${escapeMrkdwn(tr(line))}`),
      ].join('\n'),
    ),
  );

  const amount = aim.amount === undefined ? '' : ` (${formatMoney(aim.amount, policy.currency, language)})`;
  const stated = aim.stated ? ` · ${tr(STAFF.asks)}: ${tr(AIM_LABELS[aim.stated])}` : '';
  blocks.push(
    section(`*${tr(STAFF.aim)}:* ${tr(AIM_LABELS[aim.kind])}${amount}${stated}\n${escapeMrkdwn(tr(aim.note))}`),
  );

  // Said to the customer, so it stays in their language whatever the staff member reads.
  const { apology } = suggestion;
  blocks.push(
    section(`🗣️ *${tr(STAFF.apology)}* (${LANGUAGE_NAMES[apology.language]})\n${quote(own(apology.text, 1000))}`),
  );

  blocks.push(section(describeResolution(record, verdicts, policy, language)));
  blocks.push({ block: section(describeRemedies(verdicts, policy, language)), drop: DROP.remedies });
  blocks.push({
    block: section(
      [
        `*${tr(STAFF.steps)}*`,
        ...suggestion.steps.map((step) => `${step.step}. ${escapeMrkdwn(truncate(tr(step.text), 400, language))}`),
      ].join('\n'),
    ),
    drop: DROP.steps,
  });
  const { followUp } = suggestion;
  blocks.push({
    block: context([
      `📞 *${tr(STAFF.followUp)}* (${followUpWhen(followUp.afterDays, language)}): ${followUp.script
        .map((line) => escapeMrkdwn(tr(line)))
        .join(' · ')}`,
    ]),
    drop: DROP.followUp,
  });
  blocks.push(withRepairButton(buildActions(record.id, language), record, language));

  const crisis = flags.some((flag) => flag.group === 'crisis') ? '🚨 ' : '';
  const fallback = `${crisis}${tr(STAFF.fallback)}: ${item} · ${describeTemperament(record, language)}`;
  return {
    text: truncate(escapeMrkdwn(fallback), FALLBACK_MAX, language),
    blocks: fitBlocks(blocks, LIMITS.messageBlocks, (hidden) => moreNote(hidden, language)),
  };
}

/** A warning sign with its evidence and the method's advice; a crisis sign says to tell the manager. */
function describeFlag(flag: Flag, language: Language, quoteEvidence: (item: Evidence) => string): string {
  const crisis = flag.group === 'crisis';
  const heading = crisis
    ? `🚨 *${t(STAFF.crisisHeading, language)} — ${t(FLAG_LABELS[flag.kind], language)}*`
    : `⚠️ *${t(STAFF.difficultHeading, language)} — ${t(FLAG_LABELS[flag.kind], language)}*`;
  return [
    heading,
    flag.evidence.map(quoteEvidence).join(' · '),
    ...flag.advice.map((line) => `→ ${escapeMrkdwn(t(line, language))}`),
  ].join('\n');
}

/**
 * The resolution to put to the customer: each option with its cost or limit and rule. Money remedies show
 * what staff may grant alone; a refund shows it needs a manager.
 */
function describeResolution(
  record: Case,
  verdicts: readonly RemedyVerdict[],
  policy: Policy,
  language: Language,
): string {
  const { resolution } = record.analysis.suggestion;
  const choose = resolution.letCustomerChoose ? ` — ${t(STAFF.letChoose, language)}` : '';
  const lines = [`*${t(STAFF.resolution, language)}*${choose}`];
  const byId = new Map(verdicts.map((remedy) => [remedy.id, remedy]));
  const options = resolution.options.flatMap((id) => byId.get(id) ?? []);
  if (options.length === 0) lines.push(t(STAFF.nothingAllowed, language));
  options.forEach((remedy, index) => {
    const parts = [`*${escapeMrkdwn(t(remedy.name, language))}*`];
    const cost = describeCost(remedy, policy, language);
    if (cost) parts.push(escapeMrkdwn(cost));
    parts.push(escapeMrkdwn(remedy.rule.id));
    const recommended = remedy.id === resolution.recommended && options.length > 1 ? ' ⭐' : '';
    lines.push(`${index + 1}. ${parts.join(' · ')}${recommended}`);
  });
  lines.push(`_${escapeMrkdwn(t(resolution.note, language))}_`);
  return lines.join('\n');
}

/**
 * Every remedy the policy allows, compactly, with its cost, deadline, rule and what to check first; then
 * the ones it refuses, by name and rule, so staff know what not to promise.
 */
function describeRemedies(verdicts: readonly RemedyVerdict[], policy: Policy, language: Language): string {
  const lines = [`*${t(STAFF.remedies, language)}*`];
  for (const remedy of verdicts.filter((entry) => entry.eligible)) {
    const parts = [`✓ *${escapeMrkdwn(t(remedy.name, language))}*`];
    const cost = describeCost(remedy, policy, language);
    if (cost) parts.push(escapeMrkdwn(cost));
    if (remedy.deadline) parts.push(`${t(STAFF.until, language)} ${formatMoment(remedy.deadline, policy.timezone)}`);
    const citation = truncate(t(remedy.rule.citation, language), CITATION_MAX, language);
    parts.push(`${escapeMrkdwn(remedy.rule.id)} _${escapeMrkdwn(citation)}_`);
    const checks = remedy.checks.map((check) => escapeMrkdwn(t(check, language)));
    lines.push(
      parts.join(' · ') + (checks.length > 0 ? `\n      ${t(STAFF.check, language)}: ${checks.join(' ')}` : ''),
    );
  }
  const refused = verdicts.filter((entry) => !entry.eligible);
  if (refused.length > 0) {
    const names = refused.map(
      (remedy) => `${escapeMrkdwn(t(remedy.name, language))} (${escapeMrkdwn(remedy.rule.id)})`,
    );
    lines.push(`✗ *${t(STAFF.notAllowed, language)}:* ${names.join(' · ')}`);
  }
  return lines.join('\n');
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
    ],
  };
}
