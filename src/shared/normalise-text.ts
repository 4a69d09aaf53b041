import { Converter } from 'opencc-js/t2cn';

/**
 * Folds a complaint text onto the forms the cue lists are written in: traditional Chinese (Hong Kong and
 * Taiwan usage) to simplified, full-width Latin letters, digits and punctuation ("１２３１５", "，", "！")
 * to their ASCII forms, and curly quotes to straight ones ("didn’t" reads as "didn't"). Every character maps to exactly one character, so a position in the folded text is
 * the same position in the original, and evidence can still be quoted verbatim from what staff pasted. Where
 * the conversion would change the length (a rare mapping, such as Cantonese 嗰 to a character outside the
 * basic plane), that clause is left in its original script and the rest of the text is still converted.
 */
type Convert = (text: string) => string;

/**
 * Built once, when the module loads: their dictionaries take a moment (about 0.2 s), which belongs to
 * start-up rather than to the first complaint, whose analysis runs against a deadline.
 */
const CONVERTERS: readonly Convert[] = [Converter({ from: 'hk', to: 'cn' }), Converter({ from: 'tw', to: 'cn' })];

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/gu;
const CURLY = /[\u2018\u2019\u201C\u201D]/gu;
const STRAIGHT: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"' };
/** Clauses with their trailing punctuation or space, so the pieces join back into the whole text. */
const CLAUSE = /[^，。！？!?,;；：:、\s]*[，。！？!?,;；：:、\s]*/gu;
const HAN = /\p{Script=Han}/u;
const CACHE_LIMIT = 64;
const cache = new Map<string, string>();

function foldWidth(text: string): string {
  return text
    .replace(FULL_WIDTH, (char) => (char === '\u3000' ? ' ' : String.fromCharCode((char.codePointAt(0) ?? 0) - 0xfee0)))
    .replace(CURLY, (char) => STRAIGHT[char] ?? char);
}

/** The text in simplified script, or undefined when a conversion would change its length. */
function convertWhole(text: string): string | undefined {
  let converted = text;
  for (const convert of CONVERTERS) {
    const next = convert(converted);
    if (next.length !== converted.length) return undefined;
    converted = next;
  }
  return converted;
}

function toSimplified(text: string): string {
  const whole = convertWhole(text);
  if (whole !== undefined) return whole;
  return (text.match(CLAUSE) ?? [text]).map((clause) => convertWhole(clause) ?? clause).join('');
}

/**
 * The text folded for matching, the same length as the original. The last few results are kept, since
 * every cue list is matched against the same handful of texts.
 */
export function normaliseText(text: string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const widthFolded = foldWidth(text);
  const folded = HAN.test(widthFolded) ? toSimplified(widthFolded) : widthFolded;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(text, folded);
  return folded;
}
