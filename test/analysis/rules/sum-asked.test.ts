import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a note, a review or a tribunal summary. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/**
 * A sum of money as what is asked is money paid over for a loss, whatever the clause says it is for ("seeks $450 for a
 * diamond … the defendant reset" asks no resetting); the sum back is a refund, the sum off the price a discount.
 */
describe('a sum of money asked for names the aim', () => {
  it.each([
    [
      'compensation',
      'Small claims: the claimant seeks $450 for a diamond that fell out of a ring the defendant reset.',
    ],
    ['compensation', 'Mr Grant came in and demanded 500 yuan for the scratched watch glass.'],
    ['compensation', 'I want £50 for the trouble of three trips to the shop.'],
    ['refund', 'She wants her $80 back for the earrings that turned her ears green.'],
    ['discount', 'I asked for £20 off because of the scratch on the band.'],
    ['compensation', '她要两千块,说是耽误了婚礼的损失。'],
    ['compensation', '她要兩千塊,說是耽誤了婚禮的損失。'],
  ] as const)('then the aim follows the sum: %s → %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each([
    ['exchange', 'I want a new one; the £50 it cost is not the point.'],
    ['assurance', 'I want to know why it took 6 weeks and cost $90.'],
  ] as const)('and a sum that is not what is asked leaves the ask as it is: %s → %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});
