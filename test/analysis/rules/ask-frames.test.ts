import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe('a lawsuit asks for damages, in either script', () => {
  it.each([
    '林小姐一怒之下提告金店,最后双方和解。',
    '林小姐一怒之下提告金店,最後雙方和解。',
    '陈先生将眼镜店告上法庭。',
    'She sued the jeweller in small claims.',
  ])('when the customer sues, then the aim is compensation: %s', (text) => {
    expect(aimOf(text)).toBe('compensation');
  });
});

describe('the shop asked to pay for the work', () => {
  it.each([
    'I asked if they would pay to have the crystal replaced. They declined.',
    'She wanted them to pay for a new clasp to be fitted.',
  ])(
    'when the customer asks the shop to pay for a repair or a replacement, then the aim is compensation: %s',
    (text) => {
      expect(aimOf(text)).toBe('compensation');
    },
  );
});

describe('words that only look like an ask', () => {
  it.each([
    '她说发帖的原意并非要求任何补偿,只是不满店员的态度。',
    '她說發帖的原意並非要求任何補償,只是不滿店員的態度。',
    '当时想想也没错,就按老板的想法换了镜框。',
  ])('when the ask word is denied or means "idea" or "think", then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it('when a customer insists, then 非要 is still an ask', () => {
    expect(aimOf('顾客非要退货不可。')).toBe('refund');
  });
});
