import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe('an ask named as a 诉求, the word complaint platforms head it with', () => {
  it.each([
    ['refund', '消费者诉求:退货退款。'],
    ['compensation', '投诉诉求:赔偿损失,金额五百元。'],
    ['exchange', '我的訴求是換一條新的手鏈。'],
  ] as const)('then what follows it is the ask: %s → %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});

describe('asks in Cantonese: a condition set with 唔, a question with 點解唔 or 可唔可以', () => {
  it.each([
    ['refund', '唔退錢我就去消委會投訴。'],
    ['compensation', '如果佢哋唔賠錢,我就報警。'],
    ['refund', '點解唔可以退錢?'],
    ['exchange', '我問店員可唔可以換過一隻。'],
  ] as const)('then the demanded remedy is the ask: %s → %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});

describe('the customer telling the shop what to do', () => {
  it.each([
    ['refund', 'She told them to give her money back.'],
    ['repair', 'I told the jeweler to fix the prongs at his own cost.'],
  ] as const)('then what the shop is told to do is the ask: %s → %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('when the shop tells the customer what to do, then it is no ask of hers', () => {
    expect(aimOf('The manager told her to bring the ring back on Monday.')).toBe('unknown');
  });
});

describe('what a piece needs, or what someone had to have done, is no ask', () => {
  it.each([
    'Last spring the watch needed a new battery, the third in two years.',
    'This cheap necklace needs a repair every few months.',
    'To keep the warranty, we had to have the rings inspected every six months.',
    'After that she has to have the clasp repaired at each visit.',
  ])('then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it.each([
    ['refund', 'She needed a refund before the holidays.'],
    ['repair', 'I wanted to have it repaired under the warranty.'],
  ] as const)('and a person needing or wanting it still asks: %s → %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});

describe('more words of asking and of getting money back', () => {
  it.each([
    ['repair', 'She would settle for having the clasp repaired.'],
    ['compensation', 'The family is asking the company to reimburse them.'],
    ['refund', '她向消委會求助,希望取回訂金。'],
    ['refund', '他想拿回货款,店家一直拖。'],
  ] as const)('then the ask is read: %s → %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('when a piece is only collected, then no money is asked back', () => {
    expect(aimOf('她去店里取回修好的戒指。')).toBe('unknown');
  });
});
