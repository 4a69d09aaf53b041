import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const pasted = (narrative: string) => ComplaintSchema.parse({ narrative });

/**
 * A "he" or "she" the shop's side says of itself is the shop's: "the manager said he would not give her a refund"
 * refuses the refund she asked for, while "she said she would not accept a repair" is the customer refusing.
 */
describe('the shop speaking of itself', () => {
  it.each(['The manager said he would not give her a refund.', '店长说他不能退款。', '店長說他不能退款。'])(
    'when the shop refuses after saying "he", then the refused remedy is the ask: %s',
    (text) => {
      expect(readAim(pasted(text), null).kind).toBe('refund');
    },
  );

  it('when the customer refuses, then it is no ask (a guard)', () => {
    expect(readAim(pasted('She said she would not accept a repair.'), null).kind).not.toBe('repair');
  });
});
