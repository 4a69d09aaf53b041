import { AMOUNT } from './aim-cues.ts';

const AMOUNTS = new RegExp(AMOUNT.source, 'giu');
const HAN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const HAN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const HAN_GROUPS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };
const MULTIPLIERS: Record<string, number> = { 万: 10_000, 千: 1000, k: 1000 };

/**
 * The value of a number in Chinese numerals: 三百 300, 五千 5000, 一万二 12000, 两千五 2500 (a digit left
 * after a unit counts in the next unit down, as spoken), 一百零五 105, 十五 15. Undefined when the text
 * holds no digit, so 万 or 百 alone are not read as sums.
 */
export function parseHanNumeral(text: string): number | undefined {
  if (!/[一二两三四五六七八九十]/u.test(text)) return undefined;
  let total = 0;
  let section = 0;
  let digits = 0;
  let sawDigit = false;
  /** The unit of the last step, for a trailing digit (两千五); cleared by 零 (一百零五). */
  let lastUnit: number | undefined;
  for (const char of text) {
    const digit = HAN_DIGITS[char];
    const unit = HAN_UNITS[char];
    const group = HAN_GROUPS[char];
    if (digit !== undefined) {
      if (digit === 0) lastUnit = undefined;
      digits = digits * 10 + digit;
      sawDigit = true;
    } else if (unit !== undefined) {
      section += (sawDigit ? digits : 1) * unit;
      digits = 0;
      sawDigit = false;
      lastUnit = unit;
    } else if (group !== undefined) {
      total += (section + digits || 1) * group;
      section = 0;
      digits = 0;
      sawDigit = false;
      lastUnit = group;
    }
  }
  const trailing = sawDigit && lastUnit !== undefined && digits < 10 ? (digits * lastUnit) / 10 : digits;
  return total + section + trailing;
}

function parseNumber(text: string): number | undefined {
  const arabic = /^([\d,]+(?:\.\d+)?)\s?([万千k])?$/iu.exec(text);
  if (!arabic) return parseHanNumeral(text);
  const value = Number(arabic[1]?.replaceAll(',', ''));
  const multiplier = arabic[2] ? (MULTIPLIERS[arabic[2].toLowerCase()] ?? 1) : 1;
  return Number.isFinite(value) ? Math.round(value * multiplier * 100) / 100 : undefined;
}

/**
 * Every sum of money a text names, in the order they appear: 200元, ¥5,000, 5,000 yuan, RMB 5000, 五千元,
 * 两千五百块, 1.5万元, 三百块钱. A Chinese numeral before 块 with no 十/百/千/万 in it (一块手表, 两块表) is a
 * measure word, not money, and is skipped.
 */
export function amountsIn(text: string): number[] {
  return [...text.matchAll(AMOUNTS)].flatMap((match) => {
    const number = match[1] ?? match[2] ?? '';
    const han = !/\d/u.test(number);
    if (han && match[3] === '块' && !/[十百千万亿]/u.test(number)) return [];
    const value = parseNumber(number);
    return value !== undefined ? [value] : [];
  });
}
