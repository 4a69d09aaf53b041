import type { Policy } from '../domain/policy-schema.ts';

/**
 * The policy sections that switch a behaviour on by being there, each with what stays off without it. A policy
 * file of one's own made from an older example lacks the sections added since, and nothing else would say so:
 * the bot runs as it did before they existed.
 */
const OPTIONAL_SECTIONS = [
  { key: 'sla', off: 'time targets' },
  { key: 'escalation', off: 'crisis alerts and escalation' },
  { key: 'repeat', off: 'repeat-customer warnings' },
] as const satisfies readonly { key: keyof Policy; off: string }[];

/** The start-up line naming the sections a policy lacks and what is off, or undefined when it has them all. */
export function sectionsOffLine(policy: Policy, policyFile: string): string | undefined {
  const missing = OPTIONAL_SECTIONS.filter((section) => policy[section.key] === undefined);
  if (missing.length === 0) return undefined;
  const names = missing.map((section) => `\`${section.key}\``);
  const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const one = missing.length === 1;
  return `policy: ${policyFile} lacks the ${listed} ${one ? 'section' : 'sections'} (off: ${missing.map((section) => section.off).join('; ')}); copy ${one ? 'it' : 'them'} from src/policy/examples/xinhancheng.policy.yml to switch ${one ? 'it' : 'them'} on`;
}
