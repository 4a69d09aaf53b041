import { describe, expect, it } from 'vitest';
import { createRulesAnalyser } from '../../../src/analysis/rules-analyser.ts';
import { buildApology } from '../../../src/analysis/wording/apology.ts';
import { findNeverSay } from '../../../src/analysis/wording/phrase-guard.ts';
import { triageComplaint } from '../../../src/complaints/triage-complaint.ts';
import { TEMPERAMENTS } from '../../../src/domain/analysis.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../../src/policy/load-policy.ts';

const lostStone = { zh: '掉钻', en: 'Lost stone' };

/**
 * Products as staff might type them, each carrying a phrase of the never-say list: said in the apology
 * ("the trouble with your not my problem mug") the words would reach the customer.
 */
const NAMED_LIKE_A_NEVER_SAY = [
  { language: 'en', product: 'Not my problem mug', id: 'not-my-business' },
  { language: 'en', product: 'No idea watch', id: 'dont-know' },
  { language: 'zh', product: '这不关我事手链', id: 'not-my-business' },
] as const;

describe('the apology when what it would mention is a never-say phrase', () => {
  for (const { language, product, id } of NAMED_LIKE_A_NEVER_SAY) {
    it(`when the product is "${product}", then no apology says it, and each falls back to the wording without details`, () => {
      // The product on its own is what the guard is there to stop.
      expect(findNeverSay(product).map((match) => match.id)).toContain(id);
      for (const temperament of TEMPERAMENTS) {
        const { text } = buildApology({ language, temperament, flags: [], product, problem: lostStone });
        expect(findNeverSay(text), `${temperament}: ${text}`).toEqual([]);
        // Mid-sentence its first letter may be lower-cased.
        expect(text).not.toContain(product.slice(1));
        // The fallback: the same apology with neither product nor problem in it.
        expect(text).toBe(buildApology({ language, temperament, flags: [] }).text);
      }
    });
  }

  it('when the product is an ordinary name, then the details stay in (the fallback is only for what the guard stops)', () => {
    for (const temperament of TEMPERAMENTS) {
      const { text } = buildApology({ language: 'en', temperament, flags: [], product: 'Silver bangle' });
      expect(text).toContain('your silver bangle');
    }
  });

  it('when a complaint names such a product, then the apology the rules analyser suggests passes the guard and leaves it out', async () => {
    const { analysis } = await triageComplaint({
      complaint: ComplaintSchema.parse({
        narrative: 'The mug she bought on Saturday has a crack along the handle.',
        customerWords: 'Could you please look at this? It cracked on the first wash.',
        product: 'Not my problem mug',
      }),
      policy: await loadPolicy(DEFAULT_POLICY_PATH),
      now: new Date('2026-11-21T10:00:00+08:00'),
      analyser: createRulesAnalyser(),
    });
    const { apology } = analysis.suggestion;
    expect(apology.language).toBe('en');
    expect(findNeverSay(apology.text)).toEqual([]);
    expect(apology.text).not.toMatch(/problem mug/i);
    expect(apology.text).toContain('what has happened');
  });
});
