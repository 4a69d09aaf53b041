import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * The analytical customer of seed 001 (分析型: facts, records, value for money, technical detail) keeps the dates,
 * looks closely, researches before buying and weighs the price against the trade. Texts written for these tests in
 * three scripts, not taken from any labelled set; each has no other sign of a type.
 */
describe('records, close looks and the price weighed read analytical', () => {
  it.each([
    // a dated log: two calendar days or more
    ['The bracelet was delivered on 3rd March and the clasp had broken by 19th March.'],
    ['We dropped the watch off on May 2 and collected it on June 14, still running slow.'],
    ['3月2日买的项链,3月20日扣子就断了。'],
    ['3月2日買的項鍊,3月20日扣子就斷了。'],
    // a reporter's timeline of three days or more retells the customer's log
    ['李女士的手表5月3日第一次停走,5月20日修好后又停,6月9日第三次送修。'],
    ['李女士的手錶5月3日第一次停走,5月20日修好後又停,6月9日第三次送修。'],
    // researching, a close look
    ['I spent weeks researching the stone before I ordered the ring from them.'],
    ['Under the lamp I took a close look at the setting and one prong was bent.'],
    // the price weighed against the trade
    ['The mark-up on these frames must be enormous for what they are.'],
    ['同样的金镯子,同行的市场价比他们便宜两百块。'],
    ['同樣的金手鐲,同行的市場價比他們便宜兩百塊。'],
  ])('when the customer keeps the record or weighs the facts, then analytical is read: %s', (text) => {
    const result = reading(text);
    expect(result.type).toBe('analytical');
    expect(result.confidence).toBeLessThan(0.5);
  });

  it.each([
    ['The bracelet was delivered on 3rd March and the clasp broke soon after.'],
    ['3月2日买的项链,没几天扣子就断了。'],
    ['3月2日買的項鍊,沒幾天扣子就斷了。'],
  ])('when a story gives one date, then no type is read from it: %s', (text) => {
    expect(reading(text).type).toBe('unknown');
  });
});
