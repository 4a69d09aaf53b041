/**
 * Throughput of the complaint engine on one core, over the labelled complaints
 * repeated. Each figure is printed beside a baseline measured in the same run (validating the
 * complaint with zod and nothing else), so the ratio means the same on a slow or a fast machine.
 */
import { performance } from 'node:perf_hooks';
import { readFacts } from '../../src/analysis/read-facts.ts';
import { analyseWithRules, createRulesAnalyser } from '../../src/analysis/rules-analyser.ts';
import { ComplaintSchema } from '../../src/complaints/complaint.ts';
import { triageComplaint } from '../../src/complaints/triage-complaint.ts';
import { loadLabelledSet } from '../../src/evaluation/labelled-set.ts';
import { evaluateRemedies } from '../../src/policy/evaluate-remedies.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';

/** Measures the complaint engine's throughput and prints it. */
export async function benchEngine(): Promise<void> {
  const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

  async function measure(items: number, run: (index: number) => unknown): Promise<number> {
    for (let index = 0; index < 200; index++) await run(index % items);
    let done = 0;
    const start = performance.now();
    const end = start + SECONDS * 1000;
    while (performance.now() < end) {
      for (let batch = 0; batch < 50; batch++) await run(done++ % items);
    }
    const perSecond = done / ((performance.now() - start) / 1000);
    return perSecond;
  }

  const policy = await loadPolicy(DEFAULT_POLICY_PATH);
  const cases = [
    ...(await loadLabelledSet('test/fixtures/complaints/dev.yml')),
    ...(await loadLabelledSet('test/fixtures/complaints/holdout.yml')),
  ];
  const raw = cases.map((item) => ({ ...item.complaint }));
  const analyser = createRulesAnalyser();
  const pick = (index: number) => cases[index % cases.length] ?? cases[0];

  const baseline = await measure(cases.length, (index) => ComplaintSchema.parse(raw[index]));
  const rows: [string, number][] = [
    ['validate only (baseline)', baseline],
    [
      'policy engine',
      await measure(cases.length, (index) => {
        const item = pick(index);
        if (item) evaluateRemedies(policy, item.complaint, new Date(item.at));
      }),
    ],
    [
      'rules analyser',
      await measure(cases.length, (index) => {
        const item = pick(index);
        if (!item) return;
        const facts = readFacts(item.complaint, policy);
        analyseWithRules({ complaint: item.complaint, facts, policy, verdicts: [] });
      }),
    ],
    [
      'triage (analyser + policy engine)',
      await measure(cases.length, async (index) => {
        const item = pick(index);
        if (item) await triageComplaint({ complaint: item.complaint, policy, now: new Date(item.at), analyser });
      }),
    ],
  ];

  console.log(`complaint engine on one core, ${cases.length} labelled complaints repeated, ${SECONDS}s per row`);
  for (const [name, perSecond] of rows) {
    console.log(
      `  ${name.padEnd(36)} ${Math.round(perSecond).toLocaleString('en').padStart(10)} complaints/s   ${(baseline / perSecond).toFixed(1).padStart(6)}× the baseline's time`,
    );
  }
  const triage = rows[rows.length - 1]?.[1] ?? 0;
  console.log(`triage throughput: ${Math.round(triage)} complaints/s (aim: at least 2,000)`);
}
