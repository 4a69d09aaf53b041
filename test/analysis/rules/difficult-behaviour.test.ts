import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags read from a text pasted whole. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

/**
 * A difficult customer is known by behaviour — abuse of the staff, the same demand again and again, claiming
 * for a living — not by anger alone. Texts written for these tests, in English, simplified and traditional
 * Chinese.
 */
describe('difficult-customer behaviour in retold complaints', () => {
  it.each([
    ['vulgar', 'He hurled abuse at the cashier and walked out.'],
    ['vulgar', '该男子当场破口大骂,对店员出言不逊。'],
    ['vulgar', '該名顧客辱罵店員長達十分鐘。'],
    ['nagging', 'She repeatedly demanded the same refund, day after day.'],
    ['nagging', '他三番五次到店,一再要求退全款。'],
    ['nagging', '她每天打電話來,反覆要求同一件事。'],
    ['troublemaker', 'Staff believe he is a professional complainer who buys to claim.'],
    ['troublemaker', '店方怀疑对方是职业打假人,知假买假。'],
    ['troublemaker', '業者指對方是職業打假,專門知假買假。'],
  ] as const)('when a retelling shows it, then %s is flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    // The shop refusing, as it reported it, is no stubborn customer.
    '店长表示,该戒指褪色属于正常现象,不接受顾客的退款要求。',
    '經理表示不接受退貨。',
    'The manager said they would not accept the return.',
  ])('when the shop reports its own refusal, then the customer is not stubborn: %s', (text) => {
    expect(kinds(text)).not.toContain('stubborn');
  });

  it('when a customer is only angry, then no difficult kind is flagged', () => {
    expect(kinds('She was upset and disappointed that the ring broke after a week.')).toEqual([]);
    expect(kinds('王女士很生气,要求退款。')).toEqual([]);
  });
});
