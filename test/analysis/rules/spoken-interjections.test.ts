import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * The lively customer of seed 001 (说话多, 表现力强) writes a story the way they would tell it aloud, with the
 * interjections of talk — surprise, mock dismay — dropped in. Texts written for these tests in three scripts, not
 * taken from any labelled set; each has no other sign of a type.
 */
describe('a story told with the interjections of talk reads lively', () => {
  it.each([
    ['Geez, the repair bill for one bent prong came to two hundred dollars.'],
    ['Yep, the second watch stopped on the very same day as the first one.'],
    ['Whoa, the chain snapped again the week after it came back from the shop.'],
    ['哎呀,刚取回来的项链又断了,扣子也掉了。'],
    ['我的天,手表修了三次还是不走。'],
    ['哎喲,剛拿回來的戒指又鬆了。'],
    ['天吶,新買的手鏈戴了兩天就斷了。'],
  ])('when the teller writes it as talk, then lively is read: %s', (text) => {
    const result = reading(text);
    expect(result.type).toBe('lively');
    expect(result.confidence).toBeLessThan(0.5);
  });
});
