import { type Analysis, byTemperament, CRISIS_KINDS, type Flag, type FlagKind } from '../../domain/analysis.ts';
import type { ResolutionSuggestion } from '../../domain/suggestion.ts';
import type { AnalysisInput } from '../analyser.ts';
import { isInPerson, withChannelFlag } from '../channel-flags.ts';
import { aimNote } from '../wording/aim-note.ts';
import { buildApology } from '../wording/apology.ts';
import { adviceFor } from '../wording/flag-advice.ts';
import { buildFollowUpPlan } from '../wording/follow-up.ts';
import { buildHandlingSteps } from '../wording/handling-steps.ts';
import { approachFor } from '../wording/temperament-approach.ts';
import type { WordingField } from './guard-wording.ts';
import type { LlmAnswer } from './llm-answer-schema.ts';

const CRISIS: ReadonlySet<FlagKind> = new Set<FlagKind>(CRISIS_KINDS);

export interface AnswerToAnalysisInput {
  /** The answer after the quote guard. */
  answer: LlmAnswer;
  /** The resolution after the policy guard. */
  resolution: ResolutionSuggestion;
  /** Wording that still fails the guards; the rules analyser's wording for the same reading is used. */
  replace: ReadonlySet<WordingField>;
  input: AnalysisInput;
}

/**
 * Turns a guarded answer into an analysis. The model supplies the reading and the wording; what the method
 * says about a reading — how to serve the type, the advice for each flag, the six steps — is the product's
 * own text, and so is any wording the guards rejected.
 */
export function answerToAnalysis({ answer, resolution, replace, input }: AnswerToAnalysisInput): Analysis {
  const { facts, policy, complaint } = input;
  const type = answer.temperament.type;
  const flags = withChannelFlag(uniqueFlags(answer.flags), complaint.channel);
  const flagKinds = flags.map((flag) => flag.kind);
  const stated = answer.aim.stated ?? undefined;
  const problem = facts.problemNamed ? policy.problems.find((entry) => entry.id === facts.problem) : undefined;
  return {
    language: facts.language,
    analysedBy: 'llm',
    category: facts.category,
    problem: facts.problem,
    temperament: {
      type,
      confidence: answer.temperament.confidence,
      // The model gives no scores; how many quotes back each type is the closest honest measure.
      scores: byTemperament((each) => answer.temperament.evidence.filter((item) => item.type === each).length),
      evidence: answer.temperament.evidence,
      approach: approachFor(type),
    },
    flags,
    aim: {
      kind: answer.aim.kind,
      ...(stated !== undefined && stated !== answer.aim.kind ? { stated } : {}),
      // The sum comes from the complaint's own words, read deterministically, never from the model.
      ...(facts.requestedAmount === undefined ? {} : { amount: facts.requestedAmount }),
      evidence: answer.aim.evidence,
      note: replace.has('aimNote') ? aimNote(answer.aim.kind, stated) : answer.aim.note,
    },
    suggestion: {
      apology: replace.has('apology')
        ? buildApology({
            language: facts.language,
            temperament: type,
            flags: flagKinds,
            problem: problem?.name,
            product: complaint.product,
            inPerson: isInPerson(complaint.channel),
          })
        : { language: facts.language, text: answer.apology },
      steps: buildHandlingSteps({
        temperament: type,
        flags: flagKinds,
        aim: answer.aim.kind,
        letCustomerChoose: resolution.letCustomerChoose,
      }),
      resolution,
      followUp: replace.has('followUp')
        ? buildFollowUpPlan({ afterDays: policy.followUpDays, temperament: type })
        : { afterDays: policy.followUpDays, script: answer.followUp },
    },
  };
}

/** One flag per kind, crisis signs first, each with the method's advice. */
function uniqueFlags(flags: LlmAnswer['flags']): Flag[] {
  const byKind = new Map<FlagKind, Flag>();
  for (const flag of flags) {
    const existing = byKind.get(flag.kind);
    if (existing) {
      existing.evidence.push(...flag.evidence);
      continue;
    }
    byKind.set(flag.kind, {
      kind: flag.kind,
      group: CRISIS.has(flag.kind) ? 'crisis' : 'difficult',
      evidence: [...flag.evidence],
      advice: adviceFor(flag.kind),
    });
  }
  return [...byKind.values()].sort((a, b) => Number(b.group === 'crisis') - Number(a.group === 'crisis'));
}
