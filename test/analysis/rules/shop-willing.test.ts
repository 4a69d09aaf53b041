import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/**
 * A remedy the shop said it was willing to carry out (English "happy to", "willing to", as 愿意), or one the customer
 * told the shop to go ahead with, is the remedy settled on when nothing was asked in words. Texts written for these
 * tests.
 */
describe('a remedy the shop is willing to do, or the customer gives the go-ahead for, is the one settled on', () => {
  it.each([
    ['repair', 'I showed them the chipped coating and they said they would be more than happy to replace the lenses.'],
    ['refund', 'The manager looked at the receipt and said she was willing to refund the full price.'],
    ['repair', 'The watchmaker quoted $90 for an overhaul, and I told him to go ahead with it.'],
    ['repair', 'Two days later I gave them the go-ahead to rebuild the movement.'],
    ['refund', '店长看过发票后,表示愿意退款。'],
    ['refund', '店長看過發票後,表示願意退款。'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each([
    ['They were not willing to replace the lenses.'],
    ['I was happy to see the shop so busy.'],
    ['The store is happy to exchange items within 30 days, the sign by the till says.'],
  ])('when no one is willing to do a remedy, then nothing is settled: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });
});
