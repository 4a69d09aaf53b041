import type { Case } from '../domain/case.ts';
import type { CaseOutline } from '../domain/case-outline.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { RemedyVerdict } from '../domain/remedy-verdict.ts';
import { formatFee, formatMoney, TEMPERAMENT_LABELS } from '../i18n/labels.ts';
import type { Language } from '../shared/language.ts';
import { COMMON, staffLimitNote, t } from './messages/common.ts';

/**
 * Short descriptions of a case that several surfaces show the same way (the review post, the staff
 * member's analysis, App Home). They return raw text: the caller masks and escapes for its surface.
 */

/** What the complaint is about: the product as entered, else the category's name, else "product not given". */
export function describeItem(record: CaseOutline, policy: Policy, language: Language): string {
  if (record.complaint.product) return record.complaint.product;
  const category = policy.categories.find((entry) => entry.id === record.analysis.category);
  return category ? t(category.name, language) : t(COMMON.noProduct, language);
}

/** Whether staff corrected the analyser's temperament: then its confidence no longer applies. */
export function temperamentCorrected(record: Pick<Case, 'history'>): boolean {
  return record.history.some((event) => event.type === 'temperament-corrected' && event.from !== event.to);
}

/** The reading below which a type is a hint to check rather than advice to follow (shown under 0.5). */
const FIRM_READING = 0.5;

/** Whether the analyser named a type on little evidence and staff have not corrected it. */
export function isWeakReading(record: CaseOutline): boolean {
  const { type, confidence } = record.analysis.temperament;
  return type !== 'unknown' && confidence < FIRM_READING && !temperamentCorrected(record);
}

/** "力量型 · 把握 94%", "和平型 · 已由店员更正" once staff corrected it, or "看不出（请员工判断）". */
export function describeTemperament(record: CaseOutline, language: Language): string {
  const { type, confidence } = record.analysis.temperament;
  // "Unknown" is the whole answer: a confidence beside it would read as a verdict.
  if (type === 'unknown') return t(TEMPERAMENT_LABELS[type], language);
  const how = temperamentCorrected(record)
    ? t(COMMON.corrected, language)
    : `${t(COMMON.confidence, language)} ${Math.round(confidence * 100)}%`;
  return `${t(TEMPERAMENT_LABELS[type], language)} · ${how}`;
}

/**
 * What a remedy costs or takes, as staff should say it. Money remedies are the amount staff choose, up
 * to their limit; a refund returns the price and always needs a manager, so "free" would only confuse.
 */
export function describeCost(remedy: RemedyVerdict, policy: Policy, language: Language): string | undefined {
  if (remedy.kind === 'refund') return t(COMMON.needsManager, language);
  if (!remedy.fee) return undefined;
  if (remedy.staffLimit !== null) {
    return staffLimitNote(formatMoney(remedy.staffLimit, policy.currency, language), language);
  }
  const fee = formatFee(remedy.fee, policy.currency, language);
  return remedy.needsApproval ? `${fee} · ${t(COMMON.needsManager, language)}` : fee;
}

/** A remedy's name by its policy id, from the verdicts kept on the case; the id when it is not there. */
export function remedyName(remedies: readonly RemedyVerdict[], remedyId: string, language: Language): string {
  const remedy = remedies.find((entry) => entry.id === remedyId);
  return remedy ? t(remedy.name, language) : remedyId;
}

/** "补偿 80元 · 已批准": the current proposal, with its amount and where its approval stands. */
export function describeProposal(record: Case, policy: Policy, language: Language): string | undefined {
  const { proposal } = record;
  if (!proposal) return undefined;
  const parts = [remedyName(record.remedies, proposal.remedyId, language)];
  if (proposal.amount !== undefined) parts.push(formatMoney(proposal.amount, policy.currency, language));
  if (proposal.needsApproval) {
    parts.push(t(proposal.approved ? COMMON.approved : COMMON.needsManager, language));
  }
  return parts.join(' · ');
}

/** The last event of a kind in a case's history. */
export function lastEvent<Type extends Case['history'][number]['type']>(
  record: Case,
  type: Type,
): Extract<Case['history'][number], { type: Type }> | undefined {
  for (let index = record.history.length - 1; index >= 0; index--) {
    const event = record.history[index];
    if (event && isType(event, type)) return event;
  }
  return undefined;
}

function isType<Type extends Case['history'][number]['type']>(
  event: Case['history'][number],
  type: Type,
): event is Extract<Case['history'][number], { type: Type }> {
  return event.type === type;
}
