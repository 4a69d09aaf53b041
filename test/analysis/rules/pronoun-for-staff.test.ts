import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const pasted = (narrative: string) => ComplaintSchema.parse({ narrative });
const flagsOf = (narrative: string) => detectFlags(pasted(narrative)).map((flag) => flag.kind);
const evidenceOf = (narrative: string) => readTemperament(pasted(narrative)).evidence.map((item) => item.quote);

/**
 * In a customer's own story, a he, she or they right after "I asked for the manager" (我找了店长) is that manager: what
 * they do is the shop's manner, not the customer's. Someone else named in between (my wife, 我老婆) may be the one meant,
 * and the customer taking the clause back ("and I screamed") still counts. Texts written for these tests, in English,
 * simplified and traditional Chinese.
 */
describe('a pronoun after the customer turns to the shop is the shop', () => {
  it.each([
    'I asked for the manager. She came out and screamed at me. I want a refund.',
    'I asked for the sales assistant and he shouted at me.',
    '我找了店长，她出来就冲我大吼。我要退款。',
    '我找店長，她一出來就對我大吼。我要退款。',
  ])('when the manager shouts, then the customer is not irritable and it is no evidence: %s', (text) => {
    expect(flagsOf(text)).not.toContain('irritable');
    expect(evidenceOf(text).join(' ')).not.toMatch(/scream|shout|大吼/u);
  });

  it.each([
    'I asked for the manager. She came out and I screamed at her.',
    'I asked for the manager and my wife got angry. She screamed at him.',
    '我找了店长，她出来以后我就大吼。',
    '我找了店长，我老婆很生气，她冲店长大吼。',
  ])('when the customer or a companion shouts, then it still counts: %s', (text) => {
    expect(flagsOf(text)).toContain('irritable');
  });
});
