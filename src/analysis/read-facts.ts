import type { Complaint } from '../complaints/complaint.js';
import type { Category, Policy, Problem } from '../policy/policy-schema.js';
import { detectLanguage, type Language } from '../shared/language.js';
import { countOccurrences } from './rules/cue.js';
import { readRequestedAmount } from './rules/read-aim.js';

/**
 * The facts a policy decision needs that staff may not have entered: the customer's language, the
 * category and problem (from the policy's cue words) and a sum the customer asks for. They are read
 * deterministically, before any analyser runs, so an LLM can never change what the policy is asked.
 */
export interface ComplaintFacts {
  language: Language;
  category: string | null;
  problem: string | null;
  /** Whether category and problem were entered by staff or detected from the text. */
  categorySource: 'entered' | 'detected' | 'unknown';
  problemSource: 'entered' | 'detected' | 'unknown';
  requestedAmount: number | undefined;
}

/** The entry whose cue words occur most often; ties go to the one listed first in the policy. */
function detectEntry<T extends Category | Problem>(entries: readonly T[], text: string): T | undefined {
  let best: { entry: T; count: number } | undefined;
  for (const entry of entries) {
    const count = countOccurrences([...entry.cues.zh, ...entry.cues.en], text);
    if (count > 0 && (!best || count > best.count)) best = { entry, count };
  }
  return best?.entry;
}

/** Reads the facts of a complaint against the store's policy. */
export function readFacts(complaint: Complaint, policy: Policy): ComplaintFacts {
  const spoken = [complaint.customerWords, complaint.customerAsk].filter(Boolean).join('\n');
  const language = complaint.language ?? detectLanguage(spoken || complaint.narrative);
  const all = [complaint.product, complaint.narrative, complaint.customerWords, complaint.customerAsk]
    .filter(Boolean)
    .join('\n');
  const category = complaint.category ?? detectEntry(policy.categories, [complaint.product, all].join('\n'))?.id;
  const problem = complaint.problem ?? detectEntry(policy.problems, all)?.id;
  return {
    language,
    category: category ?? null,
    problem: problem ?? null,
    categorySource: complaint.category ? 'entered' : category ? 'detected' : 'unknown',
    problemSource: complaint.problem ? 'entered' : problem ? 'detected' : 'unknown',
    requestedAmount: readRequestedAmount(complaint),
  };
}
