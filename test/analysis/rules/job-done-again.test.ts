import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/** A job asked to be done again is a repair in any tense: "redo", "wants it redone", "needs them remade", 重做. */
describe('a job asked to be done again is a repair, however the verb is inflected', () => {
  it.each([
    'The engraving on his band is spelt wrong and he wants it redone before Friday.',
    'The lenses were cut for the wrong eye, so I asked for them to be remade.',
    'She insisted they redo the setting at no charge.',
    'He is asking for the inscription to be redone in the right font.',
    '刻字刻错了,她要求店里重做。',
    '刻字刻錯了,她要求店裡重做。',
    '镜片磨错了,顾客希望重新做一副。',
  ])('then the aim is repair: %s', (text) => {
    expect(aimOf(text)).toBe('repair');
  });
});
