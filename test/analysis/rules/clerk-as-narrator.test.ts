import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * In a story the shop's side tells ("I work at…", "a lady came in", 我在金店上班, 有个客人进来), the narrator's "I" (我) is
 * the clerk: how the clerk explained, compared or kept calm is not the customer's manner. The customer's own words —
 * quoted, or a transcript's "Customer:" lines — and what "she" did still count. Texts written for these tests, in
 * English, simplified and traditional Chinese.
 */
describe("in a story told from the shop's side, the narrator's own clauses are the clerk's", () => {
  it.each([
    'I work at a jewellery counter. A lady came in with a broken chain. I explained calmly and in detail why the clasp had failed, and I compared it with a new one.',
    '我在金店上班。有个客人进来，说项链断了。我很耐心地跟她解释原因，我拿放大镜一条一条给她看。',
    '我在金店上班。有個客人進來，說項鏈斷了。我很耐心地跟她解釋原因，我拿放大鏡一條一條給她看。',
  ])('when the clerk explains and compares, then no analytical customer is read: %s', (story) => {
    expect(reading(story).type).not.toBe('analytical');
  });

  it.each([
    'I work at a jewellery counter. A lady came in with a broken chain. She compared it with a new one and asked for the details of the warranty.',
    'I work at a jewellery counter. A lady came in and said, "I compared it with the one online and I checked the weight."',
    '我在金店上班。有个客人进来，说项链断了，她拿着放大镜一条一条地对比。',
  ])('when the customer does it or says it, then it still counts: %s', (story) => {
    expect(reading(story).type).toBe('analytical');
  });
});

/** A transcript's bare customer lines ("Customer: TELL HER!") are the customer's own, exclamations and all. */
describe("a transcript's bare customer lines show how the customer spoke", () => {
  it('when the customer exclaims line after line, then a forceful customer is read', () => {
    const transcript = [
      'I was at the register when a lady came up with a return.',
      'Customer: These are broken! Take them back!',
      'Me: I can offer an exchange.',
      'Customer: No! Cash, here!',
    ].join('\n');
    expect(reading(transcript).type).toBe('forceful');
  });
});
