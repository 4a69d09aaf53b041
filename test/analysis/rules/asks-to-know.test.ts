import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/**
 * Asking to be told what happened, or when the work will be done, asks for an explanation (the labelling guide: "I want
 * to know why" is assurance). Asking a price is no such ask. Texts written for these tests.
 */
describe('an ask to be told what happened or when', () => {
  it.each([
    ['assurance', 'It has been nine days. I need to know when my glasses will be ready.'],
    ['assurance', 'She wants to know what happened to the stone she left with them.'],
    ['assurance', '等了两个星期,我想知道到底什么时候能取。'],
    ['assurance', '她想弄清楚戒指到底是怎么坏的。'],
    ['assurance', '等咗兩個禮拜,我想知道幾時先攞得。'],
    ['assurance', '佢想知點解隻錶會入水。'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each([['He wanted to know how much the eye exam would be.'], ['她想知道这款手链多少钱。']])(
    'when only a price is asked, then nothing is asked for: %s',
    (text) => {
      expect(aimOf(text)).toBe('unknown');
    },
  );
});
