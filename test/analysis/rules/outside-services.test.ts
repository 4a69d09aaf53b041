import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const factsOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy);

describe('a piercing is work on the body, outside the goods policy wherever it is done', () => {
  it.each([
    'My daughter had her ears pierced at the accessories counter and the earring stud fell out the same day.',
    'The girl at the kiosk pierced my ears crooked with the piercing gun, and the earrings they sold me hang at an angle.',
    '她在饰品店打耳洞,店员用的耳钉第二天就掉了。',
    '她在飾品店穿耳,耳環第二日就甩咗。',
  ])('then the category is other and the problem the service: %s', (text) => {
    expect(factsOf(text)).toMatchObject({ category: 'other', problem: 'service' });
  });

  it('when the stud itself is said to break, then the fault is the goods’', () => {
    expect(factsOf('She had her ears pierced there and the earring snapped in two a week later.').problem).toBe(
      'broken',
    );
  });

  it('when the ears are only said to be pierced, then no piercing was bought and the goods stay goods', () => {
    expect(factsOf('She said her ears were pierced wrong, so the earrings from us hang funny.').category).toBe(
      'jewellery',
    );
  });
});

describe('a piece named inside another trade’s service does not make it a goods complaint', () => {
  it.each([
    'At the nail salon I put my diamond engagement ring in their dish; the ring vanished and my wedding band beside the ring too.',
    'The dry cleaner lost the gold brooch that was pinned on my coat and will not pay for it.',
    'The photo studio lost the prints from our engagement ring shoot.',
    'The tailor sewed the pearl necklace clasp onto my gown wrong, and now the necklace and the pearl earrings do not match it.',
    'The engraving shop misspelled the name on the silver bracelet I brought them.',
    'The phone repair place kept my phone a week and lost the ring and the gold chain I had hung on the case, then said the ring was never there.',
    '我把钻戒和金手链放在美甲店的盘子里,钻戒不见了,店家说没看到戒指,金手链也找不到。',
    '干洗店把我大衣上的金胸针弄丢了,那枚胸针是钻石胸针,只肯赔一百元。',
    '照相馆把婚纱照里我的钻石项链和耳环都修掉了,项链是结婚戒指一起买的,还要加钱重修。',
    '那間裁縫店把縫在領口的珍珠胸針、水晶吊墜和金鏈都弄不見了,胸針係我媽媽嘅。',
    '手機維修店換完屏,連掛在手機上的銀手鏈都不見了。',
  ])('then the category is other: %s', (text) => {
    expect(factsOf(text).category).toBe('other');
  });

  it.each([
    ['We had dinner at a restaurant before the jeweller resized the ring, and it came back too small.', 'jewellery'],
    ['The jeweler said the photographer must have scratched the ring during the shoot.', 'jewellery'],
    ['我在金店买的金项链,在餐厅吃饭时断了。', 'jewellery'],
  ])('and when the shop of the goods is named, the other trade is only in passing: %s', (text, category) => {
    expect(factsOf(text).category).toBe(category);
  });
});

describe('a battery said to be sound or changed already is no fault of the watch', () => {
  it.each([
    'The hands on my watch have gone discoloured after a month; the battery is fine.',
    '手表的指针变色了,去年刚换过电池。',
    '手錶的指針都變色了,電池是新的。',
  ])('then the fault named is the problem: %s', (text) => {
    expect(factsOf(text).problem).toBe('tarnish');
  });

  it('when the battery is what failed, then it stays the problem', () => {
    expect(factsOf('手表没电了,换电池以后还是不走。').problem).toBe('watch-battery');
  });
});

describe('a hole pierced is a piercing bought, in every way it is said', () => {
  it.each([
    'My daughter wanted to get a second hole pierced in her earlobes, and the assistant botched the second one.',
    'We had two holes pierced at the mall kiosk and both went crooked.',
    'The girl pierced through her earlobes at an angle and would not redo it.',
    '女儿在商场饰品店打第二个耳洞,店员打歪了。',
    '她在飾品店打了兩個耳洞,兩個都打歪了。',
  ])('then the category is other and the problem the service: %s', (text) => {
    expect(factsOf(text)).toMatchObject({ category: 'other', problem: 'service' });
  });

  it('when the holes are only said to be there, no piercing was bought', () => {
    expect(factsOf('Her earlobes already have holes, and the earrings we sold her snapped.').category).toBe(
      'jewellery',
    );
  });
});
