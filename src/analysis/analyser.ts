import type { Analysis } from '../domain/analysis.ts';
import type { Complaint } from '../domain/complaint.ts';
import type { Policy } from '../domain/policy-schema.ts';
import type { RemedyVerdict } from '../domain/remedy-verdict.ts';
import type { ComplaintFacts } from './read-facts.ts';

/** Everything an analyser may use: the complaint, its facts, and what the policy already decided. */
export interface AnalysisInput {
  complaint: Complaint;
  facts: ComplaintFacts;
  policy: Policy;
  /** The policy engine's verdicts; a suggested resolution may name only eligible ones. */
  verdicts: readonly RemedyVerdict[];
}

/**
 * Reads a complaint and suggests how to handle it. The built-in rules analyser needs nothing else;
 * an LLM-backed one plugs in behind the same interface and falls back to the rules.
 */
export interface ComplaintAnalyser {
  readonly name: string;
  analyse(input: AnalysisInput): Promise<Analysis>;
  /**
   * For an analyser whose answer can take seconds (a network call): an analysis to store at once, so an
   * acknowledged complaint is on record before the answer comes — and stays, saying why, if the bot stops
   * before it does. Absent when `analyse` answers at once.
   */
  provisional?(input: AnalysisInput): Analysis;
}
