import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe('an ask that only describes who asked gives way to one stated outright', () => {
  it.each([
    ['accountability', '商家先卖高价,又出手打伤要求退款的顾客,顾客誓言追究到底。'],
    ['accountability', '商家先賣高價,又出手打傷要求退款的顧客,顧客誓言追究到底。'],
    [
      'accountability',
      'The clerk shoved the woman who asked for a refund, and she vowed to hold the store accountable.',
    ],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('when nothing else is asked, then the described ask is the ask (a guard)', () => {
    expect(aimOf('商家先卖高价,又出手打伤要求退款的顾客。')).toBe('refund');
    expect(aimOf('The clerk shoved the woman who asked for a refund.')).toBe('refund');
  });
});
