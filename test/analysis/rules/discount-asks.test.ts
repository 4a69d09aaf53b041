import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a message or a note. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe('a price cut asked with its measure or a softener between: 打个折, 打个八折, 少收点', () => {
  it.each([
    ['discount', '能不能给我打个折？这个瑕疵我也不是不能接受。'],
    ['discount', '希望可以打个八折，我就不退了。'],
    ['discount', '可唔可以打個折俾我？'],
    ['discount', '能不能打點折，畢竟有個小刮痕。'],
    ['discount', '能不能少收点？'],
    ['discount', 'Could you give me a discount for the scratch?'],
  ] as const)('when the customer asks for a price cut, then the aim is discount: %s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('when a price cut is only how it was bought, then nothing is asked', () => {
    expect(aimOf('买的时候打了八折，结果戴了三天就断了。')).toBe('unknown');
  });
});
