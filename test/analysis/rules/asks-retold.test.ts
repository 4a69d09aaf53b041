import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe('an ask told as what the shop denied, or as a claim for damages', () => {
  it.each([
    ['refund', "It's illegal for you to deny me a return!"],
    ['refund', 'The manager denied her a refund.'],
    ['exchange', 'They keep denying us a replacement.'],
    ['refund', 'Tell this woman that she must take back my earrings.'],
    ['refund', 'The store refused to take back the necklace.'],
    ['compensation', '陈女士多次找商家索赔,交涉两个月未果。'],
    ['compensation', '她多次向店方索償,至今未有結果。'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each([
    ["They won't guarantee the waterproof seal if they replace the battery."],
    ['The shop refused to stamp the warranty card once the clasp was repaired elsewhere.'],
  ])('when a refusal names a condition, then the condition is not what was refused: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it('when the customer is the one denying, then nothing is asked', () => {
    expect(aimOf('She denied dropping the ring.')).toBe('unknown');
  });
});

describe('"asked if": a request, or a question of fact', () => {
  it.each([
    ['My husband asked if this jeweler is authorized to do a battery replacement.'],
    ['She asked whether the store was allowed to replace the clasp.'],
  ])('when someone asks whether a thing is so, then nothing is asked for: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it('when someone asks if the shop would do it, then that is asked for', () => {
    expect(aimOf('She asked if they would replace it.')).toBe('exchange');
  });
});

describe('an offer taken up names the remedy in the clause that made it', () => {
  it.each([
    ['compensation', 'I told her that I would reimburse her for the shipping, and she took me up on it.'],
    ['exchange', 'The clerk offered to exchange the ring, and he took her up on it.'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});

describe('everyday words of an ask: the goods paid for, a loss made good, costs recouped, Cantonese 整', () => {
  it.each([
    ['exchange', 'Did I want a discount? No! I want what I paid for.'],
    ['repair', '我叫佢:咁你整番好佢啦。'],
    ['repair', '我要求店家整返好隻錶。'],
    ['compensation', '店家承诺弥补她的损失。'],
    ['compensation', '店方答應彌補她的損失。'],
    ['compensation', '老板愿意补足克重。'],
    ['refund', 'I decided to open a case with the site to recoup my costs.'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});

describe("the shop's words after 店员说: its terms ask nothing, its refusals still name the ask", () => {
  it.each([
    ['销售人员介绍说,将来只需补差价就可以去专柜调换。'],
    ['銷售人員介紹說,日後只需補差價就可以去專櫃調換。'],
    ['店长表示,必须先交检测费才能维修。'],
    ['The clerk said, "you must pay for a new clasp first."'],
    ['The optician replied, “Your old lenses are scratched and must be replaced.”'],
  ])('when the shop says what would do, then it is no ask of the customer: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it.each([
    ['refund', '店员表示,不能退款。'],
    ['refund', '她说,只要退款就可以。'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});

describe('补足 makes good a short weight, not a price difference the customer pays', () => {
  it('when the customer is to pay the difference, then no compensation is asked', () => {
    expect(aimOf('她同意补足差价,换了一条新的。')).not.toBe('compensation');
  });
});

describe('准备 (about to) is a step being taken, not an ask', () => {
  it.each([['张先生准备用旧戒指进行调换。'], ['她準備用舊戒指換一條新的。']])('%s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });
});
