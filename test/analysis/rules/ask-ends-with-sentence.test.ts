import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe('an ask ends with its sentence', () => {
  it.each([
    ['I took it back. The clerk said the lens would be replaced for free.'],
    ['She brought it back in. The jeweller looked at the clasp and replaced it.'],
    ['I dropped it off on Monday. "It will be repaired by Friday." Nobody called.'],
  ])('when the next sentence tells what the shop said or did, then it is no part of the ask: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it.each([
    // The Chinese full stop already ended a sentence: the same story told in either script asks nothing.
    ['我把手表拿回店里。店员说会给我换一个新的表带。'],
    ['我把手錶拿回店裡。店員說會給我換一個新的錶帶。'],
  ])('when a Chinese retelling tells the same, then nothing is asked either (a guard): %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it('when a title ends in a full stop, then the sentence goes on (a guard)', () => {
    expect(aimOf('She asked Mr. Lee for a refund.')).toBe('refund');
  });
});

describe('the forms an ask kept within its sentence', () => {
  it.each([
    ['repair', 'The obvious thing was to take it back and ask them to fix it.'],
    ['repair', "I took it to the jeweller's shop and asked them to repair the clasp."],
    ['exchange', 'So I took them back and have now had them changed for another pair.'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});
