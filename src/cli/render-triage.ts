import { isChannelEvidence } from '../analysis/channel-flags.ts';
import type { TriageResult } from '../complaints/triage-complaint.ts';
import type { Evidence } from '../domain/analysis.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { RemedyVerdict } from '../domain/remedy-verdict.ts';
import { describeAdjustments, describeEngine } from '../i18n/engine-labels.ts';
import {
  AIM_LABELS,
  CHANNEL_LABELS,
  COVERAGE_LABELS,
  FLAG_LABELS,
  formatFee,
  formatMoment,
  formatMoney,
  SOURCE_LABELS,
  TEMPERAMENT_LABELS,
} from '../i18n/labels.ts';
import { OUTSIDE_POLICY, outsidePolicyVerdict } from '../policy/policy-coverage.ts';
import type { Catalog, Language, Localized } from '../shared/language.ts';

/** What `npm run triage` prints as headings, in both languages. */
export const HEADINGS = {
  title: { zh: '投诉分诊', en: 'Complaint triage' },
  category: { zh: '品类', en: 'Category' },
  problem: { zh: '问题', en: 'Problem' },
  customerLanguage: { zh: '顾客语言', en: "Customer's language" },
  detected: { zh: '识别', en: 'detected' },
  unknown: { zh: '未知', en: 'unknown' },
  temperament: { zh: '性格类型', en: 'Temperament' },
  confidence: { zh: '把握', en: 'confidence' },
  evidence: { zh: '依据', en: 'evidence' },
  approach: { zh: '服务要点', en: 'How to serve' },
  flags: { zh: '提示', en: 'Flags' },
  noFlags: { zh: '无难缠或危机迹象', en: 'no difficult-customer or crisis signs' },
  crisis: { zh: '危机', en: 'crisis' },
  difficult: { zh: '难缠', en: 'difficult' },
  aim: { zh: '真实诉求', en: 'Likely aim' },
  asks: { zh: '口头要求', en: 'asks for' },
  apology: { zh: '道歉话术', en: 'Apology' },
  resolution: { zh: '建议方案', en: 'Suggested resolution' },
  choose: { zh: '请顾客从以下方案中选择', en: 'let the customer choose' },
  nothing: { zh: '政策内没有可直接提供的方案', en: 'nothing the policy allows outright' },
  remedies: { zh: '政策判定', en: 'Policy verdicts' },
  needsApproval: { zh: '需经理批准', en: "needs a manager's approval" },
  until: { zh: '截止', en: 'until' },
  check: { zh: '需核实', en: 'check' },
  steps: { zh: '处理六步骤', en: 'The six steps' },
  followUp: { zh: '回访', en: 'Follow-up' },
  inDays: { zh: '天后', en: 'days after resolution' },
} satisfies Catalog;

/**
 * What a remedy costs, as staff should say it. Money remedies are the amount staff choose (up to their
 * limit) and a refund returns the price, so a "free" fee would only confuse.
 */
function describeCost(remedy: RemedyVerdict, policy: Policy, language: Language): string | undefined {
  if (!remedy.fee || remedy.kind === 'refund') return undefined;
  if (remedy.staffLimit !== null) {
    const limit = formatMoney(remedy.staffLimit, policy.currency, language);
    return language === 'zh' ? `店员可给到${limit}` : `staff may grant up to ${limit}`;
  }
  return formatFee(remedy.fee, policy.currency, language);
}

