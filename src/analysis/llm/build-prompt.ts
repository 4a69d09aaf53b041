import type { Policy } from '../../policy/policy-schema.js';
import { NEVER_SAY } from '../wording/never-say.js';
import type { PromptFiles } from './prompt-files.js';

/**
 * The store policy as the model needs it: the currency, who may grant what, and the rules by title. The
 * verdicts for the complaint itself travel with the complaint data; this is only the frame, rendered from
 * the loaded policy so it never drifts from the file.
 */
export function renderPolicySummary(policy: Policy): string {
  const { authority, currency } = policy;
  const lines = [
    `Currency: ${currency}. Staff may grant compensation, a discount or a gift worth up to ${authority.staffLimit} ${currency} on their own; anything more needs a manager.`,
  ];
  if (authority.managerOnly.length > 0) lines.push(`Always needs a manager: ${authority.managerOnly.join(', ')}.`);
  lines.push(`Rules: ${policy.rules.map((rule) => `${rule.id} ${rule.title.en} (${rule.title.zh})`).join('; ')}.`);
  lines.push(`The follow-up call is due ${policy.followUpDays} days after the complaint is resolved.`);
  return lines.join('\n');
}

/** The never-say list of seed 001 in both languages, from the same list the phrase guard enforces. */
export function renderNeverSay(): string {
  return NEVER_SAY.map((entry) => `- ${entry.phrase.zh} / ${entry.phrase.en}`).join('\n');
}

/** Fills the system prompt template; every `{{name}}` it holds must be one of these. */
export function buildSystemPrompt(files: PromptFiles, policy: Policy): string {
  const values: Record<string, string> = {
    method: files.method,
    policy: renderPolicySummary(policy),
    never_say: renderNeverSay(),
    answer_shape: files.answerShape,
    examples: files.examples,
  };
  return files.system.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`prompt template: unknown placeholder ${placeholder}`);
    return value;
  });
}
