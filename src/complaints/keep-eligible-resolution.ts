import type { Analysis } from '../domain/analysis.ts';
import type { RemedyVerdict } from '../domain/remedy-verdict.ts';
import { offerable } from '../policy/policy-coverage.ts';

/**
 * Drops any suggested option the policy did not find eligible, or whose fit depends on a problem not
 * known yet. The rules analyser never proposes one; this is the single place that holds every analyser,
 * present and future, to the policy.
 */
export function keepEligibleResolution(analysis: Analysis, remedies: readonly RemedyVerdict[]): Analysis {
  const eligible = new Set(offerable(remedies).map((remedy) => remedy.id));
  const { resolution } = analysis.suggestion;
  const options = resolution.options.filter((id) => eligible.has(id));
  if (options.length === resolution.options.length) return analysis;
  const recommended = resolution.recommended && eligible.has(resolution.recommended) ? resolution.recommended : null;
  return {
    ...analysis,
    suggestion: {
      ...analysis.suggestion,
      resolution: { ...resolution, options, recommended: recommended ?? options[0] ?? null },
    },
  };
}
