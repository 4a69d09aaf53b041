import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/**
 * A customer who holds the price up against another shop's, and asks for nothing in words, wants it brought down
 * (seed 000: 减价). Texts written for these tests.
 */
describe("a price held up against another shop's", () => {
  it.each([
    ['“Twelve dollars for a battery? My usual jeweller does it for half that.”'],
    ['He frowned at the quote. The optician across the road charges a lot less, he said.'],
    ['她看了报价就说,别家才收五十块。'],
    ['佢睇完報價就話,隔籬舖頭免費幫人換。'],
    ['他看了報價就說,別家才收五十塊。'],
  ])('when the customer compares prices, then a discount is read: %s', (text) => {
    expect(aimOf(text)).toBe('discount');
  });

  it.each([
    ['The new shop next door opened last week and sells mostly silver.'],
    ['别家店的款式比较多,她逛了一圈才回来。'],
    ['別家店的款式比較多,她逛了一圈才回來。'],
  ])('when another shop is named without a price held against this one, then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it('when the customer asks for something in words, then that ask stands', () => {
    expect(aimOf('别家才收五十块,她要求店家退款。')).toBe('refund');
  });
});
