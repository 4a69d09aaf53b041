import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const pasted = (narrative: string) => ComplaintSchema.parse({ narrative });
const temperamentOf = (narrative: string) => readTemperament(pasted(narrative)).type;
const flagsOf = (narrative: string) => detectFlags(pasted(narrative)).map((flag) => flag.kind);

/**
 * A customer complaining of how they were treated tells what the shop's side did: the manager who yelled, the clerk
 * who rolled her eyes. That is the staff's manner, not the customer's — neither a forceful customer nor an irritable
 * one. The shop's side is the subject of its own sentence after an English full stop, of a clause that carries the
 * subject on (店员对我翻白眼，还大声吼我; "…, then yelled"), and when named by where they stood ("the girl at the
 * counter"). Texts written for these tests, in English, simplified and traditional Chinese.
 */
describe("the shop's side as the subject is not the customer's manner", () => {
  it.each([
    'I went in to get my ring resized. The manager yelled at me in front of everyone and refused to help.',
    'I asked about the clasp. The girl at the counter rolled her eyes and walked off.',
    'The clerk laughed at me, then yelled that I had broken it myself.',
    '我去店里问手链的事。店员对我翻白眼，还大声吼我。',
    '柜台的小姐对我翻白眼，还大声吼我，我很伤心。',
    '我去店裡問手鏈的事。店員對我翻白眼，還大聲吼我。',
    '櫃檯的小姐對我翻白眼，又大聲吼我，我很傷心。',
  ])('when staff do it, then no forceful or irritable customer is read: %s', (text) => {
    expect(temperamentOf(text)).not.toBe('forceful');
    expect(flagsOf(text)).not.toContain('irritable');
  });

  it.each([
    'I went in to get my ring resized. I yelled at the manager in front of everyone.',
    'The clerk laughed at me, and I yelled that they had broken it themselves.',
    '我去店里问手链的事。我对店员大声吼，还拍了柜台。',
    '我去店裡問手鏈的事。我對店員大聲吼，還拍了櫃檯。',
  ])('when the customer does it, then it still counts: %s', (text) => {
    expect(temperamentOf(text)).toBe('forceful');
  });
});

/**
 * "The chain snapped" is the goods giving way; "she snapped at me" is someone's temper. In a complaint about a broken
 * piece, "snapped" after the piece is no forceful cue, and a person who snaps breaks nothing. Chinese says 断了 of a
 * chain and has no such word to confuse.
 */
describe('a piece that snapped is no one snapping', () => {
  it.each([
    'The gold chain she bought for her daughter snapped within a week.',
    'My bracelet snapped after two days of wearing it.',
    'The strap on the watch snapped while I was at work.',
  ])('when a piece snapped, then no forceful customer is read: %s', (text) => {
    expect(temperamentOf(text)).not.toBe('forceful');
  });

  it('when a person snapped, then it counts as temper and breaks nothing', () => {
    const text = 'I showed her the ring and she snapped.';
    expect(temperamentOf(text)).toBe('forceful');
    expect(readFacts(pasted(text), loadPolicySync(DEFAULT_POLICY_PATH)).problem).toBeNull();
  });

  it('when a person snapped a piece, then it is broken', () => {
    const text = 'I showed her the ring and she snapped it in half.';
    expect(readFacts(pasted(text), loadPolicySync(DEFAULT_POLICY_PATH)).problem).toBe('broken');
  });
});

/**
 * An ultimatum in the customer's own words — "refund it today or I'll take you to court" — is how a forceful
 * customer speaks (否则, 不然就 were read already).
 */
describe('an ultimatum in English', () => {
  it.each([
    "Refund it today or I'll take you to small claims court.",
    'Replace it this week, otherwise I will report you.',
  ])('when the customer sets one, then forceful is read: %s', (words) => {
    expect(
      readTemperament(ComplaintSchema.parse({ narrative: 'Customer at the counter.', customerWords: words })).type,
    ).toBe('forceful');
  });
});
