import type { Complaint } from '../domain/complaint.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { InputError } from '../errors.ts';

/**
 * Checks that the category and problem a complaint names are ones the store's policy defines, so a
 * typo never silently turns into "no rule applies".
 * @throws InputError `unknown_category` or `unknown_problem`, naming the id and the known ones.
 */
export function checkComplaintAgainstPolicy(complaint: Complaint, policy: Policy): void {
  const { category, problem } = complaint;
  if (category !== undefined && !policy.categories.some((entry) => entry.id === category)) {
    const known = policy.categories.map((entry) => entry.id).join(', ');
    throw new InputError(`unknown category "${category}"; known categories: ${known}`, 'unknown_category');
  }
  if (problem !== undefined && !policy.problems.some((entry) => entry.id === problem)) {
    const known = policy.problems.map((entry) => entry.id).join(', ') || '(none)';
    throw new InputError(`unknown problem "${problem}"; known problems: ${known}`, 'unknown_problem');
  }
}
