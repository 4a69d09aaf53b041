import type { AimKind, TemperamentRead } from '../../domain/analysis.ts';
import type { GuardAdjustment } from '../../domain/analysis-engine.ts';
import type { Policy, RemedyKind } from '../../domain/policy-schema.ts';
import type { RemedyVerdict } from '../../domain/remedy-verdict.ts';
import type { ResolutionSuggestion } from '../../domain/suggestion.ts';
import { formatMoney } from '../../i18n/labels.ts';
import type { Localized } from '../../shared/language.ts';
import { amountsIn } from '../rules/amounts-in.ts';
import { chooseResolution } from '../rules/choose-resolution.ts';
import type { LlmAnswer } from './llm-answer-schema.ts';

/** Money remedies, where the staff authority limit applies. */
const MONEY_KINDS: ReadonlySet<RemedyKind> = new Set<RemedyKind>(['discount', 'compensation', 'gift']);

export interface HoldResolutionInput {
  resolution: LlmAnswer['resolution'];
  verdicts: readonly RemedyVerdict[];
  policy: Policy;
  /** The model's reading, so a replacement resolution is chosen for the same customer. */
  temperament: TemperamentRead;
  aim: AimKind;
  requestedAmount: number | undefined;
  /** The model's note failed the wording checks twice: use the rules' choice and note for this reading. */
  useRulesChoice?: boolean;
}

/**
 * Holds the model's resolution to the policy: a remedy the policy engine did not find eligible, or does
 * not know, is removed with the reason — and since the model's note may talk about it, the whole
 * suggestion is then the rules' choice for the same reading. A sum above the staff limit never reads as
 * allowed: it is marked as needing a manager's approval, in the adjustments staff see and in the note —
 * which is then the rules' note for the same reading, since the model's may have called the sum granted.
 */
export function holdResolutionToPolicy(input: HoldResolutionInput): {
  resolution: ResolutionSuggestion;
  adjustments: GuardAdjustment[];
} {
  const { resolution, verdicts, policy } = input;
  const byId = new Map(verdicts.map((verdict) => [verdict.id, verdict]));
  const named = [...new Set([...resolution.options, ...(resolution.recommended ? [resolution.recommended] : [])])];
  const adjustments: GuardAdjustment[] = named.flatMap((id) => {
    const verdict = byId.get(id);
    return verdict?.eligible
      ? []
      : [{ kind: 'remedy-removed' as const, remedy: id, reason: removalReason(id, verdict) }];
  });

  const rulesChoice = () =>
    chooseResolution({
      verdicts,
      temperament: input.temperament,
      aim: input.aim,
      requestedAmount: input.requestedAmount,
      currency: policy.currency,
    });
  const useRules = adjustments.length > 0 || input.useRulesChoice === true;
  let suggestion: ResolutionSuggestion;
  if (useRules) {
    suggestion = rulesChoice();
  } else {
    const options = resolution.options.length > 0 ? resolution.options : named;
    suggestion = {
      options: options.slice(0, 3),
      recommended: resolution.recommended ?? options[0] ?? null,
      letCustomerChoose: resolution.letCustomerChoose && options.length > 1,
      note: resolution.note,
    };
  }

  const approval = approvalNeeded(input, suggestion, byId);
  if (approval) {
    adjustments.push(approval);
    // The model's note was written as if the sum were allowed ("approved, hand it over"): a warning after
    // it would still leave that sentence in front of staff, so the rules' note for this reading stands in.
    const base = useRules ? suggestion : rulesChoice();
    suggestion = {
      ...base,
      note: { zh: `${base.note.zh}${approval.reason.zh}。`, en: `${base.note.en} ${approval.reason.en}.` },
    };
  }
  return { resolution: suggestion, adjustments };
}

function removalReason(id: string, verdict: RemedyVerdict | undefined): Localized {
  if (!verdict)
    return { zh: `“${id}”不是店规中的处理办法,已删除`, en: `'${id}' is not a remedy of the store policy; removed` };
  return {
    zh: `“${verdict.name.zh}”不在店规允许之列,已删除(${verdict.rule.id}:${verdict.reason.zh})`,
    en: `'${verdict.name.en}' is not allowed by the policy; removed (${verdict.rule.id}: ${verdict.reason.en})`,
  };
}

/**
 * The largest sum the model put forward — as the amount of a money remedy, or written into its note — when
 * it is above what staff may grant alone.
 */
function approvalNeeded(
  input: HoldResolutionInput,
  suggestion: ResolutionSuggestion,
  byId: ReadonlyMap<string, RemedyVerdict>,
): GuardAdjustment | undefined {
  const { policy } = input;
  const limit = policy.authority.staffLimit;
  const money = suggestion.options
    .map((id) => byId.get(id))
    .find((verdict) => verdict && MONEY_KINDS.has(verdict.kind));
  const offered = [
    ...(input.resolution.amount !== null && money ? [input.resolution.amount] : []),
    ...amountsIn(`${suggestion.note.zh}\n${suggestion.note.en}`),
  ];
  const highest = Math.max(...offered, 0);
  if (highest <= limit) return undefined;
  const sum = (language: 'zh' | 'en') => formatMoney(highest, policy.currency, language);
  const cap = (language: 'zh' | 'en') => formatMoney(limit, policy.currency, language);
  return {
    kind: 'approval-needed',
    ...(money ? { remedy: money.id } : {}),
    reason: {
      zh: `${sum('zh')}超过店员可自行给予的上限(${cap('zh')}),须店长批准,不能当场答应`,
      en: `${sum('en')} is above what staff may grant alone (${cap('en')}): it needs a manager's approval, so do not promise it`,
    },
  };
}
