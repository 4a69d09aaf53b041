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

describe('a remedy asked with 给我 before "never again" is the ask', () => {
  it.each([
    ['repair', '这次给我修好，以后不要再发生这种事。'],
    ['repair', '我在你们店买的手链断了，这次给我修好，以后不要再发生这种事！'],
    ['exchange', '你们给我换一只新的，以后不要再出现这种问题了。'],
    ['exchange', '你們給我換一隻新的，以後不要再出現這種問題了。'],
    ['refund', '今天马上给我退款，以后别再卖这种东西。'],
  ] as const)('when the shop is told to give the remedy, then the remedy is the aim: %s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each(['上次给我修好的项链又断了。', '上次給我修好的項鍊又斷了。'])(
    'when the remedy was done before, then it is no ask: %s',
    (text) => {
      expect(aimOf(text)).toBe('unknown');
    },
  );
});
