import { parseArgs } from 'node:util';
import { createRulesAnalyser } from '../analysis/rules-analyser.js';
import { triageComplaint } from '../complaints/triage-complaint.js';
import { InputError } from '../errors.js';
import { loadLabelledSet } from '../evaluation/labelled-set.js';
import { type Prediction, type Scorecard, scorePredictions, toPrediction } from '../evaluation/score.js';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../policy/load-policy.js';
import { type CliIo, EXIT, runCommand } from './cli-io.js';

const SETS: Record<string, readonly string[]> = {
  dev: ['test/fixtures/complaints/dev.yml'],
  holdout: ['test/fixtures/complaints/holdout.yml'],
  all: ['test/fixtures/complaints/dev.yml', 'test/fixtures/complaints/holdout.yml'],
};

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
    `  flags                 precision ${percent(card.flags.precision)}  recall ${percent(card.flags.recall)} (${card.flags.expected} labelled, ${card.flags.found} raised)`,
    `  likely aim            accuracy ${percent(card.aim.accuracy)} over ${card.aim.labelled} labelled`,
  );
  if (card.misses.length > 0) {
    lines.push(`  misses: ${card.misses.map((miss) => `${miss.id} (${miss.expected}→${miss.actual})`).join(', ')}`);
  }
  return lines.join('\n');
}

/** `npm run eval`: how well the rules analyser reads the labelled complaints. */
export async function runEval(argv: string[], io: CliIo): Promise<number> {
  return runCommand(io, 'eval', async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { set: { type: 'string', default: 'all' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    const files = positionals.length > 0 ? positionals : SETS[values.set];
    if (!files) throw new InputError(`--set "${values.set}" is not one of dev, holdout, all`);
    const policy = await loadPolicy(DEFAULT_POLICY_PATH);
    const analyser = createRulesAnalyser();
    const report: Record<string, Scorecard> = {};
    for (const file of files) {
      const predictions: Prediction[] = [];
      for (const item of await loadLabelledSet(file)) {
        const result = await triageComplaint({ complaint: item.complaint, policy, now: new Date(item.at), analyser });
        predictions.push(toPrediction(item, result));
      }
      report[file] = scorePredictions(predictions);
    }
    io.out(
      values.json
        ? JSON.stringify(report, null, 2)
        : Object.entries(report)
            .map(([file, card]) => renderScorecard(file, card))
            .join('\n\n'),
    );
    return EXIT.ok;
  });
}
