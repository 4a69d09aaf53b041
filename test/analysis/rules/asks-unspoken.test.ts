import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative })).kind;

describe('a return asked for as a return or exchange (退换)', () => {
  it.each(['耳环戴了一天就掉色,她回到店里要求退换。', '耳環戴了一天就掉色,她回到店裡要求退換。'])(
    'then the customer asks for the money back: %s',
    (text) => {
      expect(aimOf(text)).toBe('refund');
    },
  );

  it('and a shop that takes nothing back says so without anyone asking', () => {
    expect(aimOf('店里贴着告示:特价商品概不退换。')).toBe('unknown');
  });
});

describe('what the customer needs', () => {
  it.each([
    ['refund', 'The tiara broke within the hour. "I need to return it," she said.'],
    ['repair', 'He came back to the counter: he needed the clasp fixed before Friday.'],
  ] as const)('then it is the ask (%s): %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('and what the staff tell a customer she will need to do is no ask of hers', () => {
    expect(aimOf('I explained that she would need to pay for the repair when she picked it up.')).toBe('unknown');
  });
});

describe('an apology the shop withheld, when nothing else is asked', () => {
  it.each([
    'They handed her someone else’s ring, and the assistant manager didn’t even apologize.',
    'The clerk snapped at us and never said sorry.',
    '店员把她的戒指弄花了,连句道歉都没有。',
    '店員把她的戒指弄花了,連句道歉都沒有。',
    '店长从头到尾没有向她道歉,还说是顾客自己弄坏的。',
  ])('then the customer wants an apology: %s', (text) => {
    expect(aimOf(text)).toBe('apology');
  });

  it('and an ask named beside it still decides', () => {
    expect(aimOf('The manager never apologized, and I want a full refund.')).toBe('refund');
  });

  it('and a customer who would not apologise asks for nothing', () => {
    expect(aimOf('The staff were polite; she shouted at them and never apologized.')).toBe('unknown');
  });
});

describe('a remedy carried out, when nothing was asked in words', () => {
  it.each([
    ['exchange', 'The clasp failed after a month, so I went back and had the bracelet replaced.'],
    ['repair', 'She got the watch fixed at the counter and left.'],
    ['exchange', '项链戴了一周就断了,店员给她换了一条。'],
    ['exchange', '項鍊戴了一週就斷了,店員給她換了一條。'],
  ] as const)('then that remedy is the best sign of what was wanted (%s): %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('and an ask in words still decides', () => {
    expect(aimOf('She had the chain replaced once already, and now she wants her money back.')).toBe('refund');
  });
});
