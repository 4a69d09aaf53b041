import type { TriageResult } from '../complaints/triage-complaint.ts';

/**
 * The documented `--json` shape of a triage (README, "triage --json"): the analysis flattened to the
 * top level with the policy's verdicts beside it, so scripts can read `temperament.type` and
 * `remedies[].eligible` without knowing how the product is organised inside.
 */
export function toTriageJson(result: TriageResult) {
  const { analysis, facts } = result;
  return {
    at: result.at,
    analysedBy: analysis.analysedBy,
    // Model, prompt version, tokens, guard adjustments and fallback reason, when an LLM endpoint is configured.
    ...(analysis.engine ? { engine: analysis.engine } : {}),
    language: analysis.language,
    category: facts.category,
    categorySource: facts.categorySource,
    problem: facts.problem,
    problemSource: facts.problemSource,
    temperament: analysis.temperament,
    flags: analysis.flags,
    aim: analysis.aim,
    apology: analysis.suggestion.apology,
    resolution: analysis.suggestion.resolution,
    remedies: result.remedies,
    steps: analysis.suggestion.steps,
    followUp: analysis.suggestion.followUp,
  };
}
