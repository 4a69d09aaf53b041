import { countOccurrences } from './cue.ts';
import { NOT_AS_SOLD } from './problem-cues.ts';
import { aboutATradeIn } from './shop-work.ts';

/**
 * What the goods were found to be, against what they were sold as: a fake, plated or a lesser metal, glass or plastic
 * for a stone, a lab-made stone for a natural one, gold short of its purity; 假的, 金包银, 不是足金, 鉴定为B货, 检测出来是钯金,
 * 含金量不足. Said in the forms of a finding (turned out, tested, 验出) or of a plain verdict ("the pearls are plastic"),
 * never a bare "turned out to be" or 原来是, which tell as often of a cause or a person ("原来是员工…").
 */
// biome-ignore format: word lists read best packed
const WHAT_A_FAKE_IS_EN = [
  'fake', 'plated', 'gold plated', 'gold-plated', 'silver plated', 'silver-plated', 'glass', 'plastic', 'resin', 'brass', 'copper',
  'cubic zirconia', 'cz', 'moissanite', 'lab-grown', 'lab grown', 'lab-created', 'lab created', 'synthetic', 'imitation', 'a replica',
  'a knockoff', 'a knock-off', 'counterfeit', 'a simulant', 'costume jewelry', 'costume jewellery',
];
const FOUND_AS_EN = [
  'turned out',
  'turns out',
  'actually',
  'tested as',
  'appraised as',
  'came back as',
  'was found to be',
  'were found to be',
];
const PLAINLY_EN = ['just', 'only', 'nothing but', 'made of', 'made from'];
/** Plain "is" or "was" before a plating or a base metal describes a piece as often as it exposes one ("it was plated in rhodium"). */
const PLAIN_VERBS_EN = ['is', 'are', 'was', 'were', "it's"];
/**
 * Nor before a lab-made stone: that a diamond "was lab grown" is as often what the seller failed to say (misselling) as
 * what a test found.
 */
const PLAINLY_FAKE_EN = WHAT_A_FAKE_IS_EN.filter((what) => !/plated|brass|copper|lab/u.test(what));
// biome-ignore format: word lists read best packed
const FOUND_NOT_AS_SOLD: readonly string[] = [
  ...NOT_AS_SOLD,
  ...FOUND_AS_EN.flatMap((found) => WHAT_A_FAKE_IS_EN.map((what) => `${found}… ${what}`)),
  ...PLAINLY_EN.flatMap((plainly) => WHAT_A_FAKE_IS_EN.map((what) => `${plainly} ${what}`)),
  ...PLAIN_VERBS_EN.flatMap((verb) => PLAINLY_FAKE_EN.map((what) => `${verb} ${what}`)),
  'fake', 'counterfeit', 'not real', 'not genuine', 'not authentic', 'not gold', 'not solid gold', 'not platinum', 'not sterling',
  'not silver', 'not a real', 'not a natural', 'not natural', 'passed off', 'sold as', 'sold to me as',
  // Chinese and Cantonese, folded to simplified: a fake, a lesser metal under a finer one, short purity, a finding. Not a
  // bare 不是金 or 唔系银, which begin 不是金店 and 唔系银行 as often.
  '假货', '假的', '假金', '假银', '假钻', '金包银', '铜包金', '铁合金', '冒充', '以次充好', '以假充真', '掺假', '赝品', '仿品', '高仿',
  'b货', 'c货', '假嘢', '老翻', '不是足金', '不是真', '不是纯', '不是黄金', '不是铂金', '不是天然', '唔系真', '唔系足金', '唔系纯', '唔系黄金',
  '唔系天然', '含金量不足', '含金量只有', '含金量不够', '含金量唔够', '含金量低', '成色不足', '纯度不', '鉴定为', '鉴定是', '检测为', '检测是',
  '鉴定出来是', '检测出来是', '验出来是', '测出来是', '检测出是', '验出',
];

/**
 * The seller's words blamed for the sale (misled, 误导, 诱导): the customer complains of how the goods were sold, which the
 * labelling guide files as misselling, a matter of service, even when the goods were not what was said.
 */
const MISLED: readonly string[] = ['misled', 'mislead*', 'misleading', '误导', '诱导', '诱骗'];

/**
 * True when the text tells the goods were found to be other than what they were sold as, outside a trade-in or buy-back
 * (see shop-work.ts) and with no blame put on the selling (see MISLED). Such a finding is what the complaint is about:
 * the shop's manner, its refusal or the wait that followed is how it was met, so it names `defect` however often the
 * staff or the wait are mentioned.
 */
export function goodsFoundNotAsSold(text: string): boolean {
  const options = { skipStaffClaims: true };
  return (
    countOccurrences(FOUND_NOT_AS_SOLD, text, options) > 0 &&
    countOccurrences(MISLED, text, options) === 0 &&
    !aboutATradeIn(text)
  );
}
