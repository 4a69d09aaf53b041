import { parseArgs } from 'node:util';
import { Keyv } from 'keyv';
import type { ComplaintAnalyser } from '../analysis/analyser.js';
import { createAnalyser } from '../analysis/create-analyser.js';
import { createRulesAnalyser } from '../analysis/rules-analyser.js';
import { triageComplaint } from '../complaints/triage-complaint.js';
import { type LlmConfig, loadLlmConfig } from '../config.js';
import { InputError } from '../errors.js';
import { type LabelledCase, loadLabelledSet } from '../evaluation/labelled-set.js';
import { asPastedComplaint, loadRealSet, REAL_SETS, type RealComplaint } from '../evaluation/real-set.js';
import { type Prediction, type Scorecard, scorePredictions, toPrediction } from '../evaluation/score.js';
import { type RealScorecard, scoreRealPredictions, toRealPrediction } from '../evaluation/score-real.js';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../policy/load-policy.js';
import type { Policy } from '../policy/policy-schema.js';
import { type CliIo, EXIT, runCommand } from './cli-io.js';
import { renderCalibration } from './render-calibration.js';
import { renderRealScorecard } from './render-real-eval.js';

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

async function runRealSet(
  items: readonly RealComplaint[],
  policy: Policy,
  analyser: ComplaintAnalyser,
): Promise<RealScorecard> {
  const predictions = [];
  for (const item of items) {
    const result = await triageComplaint({ complaint: asPastedComplaint(item), policy, now: REAL_AT, analyser });
    predictions.push(toRealPrediction(item, result));
  }
  return scoreRealPredictions(predictions);
}

/** What one analyser made of one labelled set, with what the LLM cost. */
interface Run {
  card: Scorecard;
  tokens: { input: number; output: number };
  /** How many complaints the rules analysed instead of the LLM, by reason. */
  fallbacks: Record<string, number>;
}

/** LLM requests in flight at once: enough to keep a run short, few enough not to trip rate limits. */
const LLM_CONCURRENCY = 4;

async function runSet(
  items: readonly LabelledCase[],
  policy: Policy,
  analyser: ComplaintAnalyser,
  concurrency: number,
): Promise<Run> {
  const predictions: Prediction[] = new Array(items.length);
  const tokens = { input: 0, output: 0 };
  const fallbacks: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      if (!item) continue;
      const result = await triageComplaint({ complaint: item.complaint, policy, now: new Date(item.at), analyser });
      predictions[index] = toPrediction(item, result);
      const { engine } = result.analysis;
      if (engine) {
        tokens.input += engine.tokens.input;
        tokens.output += engine.tokens.output;
        if (engine.fallback) fallbacks[engine.fallback.reason] = (fallbacks[engine.fallback.reason] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { card: scorePredictions(predictions), tokens, fallbacks };
}

const count = (value: number) => value.toLocaleString('en');

/** The rules and the LLM on one set, metric by metric. */
function renderSideBySide(name: string, rules: Scorecard, llm: Run, label: string): string {
  const row = (metric: string, left: string, right: string) => `  ${metric.padEnd(24)}${left.padStart(9)}  ${right}`;
  const fellBack = Object.entries(llm.fallbacks);
  const fallbackCount = fellBack.reduce((sum, [, n]) => sum + n, 0);
  return [
    `${name}: ${rules.cases} complaints`,
    row('', 'rules', label),
    row('temperament accuracy', percent(rules.accuracy), percent(llm.card.accuracy)),
    row('flag precision', percent(rules.flags.precision), percent(llm.card.flags.precision)),
    row('flag recall', percent(rules.flags.recall), percent(llm.card.flags.recall)),
    row('likely aim accuracy', percent(rules.aim.accuracy), percent(llm.card.aim.accuracy)),
    row(
      'fell back to rules',
      '—',
      fallbackCount === 0 ? '0' : `${fallbackCount} (${fellBack.map(([reason, n]) => `${reason} ${n}`).join(', ')})`,
    ),
    row('tokens in / out', '—', `${count(llm.tokens.input)} / ${count(llm.tokens.output)}`),
  ].join('\n');
}

/**
 * `npm run eval`: how well the rules analyser reads the labelled complaints; with `--llm`, the configured
 * LLM beside it on the same cases, with the tokens it spent.
 */
export async function runEval(
  argv: string[],
  io: CliIo,
  loadLlm: () => LlmConfig = () => loadLlmConfig(),
): Promise<number> {
  return runCommand(io, 'eval', async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        set: { type: 'string', default: 'all' },
        json: { type: 'boolean', default: false },
        llm: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    const real = REAL[values.set];
    const files = positionals.length > 0 ? positionals : (SETS[values.set] ?? real);
    if (!files) {
      throw new InputError(`--set "${values.set}" is not one of dev, holdout, all, real, real-dev, real-holdout`);
    }
    const endpoint = values.llm ? loadLlm().endpoint : undefined;
    if (values.llm && !endpoint) {
      throw new InputError('--llm needs an LLM endpoint: set OPENAI_API_KEY, or OPENAI_BASE_URL and OPENAI_MODEL');
    }
    const policy = await loadPolicy(DEFAULT_POLICY_PATH);
    const rulesAnalyser = createRulesAnalyser();
    const llmAnalyser = endpoint ? await createAnalyser({ endpoint }, { cache: new Keyv() }) : undefined;
    if (real && positionals.length === 0) {
      const cards: Record<string, { rules: RealScorecard; llm?: RealScorecard }> = {};
      for (const file of files) {
        const items = await loadRealSet(file);
        cards[file] = {
          rules: await runRealSet(items, policy, rulesAnalyser),
          ...(llmAnalyser ? { llm: await runRealSet(items, policy, llmAnalyser) } : {}),
        };
      }
      io.out(
        values.json
          ? JSON.stringify(cards, null, 2)
          : Object.entries(cards)
              .flatMap(([file, card]) => [
                renderRealScorecard(`${file} (rules)`, card.rules),
                ...(card.llm && endpoint ? [renderRealScorecard(`${file} (llm ${endpoint.model})`, card.llm)] : []),
              ])
              .join('\n\n'),
      );
      return EXIT.ok;
    }
    const report: Record<string, Scorecard> = {};
    const llmReport: Record<string, Run> = {};
    for (const file of files) {
      const items = await loadLabelledSet(file);
      report[file] = (await runSet(items, policy, rulesAnalyser, 1)).card;
      if (llmAnalyser) llmReport[file] = await runSet(items, policy, llmAnalyser, LLM_CONCURRENCY);
    }
    if (!endpoint) {
      io.out(
        values.json
          ? JSON.stringify(report, null, 2)
          : Object.entries(report)
              .map(([file, card]) => renderScorecard(file, card))
              .join('\n\n'),
      );
      return EXIT.ok;
    }
    const runs = Object.values(llmReport);
    const total = {
      input: runs.reduce((sum, run) => sum + run.tokens.input, 0),
      output: runs.reduce((sum, run) => sum + run.tokens.output, 0),
    };
    if (values.json) {
      io.out(JSON.stringify({ model: endpoint.model, rules: report, llm: llmReport, tokens: total }, null, 2));
      return EXIT.ok;
    }
    const label = `llm (${endpoint.model})`;
    io.out(
      [
        ...Object.entries(report).flatMap(([file, card]) => {
          const llm = llmReport[file];
          return llm ? [renderSideBySide(file, card, llm, label)] : [];
        }),
        `tokens in total: ${count(total.input)} in, ${count(total.output)} out (${endpoint.model})`,
      ].join('\n\n'),
    );
    return EXIT.ok;
  });
}
