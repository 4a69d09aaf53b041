import type { Analysis } from '../domain/analysis.ts';
import { isOutsidePolicy } from '../policy/policy-coverage.ts';
import type { AnalysisInput, ComplaintAnalyser } from './analyser.ts';
import { isInPerson } from './channel-flags.ts';
import { chooseResolution } from './rules/choose-resolution.ts';
import { detectFlags } from './rules/detect-flags.ts';
import { readAim } from './rules/read-aim.ts';
import { readTemperament } from './rules/read-temperament.ts';
import { buildApology } from './wording/apology.ts';
import { buildFollowUpPlan } from './wording/follow-up.ts';
import { buildHandlingSteps } from './wording/handling-steps.ts';

/** Analyses a complaint with the built-in rules alone: no network, the same answer every time. */
export function analyseWithRules({ complaint, facts, policy, verdicts }: AnalysisInput): Analysis {
  const temperament = readTemperament(complaint);
  const flags = detectFlags(complaint);
  const aim = readAim(complaint, facts.problem);
  const flagKinds = flags.map((flag) => flag.kind);
  const resolution = chooseResolution({
    verdicts,
    temperament: temperament.type,
    aim: aim.kind,
    requestedAmount: facts.requestedAmount,
    currency: policy.currency,
    outsidePolicy: isOutsidePolicy(facts),
  });
  // The apology names the problem only when it was said in so many words, never a guess at the cause.
  const problem = facts.problemNamed ? policy.problems.find((entry) => entry.id === facts.problem) : undefined;
  return {
    language: facts.language,
    analysedBy: 'rules',
    category: facts.category,
    problem: facts.problem,
    temperament,
    flags,
    aim,
    suggestion: {
      apology: buildApology({
        language: facts.language,
        temperament: temperament.type,
        flags: flagKinds,
        problem: problem?.name,
        product: complaint.product,
        inPerson: isInPerson(complaint.channel),
      }),
      steps: buildHandlingSteps({
        temperament: temperament.type,
        flags: flagKinds,
        aim: aim.kind,
        letCustomerChoose: resolution.letCustomerChoose,
      }),
      resolution,
      followUp: buildFollowUpPlan({ afterDays: policy.followUpDays, temperament: temperament.type }),
    },
  };
}

/** The rules analyser behind the analyser interface. */
export function createRulesAnalyser(): ComplaintAnalyser {
  return { name: 'rules', analyse: async (input) => analyseWithRules(input) };
}
