import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const typeOf = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative })).type;

/**
 * A transcript pasted with its speakers labelled and no quotes: a line the staff label opens is the staff's, and their
 * apology or patience is no sign of the customer's manner.
 */
describe('a staff line of a transcript says nothing of the customer', () => {
  it.each([
    "Customer: The stone's gone! I only bought it last week!\nStaff: I'm so sorry, could I please have a look?\nCustomer: Look! It's just gone!",
    'Customer: The watch stopped again.\nAssistant: Sorry to hear that, thank you for bringing it in.\nCustomer: It was only fixed on Monday.',
    '顾客:钻石不见了,上周才买的。\n店员:不好意思,麻烦您给我看一下,谢谢。\n顾客:就是这颗没了。',
    '顧客:鑽石不見了,上週才買的。\n店員:不好意思,麻煩您給我看一下,謝謝。\n顧客:就是這顆沒了。',
  ])('then the staff’s politeness reads no peaceable customer: %s', (text) => {
    expect(typeOf(text)).not.toBe('peaceable');
  });

  it('and the customer’s own polite line still reads peaceable', () => {
    expect(
      typeOf(
        'Customer: Sorry to bother you, the stone fell out. Whatever you think is best, thank you.\nStaff: Let me see it.',
      ),
    ).toBe('peaceable');
  });
});
