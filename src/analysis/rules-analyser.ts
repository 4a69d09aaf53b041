import { isOutsidePolicy } from '../policy/policy-coverage.js';
import type { AnalysisInput, ComplaintAnalyser } from './analyser.js';
import type { Analysis } from './analysis.js';
import { chooseResolution } from './rules/choose-resolution.js';
import { detectFlags } from './rules/detect-flags.js';
import { readAim } from './rules/read-aim.js';
import { readTemperament } from './rules/read-temperament.js';
import { buildApology } from './wording/apology.js';
import { buildFollowUpPlan } from './wording/follow-up.js';
import { buildHandlingSteps } from './wording/handling-steps.js';

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
  const problem = policy.problems.find((entry) => entry.id === facts.problem);
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
