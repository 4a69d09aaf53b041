import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRulesAnalyser } from '../../src/analysis/rules-analyser.ts';
import { passesPhraseGuard } from '../../src/analysis/wording/phrase-guard.ts';
import { triageComplaint } from '../../src/complaints/triage-complaint.ts';
import { type Evidence, TEMPERAMENTS } from '../../src/domain/analysis.ts';
import { loadLabelledSet } from '../../src/evaluation/labelled-set.ts';
import { scorePredictions, toPrediction } from '../../src/evaluation/score.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';

const policy = await loadPolicy(DEFAULT_POLICY_PATH);
const dev = await loadLabelledSet('test/fixtures/complaints/dev.yml');
const holdout = await loadLabelledSet('test/fixtures/complaints/holdout.yml');
const analyser = createRulesAnalyser();

const written: string[] = [];
afterAll(async () => {
  for (const dir of written) await rm(dir, { recursive: true, force: true });
});
/** Writes a labelled set to a fresh temporary file (a broken one in the repository would break `biome check`). */
async function writeSet(yaml: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'labelled-'));
  written.push(dir);
  const path = join(dir, 'set.yml');
  await writeFile(path, yaml);
  return path;
}
const triaged = await Promise.all(
  [...dev, ...holdout].map(async (item) => ({
    item,
    result: await triageComplaint({ complaint: item.complaint, policy, now: new Date(item.at), analyser }),
  })),
);

describe('the labelled complaints', () => {
  it('when a file is loaded, then each case is read through the complaint schema, with the defaults filled in', async () => {
    const path = await writeSet(`- id: one
  at: 2026-11-21T10:00:00+08:00
  complaint: { narrative: "  Chain snapped  ", language: en }
  expect: { temperament: peaceable }
`);
    expect(await loadLabelledSet(path)).toEqual([
      {
        id: 'one',
        at: '2026-11-21T10:00:00+08:00',
        complaint: { narrative: 'Chain snapped', language: 'en', specialPrice: false, suspectedCause: 'unknown' },
        expect: { temperament: 'peaceable', flags: [] },
      },
    ]);
  });

  it('when a case is malformed or an id repeats, then the whole file is refused, naming the file and what is wrong', async () => {
    const badLabel = await writeSet(`- id: one
  at: 2026-11-21T10:00:00+08:00
  complaint: { narrative: Chain snapped }
  expect: { temperament: grumpy }
`);
    await expect(loadLabelledSet(badLabel)).rejects.toThrow(`${badLabel}: 0.expect.temperament: `);
    const twice =
      await writeSet(`- { id: one, at: "2026-11-21T10:00:00+08:00", complaint: { narrative: a }, expect: { temperament: lively } }
- { id: one, at: "2026-11-21T10:00:00+08:00", complaint: { narrative: b }, expect: { temperament: lively } }
`);
    await expect(loadLabelledSet(twice)).rejects.toThrow(`${twice}: duplicate id one`);
  });

  it('when every one is triaged, then nothing suggested fails the phrase guard', () => {
    for (const { item, result } of triaged) {
      const { suggestion, temperament, flags, aim } = result.analysis;
      const texts = [
        suggestion.apology.text,
        ...temperament.approach.flatMap((line) => [line.zh, line.en]),
        ...flags.flatMap((flag) => flag.advice.flatMap((line) => [line.zh, line.en])),
        aim.note.zh,
        aim.note.en,
        suggestion.resolution.note.zh,
        suggestion.resolution.note.en,
        ...suggestion.steps.flatMap((step) => [step.text.zh, step.text.en]),
        ...suggestion.followUp.script.flatMap((line) => [line.zh, line.en]),
      ];
      for (const text of texts) expect(passesPhraseGuard(text), `${item.id}: ${text}`).toBe(true);
    }
  });

  it('when evidence is quoted, then every quote occurs verbatim in the complaint', () => {
    for (const { item, result } of triaged) {
      const { narrative, customerWords, behaviour, customerAsk } = item.complaint;
      const source: Partial<Record<Evidence['source'], string | undefined>> = {
        narrative,
        customerWords,
        behaviour,
        customerAsk,
      };
      const quotes = [
        ...result.analysis.temperament.evidence,
        ...result.analysis.flags.flatMap((flag) => flag.evidence),
        ...result.analysis.aim.evidence,
      ];
      for (const quote of quotes) expect(source[quote.source] ?? '', item.id).toContain(quote.quote);
    }
  });

  it('when a resolution is suggested, then it names only remedies the policy found eligible', () => {
    for (const { item, result } of triaged) {
      const eligible = new Set(result.remedies.filter((remedy) => remedy.eligible).map((remedy) => remedy.id));
      const { options, recommended } = result.analysis.suggestion.resolution;
      for (const id of options) expect(eligible.has(id), `${item.id}: ${id}`).toBe(true);
      if (recommended) expect(options).toContain(recommended);
    }
  });

  it('when a customer is forceful and several remedies are eligible, then they get options to choose from', () => {
    const forceful = triaged.filter(
      ({ result }) =>
        result.analysis.temperament.type === 'forceful' &&
        result.remedies.filter((remedy) => remedy.eligible).length >= 3,
    );
    expect(forceful.length).toBeGreaterThan(0);
    for (const { result } of forceful) {
      expect(result.analysis.suggestion.resolution.letCustomerChoose).toBe(true);
      expect(result.analysis.suggestion.resolution.options.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('when the apology is written, then it is in the customer language', () => {
    for (const { item, result } of triaged) {
      const { apology } = result.analysis.suggestion;
      expect(apology.language, item.id).toBe(item.complaint.language);
      expect(/\p{Script=Han}/u.test(apology.text), item.id).toBe(apology.language === 'zh');
    }
  });

  // A floor, not a target: it fails if a change to the word lists makes the reader clearly worse.
  it('when scored against the labels, then the reader stays at or above its quality floor', () => {
    // The floor means something only over enough cases, in both languages, of every temperament.
    const all = [...dev, ...holdout];
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(new Set(all.map((item) => item.complaint.language))).toEqual(new Set(['zh', 'en']));
    for (const type of TEMPERAMENTS) {
      expect(all.filter((item) => item.expect.temperament === type).length).toBeGreaterThanOrEqual(10);
    }
    expect(
      all.some((item) => item.expect.flags.some((flag) => ['media', 'social-media', 'lawyer'].includes(flag))),
    ).toBe(true);
    const predictions = triaged.map(({ item, result }) => toPrediction(item, result));
    const card = scorePredictions(predictions);
    expect(card.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(card.flags.precision).toBeGreaterThanOrEqual(0.75);
    expect(card.flags.recall).toBeGreaterThanOrEqual(0.65);
  });
});
