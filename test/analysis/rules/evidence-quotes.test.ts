import { describe, expect, it } from 'vitest';
import { createRulesAnalyser } from '../../../src/analysis/rules-analyser.ts';
import { triageComplaint } from '../../../src/complaints/triage-complaint.ts';
import { asPastedComplaint, loadRealSet, REAL_SETS } from '../../../src/evaluation/real-set.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../../src/policy/load-policy.ts';

const LETTER = /[\p{Script=Latin}\p{N}]/u;

/**
 * Evidence quotes on texts nobody here wrote: every real complaint, both halves (an invariant of the quote,
 * not a score, so the held-out half may be read). A quote must be verbatim and must not cut a word in two.
 */
describe('evidence quotes on real complaints', () => {
  it('when real complaints are read, then every quote occurs verbatim, names its cue and starts and ends on whole words', async () => {
    const policy = await loadPolicy(DEFAULT_POLICY_PATH);
    const analyser = createRulesAnalyser();
    const items = [...(await loadRealSet(REAL_SETS['real-dev'])), ...(await loadRealSet(REAL_SETS['real-holdout']))];
    const cut: string[] = [];
    let quotes = 0;
    for (const item of items) {
      const { analysis } = await triageComplaint({
        complaint: asPastedComplaint(item),
        policy,
        now: new Date('2026-12-01T10:00:00+08:00'),
        analyser,
      });
      const evidence = [...analysis.temperament.evidence, ...analysis.flags.flatMap((flag) => flag.evidence)];
      for (const { quote, cue } of evidence) {
        quotes++;
        const at = item.text.indexOf(quote);
        expect(at, `${item.id}: ${quote}`).toBeGreaterThanOrEqual(0);
        expect(cue, `${item.id}: ${quote}`).toBeTruthy();
        const before = item.text.charAt(at - 1);
        const after = item.text.charAt(at + quote.length);
        if (
          (LETTER.test(before) && LETTER.test(quote.charAt(0))) ||
          (LETTER.test(after) && LETTER.test(quote.at(-1) ?? ''))
        ) {
          cut.push(`${item.id}: ${quote}`);
        }
      }
    }
    expect(quotes).toBeGreaterThan(200);
    expect(cut).toEqual([]);
  });
});
