/**
 * Throughput of the complaint engine on one core (in process, no CLI start-up), over the labelled
 * complaints repeated: the synthetic sets at each case's own time, and the real development set pasted as a
 * store manager would paste it. Each figure is printed beside a baseline measured in the same run
 * (validating the complaint with zod and nothing else), so the ratio means the same on a slow or a fast
 * machine, and beside the goal of issue 13 and the figure before it.
 */
import { performance } from 'node:perf_hooks';
import { readFacts } from '../../src/analysis/read-facts.ts';
import { analyseWithRules, createRulesAnalyser } from '../../src/analysis/rules-analyser.ts';
import { triageComplaint } from '../../src/complaints/triage-complaint.ts';
import { type Complaint, ComplaintSchema } from '../../src/domain/complaint.ts';
import { loadLabelledSet } from '../../src/evaluation/labelled-set.ts';
import { asPastedComplaint, loadRealSet, REAL_SETS } from '../../src/evaluation/real-set.ts';
import { evaluateRemedies } from '../../src/policy/evaluate-remedies.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';

/** Issue 13's goal for triage, complaints per second on one core. */
const GOAL = 10_000;
/**
 * Triage before issue 13, in times the baseline's time per complaint (this bench, this 2-core machine,
 * the baseline run beside it): the ratio carries to another machine where complaints per second do not.
 */
const BEFORE = { synthetic: 160, real: 250 };

/** The moment `npm run eval` enters the real complaints at. */
const REAL_AT = new Date('2026-12-01T10:00:00+08:00');

interface Item {
  complaint: Complaint;
  now: Date;
}

/** Measures the complaint engine's throughput and prints it. */
export async function benchEngine(): Promise<void> {
  const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

  /**
   * Runs every row in turns of a few milliseconds until each has had its seconds, so a machine busy with
   * other work slows every row alike and the ratios to the baseline hold.
   */
  async function measureSideBySide(runs: readonly { items: number; run: (index: number) => unknown }[]) {
    const done = runs.map(() => 0);
    const spent = runs.map(() => 0);
    for (const { items, run } of runs)
      for (let index = 0; index < Math.max(200, items * 2); index++) await run(index % items);
    const TURN_MS = 25;
    for (let turn = 0; turn < (SECONDS * 1000) / TURN_MS; turn++) {
      for (const [row, { run }] of runs.entries()) {
        const start = performance.now();
        let count = done[row] ?? 0;
        while (performance.now() - start < TURN_MS) {
          for (let batch = 0; batch < 10; batch++) await run(count++);
        }
        done[row] = count;
        spent[row] = (spent[row] ?? 0) + (performance.now() - start);
      }
    }
    return runs.map((_, row) => (done[row] ?? 0) / ((spent[row] ?? 1) / 1000));
  }

  const policy = await loadPolicy(DEFAULT_POLICY_PATH);
  const synthetic: Item[] = [
    ...(await loadLabelledSet('test/fixtures/complaints/dev.yml')),
    ...(await loadLabelledSet('test/fixtures/complaints/holdout.yml')),
  ].map((item) => ({ complaint: item.complaint, now: new Date(item.at) }));
  const real: Item[] = (await loadRealSet(REAL_SETS['real-dev'])).map((item) => ({
    complaint: asPastedComplaint(item),
    now: REAL_AT,
  }));
  const raw = synthetic.map((item) => ({ ...item.complaint }));
  const analyser = createRulesAnalyser();
  const pick = (items: readonly Item[], index: number): Item | undefined => items[index % items.length];
  const triage = (items: readonly Item[]) => async (index: number) => {
    const item = pick(items, index);
    if (item) await triageComplaint({ ...item, policy, analyser });
  };

  const [baseline = 0, policyEngine = 0, rulesAnalyser = 0, triageSynthetic = 0, triageReal = 0] =
    await measureSideBySide([
      { items: raw.length, run: (index) => ComplaintSchema.parse(raw[index % raw.length]) },
      {
        items: synthetic.length,
        run: (index) => {
          const item = pick(synthetic, index);
          if (item) evaluateRemedies(policy, item.complaint, item.now);
        },
      },
      {
        items: synthetic.length,
        run: (index) => {
          const item = pick(synthetic, index);
          if (!item) return;
          const facts = readFacts(item.complaint, policy);
          analyseWithRules({ complaint: item.complaint, facts, policy, verdicts: [] });
        },
      },
      { items: synthetic.length, run: triage(synthetic) },
      { items: real.length, run: triage(real) },
    ]);
  const rows: [string, number][] = [
    ['validate only (baseline)', baseline],
    ['policy engine', policyEngine],
    ['rules analyser', rulesAnalyser],
    ['triage (analyser + policy engine)', triageSynthetic],
    ['triage, real dev set (long texts)', triageReal],
  ];

  const count = (perSecond: number) => Math.round(perSecond).toLocaleString('en');
  console.log(
    `complaint engine on one core, ${synthetic.length} synthetic and ${real.length} real labelled complaints repeated, ${SECONDS}s per row, in turns`,
  );
  for (const [name, perSecond] of rows) {
    console.log(
      `  ${name.padEnd(36)} ${count(perSecond).padStart(10)} complaints/s   ${(baseline / perSecond).toFixed(1).padStart(6)}× the baseline's time`,
    );
  }
  for (const [name, perSecond, before] of [
    ['synthetic', triageSynthetic, BEFORE.synthetic],
    ['real dev', triageReal, BEFORE.real],
  ] as const) {
    console.log(
      `triage throughput (${name}): ${count(perSecond)} complaints/s (goal: at least ${count(GOAL)}; before issue 13 ${before}× the baseline's time, here ${count(baseline / before)}/s)`,
    );
  }
}
