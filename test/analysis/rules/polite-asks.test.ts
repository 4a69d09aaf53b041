import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a message or a note. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe('an ask put politely: please, 请, 麻烦, 烦请, 拜托', () => {
  it.each([
    ['refund', '请退款。'],
    ['refund', '请给我退款，谢谢。'],
    ['compensation', '请你们赔偿我的损失，包括来回的车费。'],
    ['refund', '麻烦你们尽快把钱退给我。'],
    ['refund', '烦请贵店退款。'],
    ['exchange', '拜托帮我换一条新的。'],
    ['compensation', '請你們賠償我的損失，包括來回車費。'],
    ['repair', '請貴店盡快幫我維修。'],
    ['refund', '麻煩你哋退返錢俾我。'],
    ['compensation', 'Please compensate me for the trip.'],
    ['refund', 'Kindly refund the deposit.'],
  ] as const)('when the customer asks politely, then the ask is read: %s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each([['赔我钱！'], ['賠我錢！']])(
    'when a short demand for money is said by itself, then it asks compensation: %s',
    (text) => {
      expect(aimOf(text)).toBe('compensation');
    },
  );

  it.each([
    // 请 hires or invites, 麻烦 is a bother: neither asks the shop for anything.
    ['店员请她稍等，说马上给她换一条。'],
    ['退货太麻烦了，我就没去。'],
    ['退貨太麻煩，我最後冇去。'],
    ['The clerk asked her to please wait while he fetched a new one.'],
  ])('when 请 or 麻烦 is not the customer asking a remedy, then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });
});
