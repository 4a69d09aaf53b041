import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a message or a note. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe('"never again" asked: an assurance, not a remedy set aside', () => {
  it.each([
    ['assurance', '希望以后不要再发生这种事。'],
    ['assurance', '希望以后别再发生这种事。'],
    ['assurance', '希望贵店避免类似情况再次发生。'],
    ['assurance', '希望以後唔好再發生呢啲事。'],
    ['assurance', '希望貴店以後唔好再有下次。'],
    ['assurance', '我只希望你們以後不要再發生這種事。'],
    ['assurance', 'I want to make sure this never happens again.'],
  ] as const)('when the customer asks that it not happen again, then the aim is assurance: %s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each([
    ['refund', '我要退款，不要再修了。'],
    ['refund', '我要退錢，唔要再整。'],
    ['refund', 'I want a refund rather than another repair.'],
  ] as const)('when a remedy is still set aside, then what is left is the ask: %s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('when the shop says it will not happen again, then the customer asks nothing', () => {
    expect(aimOf('店员说这种事以后不会再发生了。')).toBe('unknown');
  });
});
