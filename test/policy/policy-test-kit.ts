import { type Complaint, type ComplaintInput, ComplaintSchema } from '../../src/domain/complaint.ts';
import type { RemedyVerdict } from '../../src/domain/remedy-verdict.ts';
import { type EvaluateOptions, evaluateRemedies } from '../../src/policy/evaluate-remedies.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../src/policy/load-policy.ts';

/** The example policy, loaded once through the real loader. */
export const policy = loadPolicySync(DEFAULT_POLICY_PATH);

/** The purchase every scenario starts from: 10:00 in Shanghai, 10 March 2024. */
export const BOUGHT = '2024-03-10T10:00:00+08:00';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;

/** A moment after the purchase. */
export function later(span: { days?: number; hours?: number; minutes?: number }, from = BOUGHT): Date {
  const ms = (span.days ?? 0) * DAY + (span.hours ?? 0) * HOUR + (span.minutes ?? 0) * MINUTE;
  return new Date(Date.parse(from) + ms);
}

/** A valid complaint with defaults applied; only what a test cares about needs saying. */
export function complaint(input: Omit<ComplaintInput, 'narrative'> = {}): Complaint {
  return ComplaintSchema.parse({ narrative: '顾客来店投诉', ...input });
}

/** The verdict for one remedy; fails the test when the remedy is not listed. */
export function verdictFor(
  id: string,
  input: Omit<ComplaintInput, 'narrative'>,
  now: Date,
  options: EvaluateOptions = {},
): RemedyVerdict {
  const found = evaluateRemedies(policy, complaint(input), now, options).find((verdict) => verdict.id === id);
  if (!found) throw new Error(`remedy ${id} is not listed`);
  return found;
}

/** The ids of the remedies listed for a complaint. */
export function listedIds(input: Omit<ComplaintInput, 'narrative'>, now: Date): string[] {
  return evaluateRemedies(policy, complaint(input), now).map((verdict) => verdict.id);
}
