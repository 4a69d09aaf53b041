import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe('a remedy the customer says they do not want is not the ask', () => {
  it.each([
    ['repair', "The ring broke after a week. I don't want a refund, I just want it fixed."],
    ['repair', "The ring broke. I didn't ask for a refund, I want it repaired."],
    ['repair', 'The clasp broke. We don’t want our money back, we want it repaired.'],
    // Chinese denies before the ask word, and did already (a guard).
    ['repair', '戒指戴了一周就断了。我不要退款,帮我修好就行。'],
    ['repair', '戒指戴了一週就斷了。我不要退款,幫我修好就行。'],
    // A denial before the ask word itself (不会要求, 不想要求): the ask is denied, not made.
    ['unknown', '戒指戴了一周就断了。我不会要求赔偿。'],
    ['repair', '戒指戴了一週就斷了。我不想要求賠償，幫我修好就行。'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('when the shop is the one that did not want to, then the customer denied nothing (a guard)', () => {
    expect(aimOf("The store admits the ring is defective, but didn't want to replace it.")).toBe('exchange');
  });
});

describe('an ask put as a polite imperative', () => {
  it.each([
    ['refund', 'The clasp broke after two days. Please refund me.'],
    ['repair', 'The clasp broke. Please just fix the clasp.'],
    ['exchange', 'The watch stopped on the second day, kindly replace it.'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it("when the shop's side says please, then it asks nothing for the customer (a guard)", () => {
    expect(aimOf('The clerk said please bring it back tomorrow.')).toBe('unknown');
  });
});

/** A bare imperative opening its clause — a remedy's verb with its object, 退钱！, 给我换一条 — asks as "please" does. */
describe('an ask put as a bare imperative', () => {
  it.each([
    ['refund', 'The clasp broke after two days. Refund me.'],
    ['repair', 'The clasp broke again. Just fix it.'],
    ['exchange', 'The watch stopped on the second day. Send me a new one.'],
    ['refund', '手链戴了两天就断了。退钱！'],
    ['exchange', '手鏈戴了兩天就斷了。給我換一條新的！'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each(['The clerk said: Fix it yourself.', 'Returned it to the store the next day.'])(
    'when the shop speaks it, or the verb tells what was done, then nothing is asked (a guard): %s',
    (text) => {
      expect(aimOf(text)).toBe('unknown');
    },
  );
});
