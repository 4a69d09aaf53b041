import { CRISIS_KINDS, DIFFICULT_KINDS } from '../domain/analysis.ts';
import type { Policy } from '../domain/policy-schema.ts';

/** A problem located by its path in the YAML, as policy-references.ts reports them (kept apart: no import cycle). */
interface SlaProblem {
  path: (string | number)[];
  message: string;
}

/** What `sla.byFlag` may name: a flag kind, or a whole group. */
const FLAG_KEYS: readonly string[] = ['crisis', 'difficult', ...CRISIS_KINDS, ...DIFFICULT_KINDS];

/**
 * The `sla` section's ids that name nothing: a category the policy does not define, a flag the analysers
 * never raise. A misspelt key would otherwise leave those cases on the default target without a word.
 */
export function findSlaProblems(policy: Policy): SlaProblem[] {
  if (!policy.sla) return [];
  const categories = policy.categories.map((category) => category.id);
  return [
    ...Object.keys(policy.sla.byCategory).flatMap((id) =>
      categories.includes(id)
        ? []
        : [{ path: ['sla', 'byCategory', id], message: `unknown category "${id}"; known: ${categories.join(', ')}` }],
    ),
    ...Object.keys(policy.sla.byFlag).flatMap((id) =>
      FLAG_KEYS.includes(id)
        ? []
        : [{ path: ['sla', 'byFlag', id], message: `unknown flag "${id}"; known: ${FLAG_KEYS.join(', ')}` }],
    ),
  ];
}
