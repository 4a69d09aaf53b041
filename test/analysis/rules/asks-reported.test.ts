import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report, a review or a staff note. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe('an ask retold in words the reading missed', () => {
  it.each([
    ['compensation', '这下车女士可不干了,拉着修理工让他赔。'],
    ['compensation', '直到李先生聘请律师、决意要与修理厂对簿公堂,修理厂才承认用了假配件。'],
    ['refund', '多名旅客前往该店退货,但由于没有营业,他们报警求助。'],
    ['refund', '中国旅客香港钟表店退货不果报警求助。'],
    ['refund', '买了不到一周链子就断了,我只想把钱拿回来。'],
    ['refund', '買了不到一週鏈子就斷了,我只想把錢拿回來。'],
    ['repair', '這隻手錶才買三個月就不走了,請店家負責修好。'],
    ['repair', '顾客的诉求很简单,就是把表修好,能正常走就行。'],
    ['repair', '顧客的訴求很簡單,就是把錶修好。'],
    ['apology', "What I'm after is a proper apology from the assistant who called me a liar."],
    ['assurance', "I'm not after money. I just want to be sure this won't happen to the next person."],
    ['repair', 'He wanted the stone put back in. That is all he asked for.'],
    ['repair', "I'd like them to honor the warranty and get it running properly."],
    ['repair', 'She only wants the pearl necklace restrung properly.'],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});

describe('a remedy denied by "she" or "he" is not asked', () => {
  it.each([
    ['repair', "According to the customer, she wants it fixed. She isn't looking for a refund."],
    ['exchange', "He said he wasn't after a refund, he just wanted a new one."],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('when the shop\'s "he" refuses the work, then the work is still what was asked', () => {
    expect(aimOf("The jeweller said he didn't want to replace it.")).toBe('exchange');
  });
});

describe("what is not the customer's ask", () => {
  it.each([
    ['女子替孩子試戴金手鐲,摘下時卻被店員告知因為損壞手鐲,需要賠償1000元人民幣,否則不能離開。'],
    ['女子替孩子试戴金手镯,摘下时却被店员告知因为损坏手镯,需要赔偿1000元,否则不能离开。'],
    ['店员不接受她的要求,说只能维修。'],
  ])('when the shop demands or answers, then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it('when a repair shop is only named, then no repair is asked', () => {
    expect(aimOf('李先生与修理厂交涉了两个月,决意要与修理厂对簿公堂。')).toBe('compensation');
  });

  it("when the shop is named after whom the customer called, then the ask after it is the customer's", () => {
    expect(aimOf('因此联络A公司希望取消工程及退回订金。')).toBe('refund');
  });
});
