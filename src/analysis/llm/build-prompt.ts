import { createHash } from 'node:crypto';
import type { Policy } from '../../domain/policy-schema.ts';
import { InputError } from '../../errors.ts';
import { NEVER_SAY } from '../wording/never-say.ts';
import { PROMPT_FILE_NAMES, type PromptFiles } from './prompt-files.ts';

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
  lines.push(`Rules: ${policy.rules.map((rule) => `${rule.id} ${rule.title.en}`).join('; ')}.`);
  lines.push(`The follow-up call is due ${policy.followUpDays} days after the complaint is resolved.`);
  return lines.join('\n');
}

/** The never-say list of seed 001 in both languages, from the same list the phrase guard enforces. */
export function renderNeverSay(): string {
  return NEVER_SAY.map((entry) => `- ${entry.phrase.zh} / ${entry.phrase.en}`).join('\n');
}

/** The placeholders the system prompt template may hold. */
const PLACEHOLDERS = ['method', 'policy', 'never_say', 'answer_shape', 'examples'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * Checks the system prompt template once, at start-up: a placeholder it does not know (a typo such as
 * `{{polcy}}`) would otherwise fail every complaint. Throws an InputError naming the file and placeholder.
 */
export function checkPromptTemplate(files: PromptFiles): void {
  const known: ReadonlySet<string> = new Set(PLACEHOLDERS);
  for (const [placeholder, name] of files.system.matchAll(PLACEHOLDER)) {
    if (name === undefined || !known.has(name)) {
      throw new InputError(
        `prompt template ${PROMPT_FILE_NAMES.system}: unknown placeholder ${placeholder} (known: ${PLACEHOLDERS.map((each) => `{{${each}}}`).join(', ')})`,
      );
    }
  }
}

/** How the answer is asked for: a strict JSON schema travels with the request; JSON mode has only the prompt. */
export interface PromptMode {
  jsonMode: boolean;
}

/**
 * Fills the system prompt template for one policy. The answer shape is written out only in JSON mode: with
 * structured outputs the request carries the schema itself, and saying it twice costs tokens on every complaint.
 */
export function buildSystemPrompt(files: PromptFiles, policy: Policy, { jsonMode }: PromptMode): string {
  const values: Record<Placeholder, string> = {
    method: files.method,
    policy: renderPolicySummary(policy),
    never_say: renderNeverSay(),
    answer_shape: jsonMode ? `# Answer shape (JSON)\n${files.answerShape}` : '',
    examples: files.examples,
  };
  return files.system
    .replace(PLACEHOLDER, (placeholder, name: string) => {
      const value = (values as Record<string, string | undefined>)[name];
      if (value === undefined) throw new InputError(`prompt template: unknown placeholder ${placeholder}`);
      return value;
    })
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * The version that names the prompt a policy gets: `p-` and 10 hex digits of a SHA-256 over the prompt
 * files and what the policy renders into them (the summary, the never-say list). Editing a prompt file, the
 * policy's limit or rules, or the never-say list changes it; the same files and policy give the same version.
 */
export function promptVersion(files: PromptFiles, policy: Policy): string {
  const hash = createHash('sha256')
    .update(`${files.version}\n\0${renderPolicySummary(policy)}\n\0${renderNeverSay()}`)
    .digest('hex');
  return `p-${hash.slice(0, 10)}`;
}
