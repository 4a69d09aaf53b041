import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * Words that hold a temperament cue without meaning it, each beside the cue meant. Texts written for these tests in
 * three scripts, not taken from any labelled set.
 */
describe('temperament cues inside words that do not mean them', () => {
  it.each([
    ['read it out loud', 'She read the repair slip out loud at the counter.', 'She was loud and rude to the clerk.'],
    [
      'either … or else',
      'They either wanted the clasp fixed for free or else they wanted a new one.',
      'Fix the clasp by Friday, or else I go to the papers.',
    ],
    ['I want to buy', 'I want to buy one of the watches in the window.', 'I want a refund, and I want it today.'],
    ['she wants to know', 'She wants to know when the watch will be ready.', 'She wants her money back today.'],
  ])('when "%s" is said, then no forceful customer is read: %s', (_words, plain, meant) => {
    expect(reading(plain).type).not.toBe('forceful');
    expect(reading(meant).type).toBe('forceful');
  });

  it.each([
    ['她拿着一条款式别致的项链来到店里。', '她拿出合同,指着保修条款一条条核对。'],
    ['她拿著一條款式別緻的項鍊來到店裡。', '她拿出合約,指著保修條款一條條核對。'],
    // 理性消费, 理性维权: a council's or a reporter's advice to all shoppers, not a rational customer.
    ['市场监管局提醒消费者理性消费,依法理性维权。', '她很理性,把问题一条一条列了出来。'],
    ['消委會呼籲市民理性消費。', '她很理性,把問題一條一條列了出來。'],
    // 对称, 号称: symmetric, so-called — nothing weighed.
    ['戒指戴了两个月就不对称了。', '她把戒指放到秤上称了一下,少了0.3克。'],
    ['號稱最堅硬的鉑金戒指戴了兩個月就不對稱了。', '她把戒指放到秤上稱了一下,少了0.3克。'],
  ])(
    'when a set phrase holds an analytical cue (一条款式, 理性消费, 对称), then it is not read: %s',
    (plain, meant) => {
      expect(reading(plain).type).toBe('unknown');
      expect(reading(meant).type).toBe('analytical');
    },
  );
});
