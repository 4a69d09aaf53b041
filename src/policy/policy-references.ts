import type { Condition, Policy } from '../domain/policy-schema.ts';
import { timeZoneProblem } from '../shared/time-zone-name.ts';
import { findSlaProblems } from './sla-references.ts';

/** A path into the policy document, as in the YAML (keys and sequence indices). */
export type PolicyPath = (string | number)[];

/** Something wrong with a policy that the schema alone cannot see, located by its path. */
export interface PolicyProblem {
  path: PolicyPath;
  message: string;
}

function duplicates(section: string, items: readonly { id: string }[]): PolicyProblem[] {
  const firstAt = new Map<string, number>();
  return items.flatMap((item, index) => {
    const first = firstAt.get(item.id);
    if (first === undefined) {
      firstAt.set(item.id, index);
      return [];
    }
    return [{ path: [section, index, 'id'], message: `duplicate id "${item.id}" (first at ${section}[${first}])` }];
  });
}

function unknownIds(
  path: PolicyPath,
  ids: readonly string[] | undefined,
  known: readonly { id: string }[],
  what: string,
): PolicyProblem[] {
  if (!ids) return [];
  const knownIds = known.map((entry) => entry.id);
  return ids.flatMap((id, index) =>
    knownIds.includes(id)
      ? []
      : [{ path: [...path, index], message: `unknown ${what} "${id}"; known: ${knownIds.join(', ') || '(none)'}` }],
  );
}

function conditionProblems(path: PolicyPath, condition: Condition | undefined, policy: Policy): PolicyProblem[] {
  if (!condition) return [];
  return [
    ...unknownIds([...path, 'categories'], condition.categories, policy.categories, 'category'),
    ...unknownIds([...path, 'problems'], condition.problems, policy.problems, 'problem'),
  ];
}

function ruleProblem(path: PolicyPath, id: string, policy: Policy): PolicyProblem[] {
  if (policy.rules.some((rule) => rule.id === id)) return [];
  const known = policy.rules.map((rule) => rule.id).join(', ');
  return [{ path, message: `unknown rule "${id}"; known: ${known}` }];
}

function timeZoneProblems(timeZone: string): PolicyProblem[] {
  const problem = timeZoneProblem(timeZone);
  if (!problem) return [];
  const message =
    problem.kind === 'unknown'
      ? `unknown time zone "${timeZone}"`
      : `"${timeZone}" is a short name Node reads as ${problem.readAs}; write an IANA name such as Asia/Shanghai`;
  return [{ path: ['timezone'], message }];
}

/**
 * Checks what ties a policy together: unique ids, and every rule, category and problem a remedy,
 * exclusion or the authority names is defined. Returns the problems in document order of sections.
 */
export function findPolicyProblems(policy: Policy): PolicyProblem[] {
  return [
    ...timeZoneProblems(policy.timezone),
    ...duplicates('categories', policy.categories),
    ...duplicates('problems', policy.problems),
    ...duplicates('rules', policy.rules),
    ...duplicates('remedies', policy.remedies),
    ...policy.remedies.flatMap((remedy, index) => {
      const path: PolicyPath = ['remedies', index];
      return [
        ...ruleProblem([...path, 'rule'], remedy.rule, policy),
        ...conditionProblems([...path, 'appliesTo'], remedy.appliesTo, policy),
        ...unknownIds([...path, 'problems'], remedy.problems, policy.problems, 'problem'),
        ...conditionProblems([...path, 'requires'], remedy.requires, policy),
        ...remedy.terms.flatMap((term, termIndex) =>
          conditionProblems([...path, 'terms', termIndex, 'when'], term.when, policy),
        ),
      ];
    }),
    ...policy.exclusions.flatMap((exclusion, index) => [
      ...ruleProblem(['exclusions', index, 'rule'], exclusion.rule, policy),
      ...conditionProblems(['exclusions', index, 'when'], exclusion.when, policy),
    ]),
    ...ruleProblem(['authority', 'rule'], policy.authority.rule, policy),
    ...findSlaProblems(policy),
    ...(policy.repeat?.rule ? ruleProblem(['repeat', 'rule'], policy.repeat.rule, policy) : []),
  ];
}
