import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { type ComplaintChannel, ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags read from a text pasted whole, as a store manager pastes a report, a notice or a post. */
const kinds = (narrative: string, channel?: ComplaintChannel) =>
  detectFlags(ComplaintSchema.parse({ narrative, ...(channel ? { channel } : {}) })).map((flag) => flag.kind);

describe('who is speaking decides what a crisis sign means', () => {
  it("when a consumer council's or a regulator's own notice names the complainant, then it is the council, not the press", () => {
    const notice = '消费者赵女士在某金店换购的手镯克重不足,经区12315工作人员调解,商家退还差价800元。';
    expect(kinds(notice)).toContain('consumer-council');
    expect(kinds(notice)).not.toContain('media');
    const hant = '消費者林先生購買的翡翠手鐲經鑑定為B貨,經消委會調解後,店舖同意全數退款。';
    expect(kinds(hant)).toContain('consumer-council');
    expect(kinds(hant)).not.toContain('media');
    const regulator = '区市场监管局通报了一起案例:市民孙先生在某眼镜店配镜,度数与验光单不符。';
    expect(kinds(regulator)).toContain('regulator');
    expect(kinds(regulator)).not.toContain('media');
    expect(kinds('The council mediated, and Mrs Okafor said the shop refunded her in full.')).not.toContain('media');
  });

  it('when a journalist is named outright in a mediated case, then it is still the press', () => {
    expect(kinds('记者联系商家后,经消协调解,消费者钱女士拿回了全部货款。')).toEqual(
      expect.arrayContaining(['media', 'consumer-council']),
    );
  });

  it('when a report names the complainant with no council speaking, then it is still the press', () => {
    expect(kinds('消费者钱女士表示,商家一直拖着不给退款。')).toContain('media');
  });

  it('when the shop dares the customer to go to the council, then the complaint is not at the council', () => {
    expect(kinds('店员态度很差,还说不满意就去消协投诉。')).not.toContain('consumer-council');
    expect(kinds('店家態度惡劣,還說要是不滿意,去向消保官投訴。')).not.toContain('consumer-council');
    expect(kinds('The manager said we could take it to small claims if we liked.')).not.toContain('lawyer');
    // The customer's own step still counts, even after the shop's dare.
    expect(kinds('店员说随便投诉,但顾客第二天真的去了消协。')).toContain('consumer-council');
  });
});

describe('a complaint already public, in the ways reports and posts say so', () => {
  it.each([
    ['social-media', 'She took to Facebook to warn other brides about the store.'],
    ['social-media', 'He wrote a long thread on Reddit about the missing diamond.'],
    ['social-media', 'Her post went viral within a day.'],
    ['social-media', 'I will never go to that branch again, and neither should you.'],
    ['social-media', 'I made the mistake of buying my wedding band there.'],
    ['social-media', '店員一直推卸責任,修了三次還是壞的。有沒有八卦?'],
    ['media', '一名30歲吳小姐在眼鏡行配鏡後,眼睛紅腫刺痛。'],
    ['media', '45岁的刘先生在金店买的手链一周就断了。'],
    ['media', 'The stone was glass, she told KSDK on Tuesday.'],
    ['media', 'Mrs. Patel points out the chain snapped within a week.'],
    ['media', 'Please help me get my deposit back. — Dana Whitfield, Lakeland, Fla.'],
    ['media', '截至发稿,该金店仍未给出答复。'],
    ['media', '店方回應稱,戒指出售時並無瑕疵。'],
    ['media', 'The jeweller could not be reached on Friday.'],
    ['media', 'In an interview, she said the stone had been swapped.'],
    ['regulator', '他隨即到旺角警署報案。'],
    ['regulator', '顾客已经去派出所报案,说店里调包了钻石。'],
    ['regulator', '這批假錶已交由海關處理。'],
  ] as const)('when the text shows it, then %s is flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    ['special-customer', 'Her 7-year-old daughter got a rash from the earrings and was sick for a week.'],
    ['special-customer', 'A little boy cut his finger on the display case.'],
    ['special-customer', '72岁的老顾客说戴上眼镜后一直头晕。'],
    ['special-customer', '這位八十多歲的婆婆説手錶修了三個月。'],
  ] as const)('when a child or an elderly customer is involved, then %s is flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it('when a platform is only named or the age is young, then no such flag is raised', () => {
    expect(kinds('I found this watch shop on Facebook and went in on Saturday.')).not.toContain('social-media');
    expect(kinds('25岁的顾客说手链断了。')).not.toContain('special-customer');
    // Staff say where it came from: a reader's guess at a report's naming does not add a flag.
    expect(kinds('45岁的刘先生在金店买的手链一周就断了。', 'in-person')).not.toContain('media');
  });
});
