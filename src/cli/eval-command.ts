import { access } from 'node:fs/promises';
import { Keyv } from 'keyv';
import type { ComplaintAnalyser } from '../analysis/analyser.ts';
import { createAnalyser } from '../analysis/create-analyser.ts';
import type { LlmConfig } from '../analysis/llm/llm-config.ts';
import { createRulesAnalyser } from '../analysis/rules-analyser.ts';
import { type TriageResult, triageComplaint } from '../complaints/triage-complaint.ts';
import { loadLlmConfig } from '../config.ts';
import type { ComplaintChannel } from '../domain/complaint.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { InputError } from '../errors.ts';
import { type LabelledCase, loadLabelledSet } from '../evaluation/labelled-set.ts';
import {
  asPastedComplaint,
  loadPageChannels,
  loadRealSet,
  REAL_PAGE_KINDS,
  REAL_SETS,
  type RealComplaint,
} from '../evaluation/real-set.ts';
import { type Scorecard, scorePredictions, toPrediction } from '../evaluation/score.ts';
import {
  type RealPrediction,
  type RealScorecard,
  scoreRealPredictions,
  toRealPrediction,
} from '../evaluation/score-real.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../policy/load-policy.ts';
import { type CliIo, EXIT, runCommand } from './cli-io.ts';
import { parseOptions } from './parse-options.ts';
import { renderCalibration } from './render-calibration.ts';
import { renderRealScorecard } from './render-real-eval.ts';

const SETS: Record<string, readonly string[]> = {
  dev: ['test/fixtures/complaints/dev.yml'],
  holdout: ['test/fixtures/complaints/holdout.yml'],
  all: ['test/fixtures/complaints/dev.yml', 'test/fixtures/complaints/holdout.yml'],
};

/** The real complaints, judged on their own figures: `real` runs both halves. */
const REAL: Record<string, readonly string[]> = {
  real: [REAL_SETS['real-dev'], REAL_SETS['real-holdout']],
  'real-dev': [REAL_SETS['real-dev']],
  'real-holdout': [REAL_SETS['real-holdout']],
};

/** A real set's moment of entry: any fixed day, so the figures do not change with the date. */
const REAL_AT = new Date('2026-12-01T10:00:00+08:00');

const EVAL_USAGE = 'usage: npm run eval [-- --set dev|holdout|all|real|real-dev|real-holdout] [--json] [--llm] [FILE…]';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function renderScorecard(name: string, card: Scorecard): string {
  const lines = [
    `${name}: ${card.cases} complaints`,
    `  temperament accuracy  ${percent(card.accuracy)}`,
    '  type         precision  recall  support',
  ];
  for (const [type, score] of Object.entries(card.perType)) {
    lines.push(
      `  ${type.padEnd(12)} ${percent(score.precision).padStart(9)} ${percent(score.recall).padStart(7)} ${String(score.support).padStart(8)}`,
    );
  }
  lines.push(
    ...renderCalibration(card.calibration),
    `  flags                 precision ${percent(card.flags.precision)}  recall ${percent(card.flags.recall)} (${card.flags.expected} labelled, ${card.flags.found} raised)`,
    `  likely aim            accuracy ${percent(card.aim.accuracy)} over ${card.aim.labelled} labelled`,
  );
  if (card.misses.length > 0) {
    lines.push(`  misses: ${card.misses.map((miss) => `${miss.id} (${miss.expected}→${miss.actual})`).join(', ')}`);
  }
  return lines.join('\n');
}

/** What an analyser spent on a set: tokens, and how many complaints the rules analysed instead, by reason. */
interface Spend {
  tokens: { input: number; output: number };
  /** How many complaints the rules analysed instead of the LLM, by reason. */
  fallbacks: Record<string, number>;
  /** The prompt version the LLM was asked with; absent for the rules. */
  promptVersion?: string;
}

/** What one analyser made of one labelled set, with what the LLM cost. */
interface Run extends Spend {
  card: Scorecard;
}

/** What one analyser made of one real set, with what the LLM cost and each complaint's reading. */
interface RealRun extends Spend {
  card: RealScorecard;
  /** Each complaint's reading beside its label, to look into a figure without running the model again. */
  predictions: RealPrediction[];
}

/** LLM requests in flight at once: enough to keep a run short, few enough not to trip rate limits. */
const LLM_CONCURRENCY = 4;

