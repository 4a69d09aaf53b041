import type { ComplaintAnalyser } from '../analysis/analyser.ts';
import { inComplaintsScript, scriptOfComplaint } from '../analysis/in-complaints-script.ts';
import { type ComplaintFacts, readFacts } from '../analysis/read-facts.ts';
import type { Analysis } from '../domain/analysis.ts';
import type { Complaint } from '../domain/complaint.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { RemedyVerdict } from '../domain/remedy-verdict.ts';
import { PurchaseAfterComplaintError } from '../errors.ts';
import { checkComplaintAgainstPolicy } from '../policy/check-complaint.ts';
import { evaluateRemedies } from '../policy/evaluate-remedies.ts';
import { isOutsidePolicy } from '../policy/policy-coverage.ts';
import { keepEligibleResolution } from './keep-eligible-resolution.ts';

export interface TriageRequest {
  complaint: Complaint;
  policy: Policy;
  /** The moment the policy is applied at (deadlines and windows are measured to it). */
  now: Date;
  analyser: ComplaintAnalyser;
  /** Which complaint of the same customer within the policy's repeat window this is, when known (issue 15). */
  repeatCount?: number;
}

/** A complaint read, decided by policy and analysed: what staff see before they act. */
export interface TriageResult {
  at: string;
  facts: ComplaintFacts;
  remedies: RemedyVerdict[];
  analysis: Analysis;
}

/**
 * Triage in four steps: read the facts, let the policy decide every remedy, let the analyser read the
 * customer and suggest, then hold the suggestion to the policy — an analyser can word and choose, never
 * allow what the policy does not. The wording then follows the script the complaint was written in. Goods the policy does not cover get no eligible remedy at all; remedies
 * that depend on a problem nobody has named yet are not the analyser's to choose.
 */
export async function triageComplaint({
  complaint,
  policy,
  now,
  analyser,
  repeatCount,
}: TriageRequest): Promise<TriageResult> {
  if (complaint.purchasedAt && Date.parse(complaint.purchasedAt) > now.getTime()) {
    throw new PurchaseAfterComplaintError(new Date(complaint.purchasedAt), now);
  }
  checkComplaintAgainstPolicy(complaint, policy);
  const facts = readFacts(complaint, policy);
  const decided: Complaint = { ...complaint };
  if (facts.category) decided.category = facts.category;
  if (facts.problem) decided.problem = facts.problem;
  const remedies = evaluateRemedies(policy, decided, now, {
    ...(facts.requestedAmount === undefined ? {} : { requestedAmount: facts.requestedAmount }),
    outsidePolicy: isOutsidePolicy(facts),
    ...(repeatCount === undefined ? {} : { repeatCount }),
  });
  // While the problem is not known, a remedy for particular problems is not the analyser's to choose:
  // which one fits depends on what went wrong, and staff find that out first.
  const verdicts = remedies.filter((remedy) => remedy.dependsOnProblem !== true);
  const analysis = await analyser.analyse({ complaint, facts, policy, verdicts });
  const held = keepEligibleResolution(analysis, remedies);
  return { at: now.toISOString(), facts, remedies, analysis: inComplaintsScript(held, scriptOfComplaint(complaint)) };
}
