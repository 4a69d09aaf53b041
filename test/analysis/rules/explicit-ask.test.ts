import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string, problem: string | null = null) =>
  readAim(ComplaintSchema.parse({ narrative }), problem).kind;

describe('the ask stated somewhere in a retelling', () => {
  it.each([
    ['refund', 'The chain snapped twice. I want a full refund, nothing else.'],
    ['refund', '周女士先后两次到门店协调退货,均被拒绝。'],
    ['refund', '拿着检测报告的刘先生想退货,店长却说要等总部回复。'],
    ['refund', '店长以定制商品为由,不接受孙女士的退款要求。'],
    ['compensation', '她认为戴了三个月就坏了,商家必须给予赔偿。'],
    ['accountability', '对于镯子上少了的钢印,店方总得给个说法吧。'],
    ['accountability', '顾客要求门店把那天的事查清楚。'],
    ['repair', 'She just wants them to fix the clasp properly this time.'],
    ['assurance', 'Honestly I just want to know why it went black in a week.'],
    ['assurance', 'All I ask is that they make sure it does not happen to anyone else.'],
    // What would be enough, what the shop refused, what they took it in for, whom they asked to help.
    ['repair', '表还在保修期内,帮我修好就可以。'],
    ['exchange', '一个月后吊坠就凹陷了,店家却不同意更换。'],
    ['repair', 'I took my watch in to have the battery replaced.'],
    ['refund', 'She asked a consumer reporter to step in and get her money back.'],
    ['refund', 'A woman came in looking to return a pair of earrings she had worn once.'],
    ['accountability', '曾先生誓言追究到底,一定要让这家店受到法律制裁。'],
    // A demand in the customer's own first person, quoted in a retelling, or reported in Cantonese.
    ['refund', '项链掉钻了,顾客说:“我要退钱!”'],
    ['refund', '她说我要退钱,不然去消协投诉。'],
    ['refund', '佢話要退錢。'],
    ['exchange', '顾客说要换一条新的。'],
    // A 说法 or 公道 is only ever wanted; a lawsuit claims damages; what the shop could not do was asked of it.
    ['accountability', '为了得到一个明确的说法,她拿着戒指找到了商场。'],
    ['accountability', '双方各执一词,最后请来民警主持公道。'],
    ['compensation', 'Mr Hare sued the jewellers where he bought the ring.'],
    ['repair', "One arm of my glasses fell off, and they couldn't repair it."],
    ['repair', '店员说没有材料,无法维修,建议重新配一副。'],
    ['repair', "It was my dad's watch. I was going to fix it no matter what the cost."],
    ['refund', '她申请了退款,商家却一直不处理。'],
    ['refund', '商家拒绝退回此前约定的1100元定金。'],
  ] as const)('when the text asks for it, then the aim is %s: %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('when the shop is the one asking, then that is not the customer’s aim', () => {
    expect(aimOf('试戴后店员要求她赔偿800元,她当场拒绝。')).not.toBe('compensation');
    // The customer refusing is no ask of theirs either.
    expect(aimOf('店员称手镯被试戴变形,女子拒绝赔偿并报警。')).not.toBe('compensation');
  });

  it('when the text names the trade-in scheme (以旧换新), then that is not an ask for an exchange', () => {
    expect(aimOf('她想参加店里的以旧换新活动,结果新金克重少了一半。')).not.toBe('exchange');
  });

  it('when a pasted retelling asks for nothing, then the aim is unknown, not a repair or an apology by default', () => {
    expect(aimOf('Two weeks after I bought it, one of the little diamonds came loose.', 'lost-stone')).toBe('unknown');
    expect(aimOf('店员全程爱理不理,问什么都说不知道。', 'service')).toBe('unknown');
  });

  it('when a retelling says the customer did not ask, or staff need to look, then that is no ask', () => {
    expect(aimOf('顾客拿回来,她没有说要退,一直在讲瑕疵。')).not.toBe('refund');
    expect(aimOf('店员说需要检查一下才知道。')).toBe('unknown');
    expect(aimOf('顾客在犹豫,我要不要退呢,她自己也拿不定。')).toBe('unknown');
  });
});
