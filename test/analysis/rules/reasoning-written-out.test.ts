import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * The analytical customer of seed 001 (理性, 逻辑力强) argues the case: whether the shop's answer makes sense, what
 * follows from what, the law given as grounds. Texts written for these tests in three scripts, not taken from any
 * labelled set; each has no other sign of a type.
 */
describe('reasoning written out reads analytical', () => {
  it.each([
    ['Forty pounds to fit a clasp that costs two pounds makes no sense to me.'],
    ["It doesn't make sense that the same chain broke twice in one month."],
    ['By law they have to put right a watch that stopped in its first month.'],
    ['In other words the ring had never been the gold it was sold as.'],
    ['手表修了三次还是不走,按理说早该换一块新的。'],
    ['也就是说,这条项链从一开始就不是足金的。'],
    ['這說不通,同一條鏈子一個月內斷了兩次。'],
    ['法律規定,保養期內壞了的手錶應該免費修理。'],
  ])('when the teller argues the case, then analytical is read: %s', (text) => {
    const result = reading(text);
    expect(result.type).toBe('analytical');
    expect(result.confidence).toBeLessThan(0.5);
  });
});
