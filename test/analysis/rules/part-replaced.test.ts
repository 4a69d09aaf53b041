import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/**
 * A part put in new is a repair of the piece (the labelling guide counts a battery as repair, and a lens, a strap or a
 * clasp is the same work); the piece itself put in new is an exchange. Texts written for these tests.
 */
describe('a part replaced is a repair, the piece replaced an exchange', () => {
  it.each([
    ['repair', 'The coating peeled within a month, so I asked them to replace the lenses.'],
    ['repair', 'He wanted the strap changed before the trip.'],
    ['repair', 'She asked for replacement nose pads.'],
    ['repair', '镜片起雾,王先生要求店家更换镜片。'],
    ['repair', '表带断了,她希望给换个新的表带。'],
    ['repair', '錶帶斷咗,佢想換錶帶。'],
    ['repair', '鏡片刮花了,陳小姐要求免費更換鏡片。'],
  ] as const)('when a part is to be put in new, then %s is read: %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each([
    ['exchange', 'The watch stopped twice, so she asked them to replace the watch.'],
    ['exchange', '眼镜戴了三天就坏了,她要求换一副眼镜。'],
    ['exchange', '手錶戴了三天就壞了,他要求換一隻新的。'],
  ] as const)('when the piece itself is to be replaced, then %s is still read: %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});
