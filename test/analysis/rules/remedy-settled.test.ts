import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe('a remedy the shop let the customer have is the one settled on', () => {
  it.each([
    ['refund', '老板看了发票后,只好让她退货。'],
    ['exchange', '老闆看了發票後,最後讓她換一條。'],
    ['exchange', 'After an hour the manager finally let her exchange the bracelet.'],
    ['refund', 'The store allowed him to return the watch a week later.'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});

describe('a remedy told as received is the one settled on', () => {
  it.each([
    ['compensation', '折腾了两个月,最终消费者获得了500元赔偿。'],
    ['refund', '折騰了兩個月,最終消費者拿到了全額退款。'],
    ['exchange', 'A month later she was given a replacement watch.'],
    ['refund', 'He received a full refund two weeks later.'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});
