import { normaliseText } from '../../shared/normalise-text.ts';

/**
 * A part replaced is a repair of the piece, not an exchange of it: "replace the lenses", "have the strap changed",
 * "replacement screws", 换镜片, 更换表带, 換錶帶 (the labelling guide counts a battery, a re-setting or a re-stringing as
 * repair, and a new lens, strap or clasp is the same kind of work). The exchange words inside such a phrase (replace,
 * 更换, 换个) name the part's swap; read as they stand they would outvote the repair, so the phrase is read as
 * repairing the part instead. The piece itself replaced ("replace the watch", 换一副眼镜) is still an exchange.
 */

/** Parts of a piece that a repair puts in new, as a store's repair ticket names them. */
const EN_PARTS = String.raw`(?:lens|lenses|battery|batteries|strap|straps|watch\s?bands?|clasp|clasps|crystal|screws?|hinges?|nose\s?pads?)`;
const ZH_PARTS = '(?:镜片|鼻托|螺丝|表带|表镜|表蒙|表扣|电池|链扣)';

/** Quick test: no verb of replacing, no part replaced. */
const REPLACING = /换|換|replac|chang|swap/iu;

const PART_REPLACED = new RegExp(
  [
    // replace / change / swap (out) the lenses; replacement lenses; new lenses put in
    String.raw`\b(?:replac\w*|chang\w*|swap\w*)\s+(?:out\s+)?(?:(?:the|my|her|his|their|its|our|a|an|both|two|all|some)\s+)?(?:(?:new|old|broken|scratched|cracked|worn|missing|loose|dead|flat)\s+)?${EN_PARTS}\b`,
    String.raw`\breplacement\s+${EN_PARTS}\b`,
    // the lenses replaced, the strap (to be) changed
    String.raw`\b(?:the|my|her|his|their|its|our|a|an|new)\s+${EN_PARTS}\s+(?:(?:was|were|be|been|being|to\s+be)\s+)?(?:replaced|changed|swapped)\b`,
    // 换镜片, 更换表带, 换个新的表带, 换一副镜片, 替换螺丝
    `(?:更换|替换|换上|换了|换个|换一个|换一副|换一条|换一根|换一块|换新的|换)(?:新的?|个新的?)?${ZH_PARTS}`,
    // 镜片换了, 表带要换
    `${ZH_PARTS}(?:要|需要|得)?(?:更换|换掉|换了|换新|换)`,
  ].join('|'),
  'giu',
);

/** The text with each part replaced told as a repair of that part ("repair the lenses", 修镜片). */
export function partsAsRepairs(text: string): string {
  if (!REPLACING.test(text)) return text;
  const folded = normaliseText(text);
  PART_REPLACED.lastIndex = 0;
  if (!PART_REPLACED.test(folded)) return text;
  return folded.replace(PART_REPLACED, (phrase) =>
    /\p{Script=Han}/u.test(phrase)
      ? `修${phrase.replace(/更换|替换|换上|换了|换掉|换新|换个|换一[个副条根块]|换/gu, '')}`
      : `repair ${phrase.replace(/\b(?:replac\w*|chang\w*|swap\w*)\b/giu, '')}`,
  );
}
