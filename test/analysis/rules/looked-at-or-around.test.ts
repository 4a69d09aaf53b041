import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/**
 * Having the piece looked at asks for a repair; a look around the shop or at its displays is browsing. Texts written
 * for these tests.
 */
describe('a look at the piece, not a look around the shop', () => {
  it.each([
    ['repair', 'The clasp kept opening, so I asked the jeweller to take a look at it.'],
    ['repair', 'She wanted them to have a look at her watch before the weekend.'],
    ['repair', '扣子老是打开,她希望师傅帮忙检查一下。'],
    ['repair', '扣子成日鬆開,佢想師傅幫手檢查一下。'],
  ] as const)('when the piece is to be looked at, then %s is read: %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each([
    ['A new jewellery shop opened nearby, so I went in to have a look around.'],
    ['We decided to take a look at some of the charms on the top shelf.'],
    ['新店开张,她想进去逛一逛。'],
    ['新店開張,佢想入去行下。'],
  ])('when someone only browses, then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });
});
