import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes an email or a message. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/**
 * An ask put gently, as whether the thing could be done at all: "any chance you could…", "I was wondering if you could…",
 * "would it be possible to…", 有没有可能. What follows is asked for, as after "could you".
 */
describe('an ask put as whether it could be done is the ask', () => {
  it.each([
    ['repair', 'The ring is gorgeous, but the stone fell out after a week. Any chance you could reset it? Thanks!'],
    ['repair', 'I was wondering if you could put a new battery in it, since it stopped within the month.'],
    ['exchange', 'The frames pinch behind my ears. Would it be possible to swap them for the wider pair?'],
    ['refund', 'Is there any way you could refund the deposit? The dress fitting never happened.'],
    ['exchange', '手链戴了三天就断了,有没有可能换一条新的?'],
    ['exchange', '手鍊戴了三天就斷了,有沒有可能換一條新的?'],
  ] as const)('then the aim is what is asked: %s → %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each([
    'Is it possible the stone was already loose when I bought the ring?',
    '有没有可能是我自己不小心把表弄进水了?',
  ])('and whether a fact could be so asks for nothing: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });
});
