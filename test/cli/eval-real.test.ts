import { describe, expect, it } from 'vitest';
import { loadRealSet, REAL_SETS } from '../../src/evaluation/real-set.ts';
import { runCli } from '../helpers/run-cli.ts';

const EVAL = 'src/cli/eval.ts';

describe('npm run eval -- --set real', () => {
  it('when the real sets are scored, then each half prints every field’s figure and the temperament per confidence band', async () => {
    const run = await runCli(EVAL, ['--set', 'real']);
    expect(run.code).toBe(0);
    for (const half of Object.values(REAL_SETS)) {
      const cases = (await loadRealSet(half)).length;
      expect(run.stdout).toContain(`${half} (rules): ${cases} real complaints`);
    }
    for (const field of [
      'temperament accuracy',
      'no cue, left unknown',
      'crisis flags',
      'difficult flags',
      'aim',
      'problem',
      'category',
    ]) {
      expect(run.stdout.split(field).length - 1, field).toBe(2);
    }
    expect(run.stdout).toMatch(/0\.75–1\.00\s+\d+\s+(\d+%|—)/);
    expect(run.stdout.match(/ {4}with "came from" {4}precision +\d+% {2}recall +\d+%/g)).toHaveLength(2);
  });

  it('when the form says where each text was published, then more of the crisis cases are found than from the text alone', async () => {
    const run = await runCli(EVAL, ['--set', 'real', '--json']);
    const report = JSON.parse(run.stdout) as Record<
      string,
      { rules: { crisis: { recall: number } }; rulesWithChannel: { crisis: { recall: number; casesFound: number } } }
    >;
    for (const half of Object.values(REAL_SETS)) {
      const card = report[half];
      expect(card?.rulesWithChannel.crisis.recall, half).toBeGreaterThan(card?.rules.crisis.recall ?? 1);
    }
  });

  it('when the JSON is asked for, then it holds one scorecard per half with the figures as numbers', async () => {
    const run = await runCli(EVAL, ['--set', 'real-holdout', '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, { rules: { cases: number; crisis: { recall: number } } }>;
    const card = report[REAL_SETS['real-holdout']];
    expect(card?.rules.cases).toBe((await loadRealSet(REAL_SETS['real-holdout'])).length);
    expect(card?.rules.crisis.recall).toBeGreaterThanOrEqual(0);
    expect(card?.rules.crisis.recall).toBeLessThanOrEqual(1);
  });

  it('when the set is not one it knows, then it exits 2 with one line naming the sets', async () => {
    const run = await runCli(EVAL, ['--set', 'reall']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('real-holdout');
  });
});
