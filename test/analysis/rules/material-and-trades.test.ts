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
