import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a note or a message. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/**
 * Silver's cleaning is a service the policy gives (seed 002: 银饰免费清洗): a piece asked to be cleaned or polished is
 * asked to be put right, said with the piece as its object ("clean it", "polish them") as with "clean the".
 */
describe('a piece asked to be cleaned or polished is a repair asked for', () => {
  it.each([
    'Her silver necklace has gone black. She asked if we could clean it.',
    'My silver ring went dark within weeks. Could you polish it for me?',
    'The earrings look dull already; I want you to clean them properly.',
    '银戒指发黑了,她问能不能帮忙抛光一下。',
    '銀戒指發黑了,她問能不能幫忙拋光一下。',
    '银手链氧化了,顾客希望店里帮她洗干净。',
  ])('then the aim is repair: %s', (text) => {
    expect(aimOf(text)).toBe('repair');
  });

  it.each(['The clerk told me to polish it myself with toothpaste.', '店员叫我回家自己用牙膏擦亮。'])(
    'and cleaning the shop tells the customer to do asks nothing of the shop: %s',
    (text) => {
      expect(aimOf(text)).toBe('unknown');
    },
  );
});
