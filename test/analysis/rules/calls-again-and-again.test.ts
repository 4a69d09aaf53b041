import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags read from a staff note or a pasted text. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

/** The same customer calling again and again, in the everyday words of each place: ringing, texting, 一直打电话. */
describe('a customer who keeps ringing or texting is nagging', () => {
  it.each([
    'Mrs Lee keeps ringing about the ring. Every day this week.',
    'He kept texting the shop mobile asking if the watch was ready.',
    'She rang every day for a fortnight about the same bracelet.',
    '顾客一直打电话来问表修好了没有,一天打好几次。',
    '顧客一直打電話來問錶修好了沒有,一天打好幾次。',
  ])('then nagging is flagged: %s', (text) => {
    expect(kinds(text)).toContain('nagging');
  });

  it.each([
    'The phone keeps ringing in the shop and nobody answers it.',
    'The phone kept ringing but nobody picked up, so I drove there.',
  ])('and a phone that keeps ringing is no customer nagging: %s', (text) => {
    expect(kinds(text)).not.toContain('nagging');
  });
});
