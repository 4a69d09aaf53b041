import type { Localized } from '../shared/language.js';
import type { Fee, RemedyKind } from './policy-schema.js';

/** The rule that decided a verdict, quoted for staff and managers. */
export interface CitedRule {
  id: string;
  title: Localized;
  citation: Localized;
}

/** What the policy engine says about one remedy for one complaint at one moment. */
export interface RemedyVerdict {
  /** The remedy's id in the policy file; LLM suggestions must name one of these. */
  id: string;
  kind: RemedyKind;
  name: Localized;
  eligible: boolean;
  /** True when the remedy addresses the complaint's problem, or the problem is unknown. */
  relevant: boolean;
  /** The rule that decides: the exclusion that took it away, else the remedy's own rule. */
  rule: CitedRule;
  /** Why it is or is not eligible, in words staff can repeat. */
  reason: Localized;
  /** The fee of the tier that applies; null when not eligible. */
  fee: Fee | null;
  /** When the current tier (the free window, the exchange window) ends; null when open-ended. */
  deadline: string | null;
  needsApproval: boolean;
  /** For discretionary money remedies: the most staff may grant alone. */
  staffLimit: number | null;
  /** What staff must still see for themselves or confirm before granting it. */
  checks: Localized[];
}
