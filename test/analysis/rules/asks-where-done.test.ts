import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/**
 * Looking for where a piece can be fixed asks for the repair (哪里可以修, "where I could get it fixed", "someone who could
 * repair it"), and what the shop says is hard or impossible to do is what was asked of it (不好修, 修不了), as "they
 * couldn't repair it" is. Texts written for these tests.
 */
describe('looking for where it can be done, or told it is hard to do', () => {
  it.each([
    ['repair', 'The hinge snapped on holiday, so I searched online for where I could get it fixed.'],
    ['repair', 'She rang around town looking for someone who could repair the clasp.'],
    ['repair', '镜腿断了,我马上上网查哪里可以修理。'],
    ['repair', '鏡腳斷了,我即刻上網查哪裡可以維修。'],
    ['repair', '店员看了一眼说这种镜架不好修。'],
    ['repair', '店員看了一眼說這款手錶修不了。'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each([
    ['她本来想修一下,但店员说修不好,她要求退款。', 'refund'],
    ['I asked where to park, and the clerk pointed at the garage.', 'unknown'],
    ['這條手鏈不好看,她不太喜歡。', 'unknown'],
  ] as const)('when the place sought or the hard thing is no remedy, then it is not read as one: %s', (text, aim) => {
    expect(aimOf(text)).toBe(aim);
  });
});
