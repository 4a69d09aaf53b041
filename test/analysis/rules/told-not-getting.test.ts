import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/**
 * A remedy someone is told they will not get is one they asked for, as one they failed to get is: "you're not getting
 * your deposit back", "she won't get a refund", 退唔到, 退不了; "will not" refuses as "won't" does. Texts written for these
 * tests.
 */
describe('a remedy told as one that will not be had', () => {
  it.each([
    ['refund', "Stop calling us. You're not getting your deposit back."],
    ['refund', 'The owner made it plain that she is not going to get her money back.'],
    ['exchange', 'He was told he will not get a replacement without the receipt.'],
    ['refund', 'The store will not refund her for the custom piece.'],
    ['refund', '店员说订金是退不了的。'],
    ['refund', '店員話訂金係退唔到嘅。'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each([["I'm not getting any younger, and the ring still fits."], ['She will not get married until next spring.']])(
    'when nothing a remedy names is withheld, then nothing is asked: %s',
    (text) => {
      expect(aimOf(text)).toBe('unknown');
    },
  );
});
