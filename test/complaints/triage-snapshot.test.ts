/**
 * The whole triage output over every labelled set, compared byte for byte with a stored snapshot: the
 * safety net for work on the engine's speed (issue 13), where the output must not change at all. The
 * synthetic sets run at each case's own `at`; the real sets are pasted as a store manager would paste them,
 * at the eval's fixed moment, once as the text alone and once with the page kind as the channel, like
 * `npm run eval -- --set real`. Traditional-script wording is part of the output, so it is held too.
 *
 * A change meant to alter the output rewrites the snapshot: `UPDATE_TRIAGE_SNAPSHOT=1 npx vitest run
 * --config test/vitest.config.ts test/complaints/triage-snapshot.test.ts`, and the diff of the decompressed
 * JSON belongs in the review (`node -e "process.stdout.write(require('zlib').brotliDecompressSync(
 * require('fs').readFileSync('test/fixtures/triage-snapshot.json.br')))"` prints it).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createRulesAnalyser } from '../../src/analysis/rules-analyser.ts';
import { type TriageResult, triageComplaint } from '../../src/complaints/triage-complaint.ts';
import type { Complaint } from '../../src/domain/complaint.ts';
import { loadLabelledSet } from '../../src/evaluation/labelled-set.ts';
import { asPastedComplaint, loadPageChannels, loadRealSet, REAL_PAGE_KINDS } from '../../src/evaluation/real-set.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';

// Brotli rather than gzip: its wide window catches the wording the cases share, 9 MB of JSON in 120 kB.
const SNAPSHOT = 'test/fixtures/triage-snapshot.json.br';
/** The moment `npm run eval` enters the real complaints at. */
const REAL_AT = '2026-12-01T10:00:00+08:00';

interface SetOutput {
  set: string;
  cases: { id: string; result: TriageResult }[];
}

interface Input {
  id: string;
  complaint: Complaint;
  at: string;
}

async function triageSet(set: string, inputs: readonly Input[]): Promise<SetOutput> {
  const policy = await loadPolicy(DEFAULT_POLICY_PATH);
  const analyser = createRulesAnalyser();
  const cases: SetOutput['cases'] = [];
  for (const { id, complaint, at } of inputs) {
    cases.push({ id, result: await triageComplaint({ complaint, policy, now: new Date(at), analyser }) });
  }
  return { set, cases };
}

async function triageEverySet(): Promise<SetOutput[]> {
  const outputs: SetOutput[] = [];
  for (const file of ['test/fixtures/complaints/dev.yml', 'test/fixtures/complaints/holdout.yml']) {
    outputs.push(await triageSet(file, await loadLabelledSet(file)));
  }
  const channels = await loadPageChannels(REAL_PAGE_KINDS);
  for (const file of ['test/fixtures/complaints/real/dev.yml', 'test/fixtures/complaints/real/holdout.yml']) {
    const items = await loadRealSet(file);
    outputs.push(
      await triageSet(
        file,
        items.map((item) => ({ id: item.id, complaint: asPastedComplaint(item), at: REAL_AT })),
      ),
      await triageSet(
        `${file} with the page kind`,
        items.map((item) => ({ id: item.id, complaint: asPastedComplaint(item, channels.get(item.id)), at: REAL_AT })),
      ),
    );
  }
  return outputs;
}

describe('the triage of every labelled set', () => {
  it('is byte for byte the stored snapshot', async () => {
    const outputs = await triageEverySet();
    const json = JSON.stringify(outputs);
    if (process.env.UPDATE_TRIAGE_SNAPSHOT === '1') await writeFile(SNAPSHOT, brotliCompressSync(json));
    const stored = brotliDecompressSync(await readFile(SNAPSHOT)).toString('utf8');
    if (json === stored) return;
    // Show the first case that differs as a readable diff rather than megabytes of JSON.
    const expected = JSON.parse(stored) as SetOutput[];
    expect(outputs.map(({ set, cases }) => [set, cases.length])).toEqual(
      expected.map(({ set, cases }) => [set, cases.length]),
    );
    for (const [index, output] of outputs.entries()) {
      for (const [at, { id, result }] of output.cases.entries()) {
        const want = expected[index]?.cases[at];
        expect({ set: output.set, id, result: JSON.parse(JSON.stringify(result)) }).toEqual({
          set: output.set,
          ...want,
        });
      }
    }
    // Equal as values but not as text: a key order or a number's form changed.
    expect(json === stored, 'the JSON differs from the snapshot in key order or formatting').toBe(true);
  });
});
