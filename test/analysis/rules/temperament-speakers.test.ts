import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));
const cuesOf = (narrative: string) => reading(narrative).evidence.map((item) => item.cue);
const figuresCue = expect.stringMatching(/^\d+ figures$/);

/**
 * A reporter's or a council's dates, prices and weights are the story's facts; an analytical customer (seed 001:
 * 数据, 事实, 证据) is one who lays the figures out themselves — in their quoted words, or in what the report says
 * they told it. Each pair gives the same figures both ways. Texts written for these tests in three scripts, not
 * taken from any labelled set.
 */
describe('figures count as a case laid out only when the customer lays them out', () => {
  it.each([
    [
      '王女士于2023年5月1日在某金店花3200元买了一条12.5克的金项链,6月3日发现断裂。',
      '据王女士介绍,她于2023年5月1日花3200元买了一条12.5克的金项链,6月3日发现断裂。',
    ],
    [
      'Ms. Lee bought the bracelet on May 1, 2023 for $1,200. The chain was 4.3 grams and broke 18 days later.',
      '"I paid $1,200 on May 1, 2023, the chain was 4.3 grams and it broke 18 days later," Ms. Lee said.',
    ],
    [
      '陳先生於2021年8月1日在網店購買手錶,付款1200元,訂單列明預計8月6日出貨,至今未收到。',
      '陳先生表示,他於2021年8月1日下單,付了1200元,訂單列明預計8月6日出貨。',
    ],
  ])(
    'when a third party narrates the figures, then no analytical customer is read; when the customer gives them, it is: %s',
    (narrated, told) => {
      expect(reading(narrated).type).toBe('unknown');
      expect(cuesOf(narrated)).not.toContainEqual(figuresCue);
      expect(reading(told).type).toBe('analytical');
      expect(cuesOf(told)).toContainEqual(figuresCue);
    },
  );

  it("when a report has the shop give the figures, then they are not the customer's; a staff note's are", () => {
    expect(reading('记者了解到,店长表示,该项链于2023年5月1日售出,售价3200元,重12.5克,6月3日送修。').type).toBe(
      'unknown',
    );
    // No third party's frame: a staff note or a customer's own note without a subject lays the figures out.
    expect(reading('2023年5月1日买的项链,3200元,12.5克,6月3日就断了。').type).toBe('analytical');
  });

  it("when a narrator gives a piece's weight in grams, then that is the piece's fact, not a customer's manner", () => {
    expect(reading('The necklace Ms. Lee bought was 4.3 grams.').type).toBe('unknown');
    expect(reading('"It was only 4.3 grams, not the 5 grams on the tag," Ms. Lee said.').type).toBe('analytical');
  });

  it.each([
    ['王女士的旧金按508元每克折算。', '“按508元每克算,差重要补多少?”她问。'],
    ["Ms. Lee's old gold was valued at $95 per gram.", '"That is $95 per gram," she pointed out.'],
  ])(
    "when a narrator gives a price by weight, then that is the sale's fact; said by the customer it counts: %s",
    (told, said) => {
      expect(reading(told).type).toBe('unknown');
      expect(reading(said).type).toBe('analytical');
    },
  );
});

/**
 * Speech a retelling gives the shop's side — the clerk's sales talk, the owner's note — says nothing of the customer's
 * manner; the customer's own quote beside the shop, named only as whom they spoke to, still does. Each pair gives the
 * same words both ways, with the type the customer's saying shows. Texts written for these tests in three scripts, not
 * taken from any labelled set.
 */
const SAID_BOTH_WAYS: readonly (readonly [shop: string, customer: string, type: string])[] = [
  ['店长解释说:“这是今年的新款,很时尚。”', '她对店长说:“这是今年的新款,很时尚。”', 'lively'],
  [
    '李老板手写了一张纸条:“收到7.7克项链,洗后7.6克,保证补到7.7克,共3200元。”',
    '她拿出纸条:“收到7.7克项链,洗后7.6克,保证补到7.7克,共3200元。”',
    'analytical',
  ],
  ['店員說:「這是最新款,好時尚。」', '她跟店員說:「這是最新款,好時尚。」', 'lively'],
  [
    'The clerk told her, "It is the latest fashion, so trendy."',
    'She told the clerk, "It is the latest fashion, so trendy."',
    'lively',
  ],
  ['"Right now, or we are done," the manager said.', '"Right now, or we are done," she said.', 'forceful'],
];

describe("the shop's quoted words are not the customer's manner", () => {
  for (const [shop, customer, type] of SAID_BOTH_WAYS)
    it(`when the shop says it, then it is not read; when the customer does, ${type} is: ${shop}`, () => {
      expect(reading(shop).type).toBe('unknown');
      expect(reading(customer).type).toBe(type);
    });

  it("when the shop is only whom the customer spoke to, then the quote stays the customer's", () => {
    expect(reading('店长冷冷地说:“我不管,必须现在就付钱。”').type).not.toBe('forceful');
    expect(reading('她找到店长理论:“我不管,必须现在就退钱!”').type).toBe('forceful');
    expect(reading('The manager asked, "Why is the plating so thin?"').type).not.toBe('analytical');
    expect(reading('I asked the manager, "Why is the plating so thin?"').type).toBe('analytical');
  });
});
