import type { IForbiddenRuleType, IReporterOutput } from 'dependency-cruiser';
import { cruise } from 'dependency-cruiser';

/**
 * Every folder (or top-level file) of src/ by floor, bottom first. A module may import from its own floor
 * and any floor below, never from one above: the model knows nothing of the engines, the engines nothing of
 * the use cases, stores or Slack, the Block Kit builders nothing of the stores. docs/architecture.md says
 * what each floor is for. A new folder must be given a floor here (the test refuses one that has none).
 */
export const FLOORS: readonly (readonly string[])[] = [
  // Pure helpers with no knowledge of the app, and the error classes every floor throws.
  ['shared', 'errors'],
  // The model: complaints, cases and their transitions, aftercare, approvals, the policy's and the
  // analysis's shapes, the digest report, the posts the outbox keeps.
  ['domain'],
  // The deterministic policy engine.
  ['policy'],
  // Labels shared by the CLI and Slack.
  ['i18n'],
  // The analysers (rules, LLM) and the wording they suggest.
  ['analysis'],
  // What only Slack needs (acknowledgement gate, approvers, request guards), and the logs.
  ['slack', 'logging'],
  // Block Kit builders: data in, JSON out; below the stores, so a builder never reads one.
  ['blocks'],
  // Persistence: cases, digests, idempotency keys and the outbox over keyv.
  ['store'],
  ['metrics'],
  // The queue of posts to Slack, which renders blocks when it sends.
  ['outbox'],
  // Use cases: file, decide, remind; the digest; search and export.
  ['complaints', 'digest', 'archive'],
  ['config', 'evaluation'],
  ['services'],
  // Bolt listeners and the middleware on them (one floor: the middleware reads the listeners' context).
  ['listeners', 'middleware'],
  // Composition and entry points.
  ['app', 'open-analyser', 'load-env-file', 'require-node', 'cache-compiled-modules'],
  ['main', 'cli'],
];

/** The floor a path under src/ is on: its first folder, or a top-level file's name without extension. */
export function unitOf(pathInSrc: string): string {
  const [first = ''] = pathInSrc.split('/');
  return first.replace(/\.(d\.)?(ts|mts|mjs)$/, '');
}

const asPattern = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unitPattern = (units: readonly string[]) => `^src/(${units.map(asPattern).join('|')})(/|\\.)`;

/** One rule per floor: nothing on it imports from any floor above. Circular imports are refused too. */
export function layerRules(): IForbiddenRuleType[] {
  const rules: IForbiddenRuleType[] = FLOORS.slice(0, -1).map((floor, index) => ({
    name: `${floor.join('+')}-imports-only-below`,
    severity: 'error',
    from: { path: unitPattern(floor) },
    to: { path: unitPattern(FLOORS.slice(index + 1).flat()) },
  }));
  rules.push({ name: 'no-circular', severity: 'error', from: { path: '^src/' }, to: { circular: true } });
  return rules;
}

/** One broken rule, as a line a person can act on. */
export interface LayerViolation {
  rule: string;
  from: string;
  to: string;
  cycle?: string[];
}

/** Cruises `src/` under `baseDir` (type-only imports included) and returns every broken rule. */
export async function layerViolations(baseDir: string): Promise<LayerViolation[]> {
  const result: IReporterOutput = await cruise(
    ['src'],
    {
      baseDir,
      validate: true,
      ruleSet: { forbidden: layerRules() },
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: 'node_modules' },
    },
    { extensions: ['.ts', '.mts', '.mjs', '.js'] },
  );
  if (typeof result.output === 'string') throw new Error(`dependency-cruiser returned text: ${result.output}`);
  return result.output.summary.violations.map((violation) => ({
    rule: violation.rule.name,
    from: violation.from,
    to: violation.to,
    ...(violation.cycle ? { cycle: violation.cycle.map((step) => step.name) } : {}),
  }));
}
