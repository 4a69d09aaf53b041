import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative })).kind;

describe('a demand set as the condition of a threat', () => {
  it.each([
    [
      'refund',
      'The bracelet snapped on day two. Her son told the clerk he would report them to 12315 if they did not refund his mother by Friday.',
    ],
    ['refund', 'My earring back fell off twice. I will call the consumer council if you don’t refund me this week.'],
    ['exchange', 'Unless they swap it for one that works, he is going to the local paper.'],
    ['repair', 'Fix the clasp properly or else I am telling everyone on Facebook.'],
    ['refund', 'Give her the money back, otherwise she will file a chargeback.'],
    ['apology', 'The manager laughed at her. She says she will post the video unless he apologises in person.'],
    ['refund', '项链才戴三天就褪色了,如果商家不退款,她就去市场监管局投诉。'],
    ['compensation', '要是店里不赔偿我的损失,我就找媒体曝光。'],
    ['accountability', '手镯被店员摔裂了,不给个说法就去消协。'],
    ['exchange', '眼镜腿断了,顾客让店员马上换一副,否则就打12315。'],
    ['refund', '除非全额退款,否则她不会撤回投诉。'],
    // Traditional script, as pasted from Hong Kong and Taiwan pages.
    ['refund', '陳小姐表示,如果店方不肯退款,她便會向消委會投訴。'],
    ['accountability', '戒指的鑽石不見了,不給個說法就找記者。'],
    ['compensation', '張先生說,要是公司不賠償,他會請律師處理。'],
  ] as const)('when a text demands it on pain of a threat, then the aim is %s: %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('when the threat itself names a lawsuit, then the thing demanded still wins over the damages a suit would claim', () => {
    expect(aimOf('If the shop will not replace the watch, we will sue them.')).toBe('exchange');
    expect(aimOf('如果不給换货,我们就起诉。')).toBe('exchange');
  });

  it('when the condition is followed by an ask of its own, then that is a fallback and the ask after it counts', () => {
    expect(aimOf("If they can't fix it, I want my money back.")).toBe('refund');
  });

  it('when a condition asks for nothing, then it adds no aim', () => {
    expect(aimOf('如果不是我及时发现,这枚戒指的钻石早就丢了。')).toBe('unknown');
    expect(aimOf('The stone would have been lost if I had not noticed the loose prong.')).toBe('unknown');
  });
});

describe('asks put as questions, and remedies turned down', () => {
  it.each([
    ['exchange', '链子第二天就断了,可不可以换一条新的?'],
    ['refund', '質量這麼差,為什麼不給退?'],
    ['exchange', '凭什么不给换?'],
    ['refund', 'She asked at the till: can I get my money back?'],
    ['repair', "Why can't they just fix the hinge?"],
    ['refund', 'Why won’t they refund me?'],
    ['refund', '店员提出免费维修,但她拒绝了,坚持退货。'],
    ['refund', '她不要维修,只想退款。'],
    ['refund', 'She did not want it repaired again, she wanted her money back.'],
    ['refund', 'He asked for a refund rather than a repair.'],
  ] as const)('then the aim is %s: %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});

describe('a remedy agreed in the end, when nothing was asked in words', () => {
  it.each([
    ['refund', '经消协调解,商家最终同意全额退款。'],
    ['exchange', '經記者協調,店方答應為她更換一條新的手鏈。'],
    ['exchange', 'After two weeks of calls the store finally agreed to replace the watch.'],
    ['compensation', 'I offered to reimburse her for the postage and she took me up on it.'],
  ] as const)('then the aim is %s: %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('when a remedy was only offered, or the customer refused it, then it is not the aim', () => {
    expect(aimOf('They offered a repair, but she refused it.')).toBe('unknown');
    expect(aimOf('店员建议维修,她不同意维修。')).not.toBe('repair');
  });
});

describe('asks told in the third person with any verb of seeking', () => {
  it.each([
    ['refund', 'She is seeking a full refund from the store.'],
    ['repair', 'He begged them to fix it before the wedding.'],
    ['exchange', 'Mrs Lam pressed for a replacement for weeks.'],
    ['compensation', '王女士寻求赔偿,商家至今没有回应。'],
    ['accountability', '她多次向商家讨要说法。'],
    ['accountability', '陳先生說一定要個說法。'],
  ] as const)('then the aim is %s: %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});
