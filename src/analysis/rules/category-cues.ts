/**
 * How complaints name goods in everyday words, by the standard category ids a store policy uses. The
 * policy lists the shop's own terms (项链, bracelet); real complaints say 金镯子, 三金, 翡翠, "her engagement
 * ring", "the diamond". They are read only for ids the policy defines, so a policy without an id never
 * gets it from here; goods the policy does not cover are in outside-policy-cues.ts.
 */
// biome-ignore format: word lists read best packed
export const EVERYDAY_CATEGORY_CUES: Readonly<Record<string, readonly string[]>> = {
  jewellery: [
    '黄金', '金饰', '金器', '足金', '千足金', '三金', '镯子', '金镯', '金链', '金项链', '翡翠', '玉镯', '玉坠', '玉牌', '宝石', '钻石', '钻戒',
    '祖母绿', '红宝石', '蓝宝石', '珍珠', '铂金', '珠宝', '金店', '金铺', '金行', '婚戒', '对戒',
    'gold', 'diamond*', 'engagement ring', 'wedding ring', 'wedding band', 'rings', 'gemstone*', 'emerald', 'sapphire', 'ruby', 'pearl*',
    'platinum', 'jewel*', 'heirloom', 'cross', 'charm', 'chain', 'solitaire',
  ],
  silver: ['足银', '银戒', '银镯', '银链', '纯银打造', 'sterling'],
  watch: ['表壳', '机芯', '表冠', '石英', '名表', 'seiko', 'rolex', 'swatch', 'tissot', 'omega', 'movement', 'timepiece', 'watches', 'mechanism', 'watch repair*'],
  glasses: ['配镜', '验光', '隐形眼镜', '隐眼', '眼科', '近视', '老花', 'optician*', 'optometrist', 'prescription', 'varifocal*', 'progressives', 'bifocal*', 'trifocal*', 'contacts'],
};