/** Renders a triage for a terminal, in the given language (the apology stays in the customer's). */
export function renderTriage(result: TriageResult, policy: Policy, language: Language): string {
  const t = (text: Localized) => text[language];
  const { analysis, facts } = result;
  const lines: string[] = [];
  const quote = (item: Evidence) =>
    isChannelEvidence(item)
      ? `${t(SOURCE_LABELS.channel)}: ${t(CHANNEL_LABELS[item.quote])}`
      : `“${item.quote}” (${t(SOURCE_LABELS[item.source])})`;
  const named = (list: readonly { id: string; name: Localized }[], id: string | null, source: string) => {
    const entry = list.find((item) => item.id === id);
    if (!entry) return t(HEADINGS.unknown);
    return source === 'detected' ? `${t(entry.name)} (${t(HEADINGS.detected)})` : t(entry.name);
  };

  lines.push(
    `${t(HEADINGS.title)} · ${formatMoment(result.at, policy.timezone)} · ${describeEngine(analysis, language)}`,
  );
  for (const adjustment of describeAdjustments(analysis, language)) lines.push(`  ⚖ ${adjustment}`);
  lines.push(
    `${t(HEADINGS.category)}: ${named(policy.categories, facts.category, facts.categorySource)} · ` +
      `${t(HEADINGS.problem)}: ${named(policy.problems, facts.problem, facts.problemSource)} · ` +
      `${t(HEADINGS.customerLanguage)}: ${facts.language}`,
  );

  const { temperament } = analysis;
  lines.push(
    '',
    `■ ${t(HEADINGS.temperament)}: ${TEMPERAMENT_LABELS[temperament.type].zh} ${TEMPERAMENT_LABELS[temperament.type].en}${temperament.type === 'unknown' ? '' : ` — ${t(HEADINGS.confidence)} ${temperament.confidence.toFixed(2)}`}`,
  );
  for (const item of temperament.evidence) lines.push(`  ${t(HEADINGS.evidence)}: ${quote(item)}`);
  lines.push(`  ${t(HEADINGS.approach)}:`);
  for (const line of temperament.approach) lines.push(`    - ${t(line)}`);

  lines.push('', `■ ${t(HEADINGS.flags)}`);
  if (analysis.flags.length === 0) lines.push(`  ${t(HEADINGS.noFlags)}`);
  for (const flag of analysis.flags) {
    const mark = flag.group === 'crisis' ? '!!' : '!';
    lines.push(
      `  ${mark} ${t(HEADINGS[flag.group])} · ${t(FLAG_LABELS[flag.kind])} — ${flag.evidence.map(quote).join(' · ')}`,
    );
    for (const line of flag.advice) lines.push(`      → ${t(line)}`);
  }

  const { aim } = analysis;
  const amount = aim.amount === undefined ? '' : ` (${formatMoney(aim.amount, policy.currency, language)})`;
  const stated = aim.stated ? ` · ${t(HEADINGS.asks)}: ${t(AIM_LABELS[aim.stated])}` : '';
  lines.push('', `■ ${t(HEADINGS.aim)}: ${t(AIM_LABELS[aim.kind])}${amount}${stated}`, `  ${t(aim.note)}`);

  lines.push(
    '',
    `■ ${t(HEADINGS.apology)} [${analysis.suggestion.apology.language}]`,
    `  ${analysis.suggestion.apology.text}`,
  );

  const { resolution } = analysis.suggestion;
  const byId = new Map(result.remedies.map((remedy) => [remedy.id, remedy]));
  const outside = outsidePolicyVerdict(result.remedies);
  const problemUnknown = !outside && facts.problem === null;
  lines.push('', `■ ${t(HEADINGS.resolution)}${resolution.letCustomerChoose ? ` — ${t(HEADINGS.choose)}` : ''}`);
  if (outside) lines.push(`  ✗ ${t(OUTSIDE_POLICY)}`);
  else if (problemUnknown) lines.push(`  ? ${t(COVERAGE_LABELS.problemUnknown)}`);
  if (resolution.options.length === 0 && !outside) lines.push(`  ${t(HEADINGS.nothing)}`);
  resolution.options.forEach((id, index) => {
    const remedy = byId.get(id);
    if (!remedy) return;
    const parts = [t(remedy.name), describeCost(remedy, policy, language)];
    if (remedy.needsApproval) parts.push(t(HEADINGS.needsApproval));
    parts.push(remedy.rule.id);
    lines.push(`  ${index + 1}. ${parts.filter(Boolean).join(' · ')}`);
  });
  lines.push(`  ${t(resolution.note)}`);

  lines.push('', `■ ${t(HEADINGS.remedies)}`);
  if (outside) {
    // One verdict for them all: none of the policy's remedies is for these goods, and a manager decides.
    lines.push(
      `  ✗ ${t(outside.reason)}`,
      `      ${outside.rule.id} ${t(outside.rule.title)}: ${t(outside.rule.citation)}`,
      `      ${t(COVERAGE_LABELS.managerMayDecide)}`,
    );
  }
  for (const remedy of outside ? [] : result.remedies) {
    const depends = remedy.dependsOnProblem === true;
    const mark = depends ? '?' : remedy.eligible ? '✓' : '✗';
    const parts = [`${mark} ${t(remedy.name)}`];
    if (depends) parts.push(t(COVERAGE_LABELS.dependsOnProblem));
    const cost = describeCost(remedy, policy, language);
    if (cost) parts.push(cost);
    if (remedy.deadline) parts.push(`${t(HEADINGS.until)} ${formatMoment(remedy.deadline, policy.timezone)}`);
    if (remedy.needsApproval) parts.push(t(HEADINGS.needsApproval));
    parts.push(`${remedy.rule.id} ${t(remedy.rule.title)}`);
    lines.push(`  ${parts.join(' · ')}`, `      ${t(remedy.reason)}`);
    for (const check of remedy.checks) lines.push(`      ${t(HEADINGS.check)}: ${t(check)}`);
  }

  lines.push('', `■ ${t(HEADINGS.steps)}`);
  for (const step of analysis.suggestion.steps) lines.push(`  ${step.step}. ${t(step.text)}`);

  const { followUp } = analysis.suggestion;
  lines.push('', `■ ${t(HEADINGS.followUp)} (${followUp.afterDays} ${t(HEADINGS.inDays)})`);
  for (const line of followUp.script) lines.push(`  - ${t(line)}`);
  return lines.join('\n');
}
