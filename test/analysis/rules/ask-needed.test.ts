import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/**
 * What a person says they need done is asked for as what they want done: "I need it fixed" asks as "I want it fixed"
 * does, and 我需要把它修好 as 我要把它修好. What the piece needs is a fact about it, no ask.
 */
describe('what the customer needs done is their ask', () => {
  it.each([
    ['repair', 'The clasp came apart on the second day. I need it fixed before Saturday.'],
    ['exchange', 'Both lenses were the wrong prescription, so we need them replaced.'],
    ['repair', 'My daughter needed it repaired for her graduation and they kept it a month.'],
    ['repair', '项链的扣子戴了两天就坏了,我需要把它修好再去参加婚礼。'],
    ['repair', '項鍊的扣子戴了兩天就壞了,我需要把它修好再去參加婚禮。'],
    ['exchange', '镜片度数配错了,她需要换一副新的。'],
  ] as const)('then a need said of a person reads as the ask: %s → %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each([
    'The watch needs a new battery every few months, the clerk told me.',
    'It needs them tightened now and then, which is normal for this frame.',
    '这块表需要定期换电池,店员也说过。',
    '這塊錶需要定期換電池,店員也說過。',
  ])('and what the piece needs asks for nothing: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });
});
