import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * The peaceable customer of seed 001 (被动、犹豫不决) leaves the choice open when the shop offers one, or walks away
 * quietly instead of fighting it out: a course of action a narrator tells, whoever narrates. Texts written for these
 * tests in three scripts, not taken from any labelled set; each has no other sign of a type.
 */
describe('a customer who holds back reads peaceable', () => {
  it.each([
    ['The shop offered a new strap or store credit, and Mr Tan was still deciding which one to take.'],
    ['The repairer wanted ninety dollars to reseal the case, so I went home and ordered a cheaper watch online.'],
    ['They offered to order the bracelet again, but I am still weighing my options.'],
    ['店员说可以换货也可以退款,王女士一时未能决定要哪一种。'],
    ['花了三千多元的手镯断了,她现在考虑是否还要这只手镯。'],
    ['店員說可以換貨也可以退款，陳先生當時未能即時決定更換甚麼貨品。'],
    ['店家只肯收費維修，李小姐聽完後默默離開了。'],
  ])('when the customer holds back, then peaceable is read: %s', (text) => {
    const result = reading(text);
    expect(result.type).toBe('peaceable');
    expect(result.confidence).toBeLessThan(0.5);
  });
});

/**
 * 质疑 in a report sums up the complaint against the shop (质疑商家有误导之嫌): that is what every complaint does, not
 * a customer checking a claim. Raising a doubt about what the shop said or found (质疑检测结果) still reads analytical.
 */
describe('质疑 reads analytical only when a claim is questioned', () => {
  it.each([['李先生结账时发现价钱不对,质疑眼镜店有误导之嫌。'], ['結帳時價錢不對，李先生質疑眼鏡店的銷售手法。']])(
    'when 质疑 names the shop’s conduct, then no analytical customer is read: %s',
    (text) => {
      expect(reading(text).type).not.toBe('analytical');
    },
  );

  it.each([['王女士质疑店方的检测结果,戒指明明没有摔过。'], ['王女士對店方的說法提出質疑。']])(
    'when 质疑 questions a claim, then analytical is read: %s',
    (text) => {
      expect(reading(text).type).toBe('analytical');
    },
  );
});

/** Threats are how a forceful customer presses ("threats of legal action"), as "threatened" is. */
describe('threats read forceful', () => {
  it.each([['The customer kept ringing the shop every week with threats of legal action over the deposit.']])(
    'when the customer makes threats, then forceful is read: %s',
    (text) => {
      expect(reading(text).type).toBe('forceful');
    },
  );
});
