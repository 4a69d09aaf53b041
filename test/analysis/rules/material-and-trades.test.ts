import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const categoryOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).category;

describe('the category is what the piece is made of, not how often the piece is named', () => {
  it.each([
    ['silver', '她在网店买的项链是925银项链,收到后项链的吊坠歪了,项链的扣也松,项链盒子也是坏的。'],
    ['silver', '這條項鍊是純銀的,項鍊戴了兩個月,項鍊的扣就壞了,吊墜也掉了。'],
    [
      'alloy',
      'The necklace was silver plated. I loved that necklace, wore the necklace every day, and then the necklace burned my skin.',
    ],
    ['alloy', '这条项链是镀金的,项链戴了一周,项链就发黑了,吊坠也掉色。'],
    // Costume and fashion jewellery, and base metals, are what alloy pieces are sold as.
    ['alloy', 'It was costume jewelry, a necklace with glass stones, and the necklace snapped on the first night.'],
    ['alloy', 'The earrings were brass under the gold colour, and the earrings turned my ears green.'],
    ['alloy', '这对耳环是仿真首饰,耳环戴了两天就坏了。'],
    ['alloy', '這對耳環是仿真首飾,耳環戴了兩天就壞了。'],
  ] as const)('then it is %s: %s', (category, text) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe("a piece named by its silver grade is silver, however many of the trade's words are said around it", () => {
  it.each([
    '我在你们金店买了条项链，是925银的，店员说是镀了18K金，项链吊坠很漂亮，可是项链戴了两周就变黑了，项链链子也变色。',
    '這條項鏈是925銀，鍍K金，吊墜有鑽，在珠寶店買的，項鏈戴了一個月就發黑，項鏈扣也壞了，珠寶店說項鏈是正常氧化。',
    'The pendant is sterling with a tiny diamond, bought at a jewelry store; the pendant, the chain and the clasp of the necklace all went black, and the necklace chain kinked.',
  ])('then it is silver: %s', (text) => {
    expect(categoryOf(text)).toBe('silver');
  });

  it.each([
    ['jewellery', '我买的是足金项链，店员推荐的吊坠也是黄金的，项链戴了两周链子就断了。'],
    ['alloy', '说是925银的手链，拿去检测才知道是合金，手链戴了几天就掉色。'],
  ] as const)('and without the grade, or with another metal found, it stays %s: %s', (category, text) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('trades outside the policy, by family, in the words of three places', () => {
  it.each([
    '那間手搖飲的店員把我的飲料做錯了,還不肯重做。',
    '药店卖给我的感冒药过期了,店员说不能退。',
    'The audiologist sold my father a hearing aid that whistles all the time and will not refund it.',
    '水電工來修冷氣,收了三千元,冷氣還是不冷。',
    'The exterminator came twice and we still have roaches; the company will not send anyone back.',
    'The auto repair shop kept my car for a month and the transmission still slips.',
  ])('then the category is other: %s', (text) => {
    expect(categoryOf(text)).toBe('other');
  });

  it('reads goods bought on a layaway plan as the goods, not as a trade outside the policy', () => {
    expect(categoryOf('They cancelled my layaway for the ring, and the layaway refund never came.')).toBe('jewellery');
  });

  it.each([
    ['jewellery', 'I lost the diamond ring somewhere in the parking lot and the jeweller will not help.'],
    ['jewellery', 'The necklace snagged on my jacket and the chain broke the same day.'],
    ['jewellery', '那個店員真的很機車,金手鍊斷了也不肯幫我修。'],
    ['jewellery', '我的金项链断了,送去整体检查,方便当时就修好。'],
  ] as const)('when a trade is only named in passing, then the goods stay %s: %s', (category, text) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('the gold price names gold goods', () => {
  it.each(['店员说金价会涨，我才买的，结果第二天就跌了，你们这是误导消费，我要求退货。', '店員說金價會漲，我才買的。'])(
    'then it is jewellery: %s',
    (text) => {
      expect(categoryOf(text)).toBe('jewellery');
    },
  );
});