/** Triages each item, `concurrency` at a time, and gives each result beside its item, in the items' order. */
async function triageAll<T>(
  items: readonly T[],
  concurrency: number,
  triage: (item: T) => Promise<TriageResult>,
): Promise<{ item: T; result: TriageResult }[]> {
  const done: { item: T; result: TriageResult }[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      if (item !== undefined) done[index] = { item, result: await triage(item) };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return done;
}

/** Totals what the analyses cost, from the engine each LLM analysis records. */
function spendOf(done: readonly { result: TriageResult }[]): Spend {
  const spend: Spend = { tokens: { input: 0, output: 0 }, fallbacks: {} };
  for (const { engine } of done.map(({ result }) => result.analysis)) {
    if (!engine) continue;
    spend.tokens.input += engine.tokens.input;
    spend.tokens.output += engine.tokens.output;
    spend.promptVersion ??= engine.promptVersion;
    const reason = engine.fallback?.reason;
    if (reason) spend.fallbacks[reason] = (spend.fallbacks[reason] ?? 0) + 1;
  }
  return spend;
}

async function runSet(
  items: readonly LabelledCase[],
  policy: Policy,
  analyser: ComplaintAnalyser,
  concurrency: number,
): Promise<Run> {
  const done = await triageAll(items, concurrency, (item) =>
    triageComplaint({ complaint: item.complaint, policy, now: new Date(item.at), analyser }),
  );
  return { card: scorePredictions(done.map(({ item, result }) => toPrediction(item, result))), ...spendOf(done) };
}

async function runRealSet(
  items: readonly RealComplaint[],
  policy: Policy,
  analyser: ComplaintAnalyser,
  concurrency: number,
  channels: ReadonlyMap<string, ComplaintChannel> = new Map(),
): Promise<RealRun> {
  const done = await triageAll(items, concurrency, (item) =>
    triageComplaint({ complaint: asPastedComplaint(item, channels.get(item.id)), policy, now: REAL_AT, analyser }),
  );
  const predictions = done.map(({ item, result }) => toRealPrediction(item, result));
  return { card: scoreRealPredictions(predictions), predictions, ...spendOf(done) };
}

const count = (value: number) => value.toLocaleString('en');

/** "0", or how many fell back and why: "32 (server-error 30, timeout 2)". */
function describeFallbacks(fallbacks: Spend['fallbacks']): string {
  const fellBack = Object.entries(fallbacks);
  const total = fellBack.reduce((sum, [, n]) => sum + n, 0);
  return total === 0 ? '0' : `${total} (${fellBack.map(([reason, n]) => `${reason} ${n}`).join(', ')})`;
}

const describeTokens = ({ tokens }: Spend) => `${count(tokens.input)} / ${count(tokens.output)}`;

/** The rules and the LLM on one set, metric by metric. */
function renderSideBySide(name: string, rules: Scorecard, llm: Run, label: string): string {
  const row = (metric: string, left: string, right: string) => `  ${metric.padEnd(24)}${left.padStart(9)}  ${right}`;
  return [
    `${name}: ${rules.cases} complaints`,
    row('', 'rules', label),
    row('temperament accuracy', percent(rules.accuracy), percent(llm.card.accuracy)),
    row('flag precision', percent(rules.flags.precision), percent(llm.card.flags.precision)),
    row('flag recall', percent(rules.flags.recall), percent(llm.card.flags.recall)),
    row('likely aim accuracy', percent(rules.aim.accuracy), percent(llm.card.aim.accuracy)),
    row('fell back to rules', '—', describeFallbacks(llm.fallbacks)),
    row('tokens in / out', '—', describeTokens(llm)),
  ].join('\n');
}

/** The LLM's figures on a real set, in the rules' layout, with what it cost. */
function renderRealLlm(name: string, run: RealRun): string {
  return [
    renderRealScorecard(name, run.card),
    `  ${'fell back to rules'.padEnd(22)}${describeFallbacks(run.fallbacks)}`,
    `  ${'tokens in / out'.padEnd(22)}${describeTokens(run)}`,
  ].join('\n');
}

/** The tokens of every LLM run together, and the prompt version they were asked with. */
function totalOf(runs: readonly Spend[]): { tokens: Spend['tokens']; promptVersion: string | undefined } {
  return {
    tokens: {
      input: runs.reduce((sum, run) => sum + run.tokens.input, 0),
      output: runs.reduce((sum, run) => sum + run.tokens.output, 0),
    },
    promptVersion: runs.find((run) => run.promptVersion !== undefined)?.promptVersion,
  };
}

function renderTotal(runs: readonly Spend[], model: string): string {
  const { tokens, promptVersion } = totalOf(runs);
  const prompt = promptVersion === undefined ? '' : `, prompt ${promptVersion}`;
  return `tokens in total: ${count(tokens.input)} in, ${count(tokens.output)} out (${model})${prompt}`;
}

/** The LLM under evaluation, when `--llm` found an endpoint. */
interface LlmUnderTest {
  model: string;
  analyser: ComplaintAnalyser;
}

interface EvalRequest {
  files: readonly string[];
  policy: Policy;
  llm: LlmUnderTest | undefined;
  json: boolean;
}

/**
 * The real sets: the rules on each half, and with an LLM its figures after them, asked four complaints at
 * a time like the synthetic sets, with the tokens spent, the fallbacks and the prompt version.
 */
async function evalRealSets({ files, policy, llm, json }: EvalRequest): Promise<string> {
  const rules: Record<string, RealScorecard> = {};
  // The text alone, and then with the form's "where it reached us" as the manager who found it would set it.
  const rulesWithChannel: Record<string, RealScorecard> = {};
  const llmRuns: Record<string, RealRun> = {};
  const channels = await loadPageChannels(REAL_PAGE_KINDS);
  for (const file of files) {
    const items = await loadRealSet(file);
    rules[file] = (await runRealSet(items, policy, createRulesAnalyser(), 1)).card;
    rulesWithChannel[file] = (await runRealSet(items, policy, createRulesAnalyser(), 1, channels)).card;
    if (llm) llmRuns[file] = await runRealSet(items, policy, llm.analyser, LLM_CONCURRENCY);
  }
  if (!llm) {
    if (json)
      return JSON.stringify(
        Object.fromEntries(
          Object.entries(rules).map(([file, card]) => [
            file,
            { rules: card, rulesWithChannel: rulesWithChannel[file] },
          ]),
        ),
        null,
        2,
      );
    return Object.entries(rules)
      .map(([file, card]) => renderRealScorecard(`${file} (rules)`, card, rulesWithChannel[file]))
      .join('\n\n');
  }
  const runs = Object.values(llmRuns);
  if (json) return JSON.stringify({ model: llm.model, ...totalOf(runs), rules, llm: llmRuns }, null, 2);
  return [
    ...Object.entries(rules).flatMap(([file, card]) => {
      const run = llmRuns[file];
      return [
        renderRealScorecard(`${file} (rules)`, card),
        ...(run ? [renderRealLlm(`${file} (llm ${llm.model})`, run)] : []),
      ];
    }),
    renderTotal(runs, llm.model),
  ].join('\n\n');
}

/** The synthetic labelled sets: the rules alone, or the rules and the LLM side by side. */
async function evalLabelledSets({ files, policy, llm, json }: EvalRequest): Promise<string> {
  const report: Record<string, Scorecard> = {};
  const llmReport: Record<string, Run> = {};
  for (const file of files) {
    const items = await loadLabelledSet(file);
    report[file] = (await runSet(items, policy, createRulesAnalyser(), 1)).card;
    if (llm) llmReport[file] = await runSet(items, policy, llm.analyser, LLM_CONCURRENCY);
  }
  if (!llm) {
    if (json) return JSON.stringify(report, null, 2);
    return Object.entries(report)
      .map(([file, card]) => renderScorecard(file, card))
      .join('\n\n');
  }
  const runs = Object.values(llmReport);
  if (json) return JSON.stringify({ model: llm.model, ...totalOf(runs), rules: report, llm: llmReport }, null, 2);
  const label = `llm (${llm.model})`;
  return [
    ...Object.entries(report).flatMap(([file, card]) => {
      const run = llmReport[file];
      return run ? [renderSideBySide(file, card, run, label)] : [];
    }),
    renderTotal(runs, llm.model),
  ].join('\n\n');
}

/**
 * `npm run eval`: how well the rules analyser reads the labelled complaints (the synthetic sets, or the
 * real ones with `--set real…`); with `--llm`, the configured LLM beside it on the same complaints, with
 * the tokens it spent.
 */
export async function runEval(
  argv: string[],
  io: CliIo,
  loadLlm: () => LlmConfig = () => loadLlmConfig(),
): Promise<number> {
  return runCommand(io, 'eval', async () => {
    const { values, positionals } = parseOptions(argv, {
      options: {
        set: { type: 'string', default: 'all' },
        json: { type: 'boolean', default: false },
        llm: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      hint: EVAL_USAGE,
    });
    for (const file of positionals) {
      await access(file).catch(() => {
        throw new InputError(`cannot read ${file} (${EVAL_USAGE})`);
      });
    }
    const real = positionals.length === 0 ? REAL[values.set] : undefined;
    const files = positionals.length > 0 ? positionals : (SETS[values.set] ?? real);
    if (!files) {
      throw new InputError(`--set "${values.set}" is not one of dev, holdout, all, real, real-dev, real-holdout`);
    }
    const endpoint = values.llm ? loadLlm().endpoint : undefined;
    if (values.llm && !endpoint) {
      throw new InputError('--llm needs an LLM endpoint: set OPENAI_API_KEY, or OPENAI_BASE_URL and OPENAI_MODEL');
    }
    const request: EvalRequest = {
      files,
      policy: await loadPolicy(DEFAULT_POLICY_PATH),
      llm: endpoint
        ? { model: endpoint.model, analyser: await createAnalyser({ endpoint }, { cache: new Keyv() }) }
        : undefined,
      json: values.json,
    };
    io.out(real ? await evalRealSets(request) : await evalLabelledSets(request));
    return EXIT.ok;
  });
}
