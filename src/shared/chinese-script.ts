import { Converter } from 'opencc-js/cn2t';
import { normaliseText } from './normalise-text.ts';

/**
 * Which script a Chinese text is written in, and for traditional, whose usage: Hong Kong (and Macau) or
 * Taiwan. Staff in Hong Kong and Taiwan paste complaints in traditional script and say the suggested
 * apology to the customer as it stands, so it must reach them in their script, not in simplified.
 */
export type ChineseScript = 'simplified' | 'traditional-hk' | 'traditional-tw';

const HAN_GLOBAL = /\p{Script=Han}/gu;
const HAN = /\p{Script=Han}/u;

/**
 * Cantonese words written only in Hong Kong and Macau (咗, 嘅, 唔, 喺 …): a traditional text with any of them
 * is Hong Kong usage; one without them is read as Taiwan usage, whose character forms Macau and overseas
 * readers also read without trouble.
 */
const CANTONESE = /[咗嘅唔喺冇啲佢哋嗰嚟嘢睇畀攞噉咁]/u;

/**
 * A text is traditional when enough of its Han characters change on the way to simplified: a share rather
 * than any one, because a simplified text may quote a shop's sign or a brand (周大福, 謝瑞麟) in traditional.
 */
const TRADITIONAL_SHARE = 0.05;
const TRADITIONAL_AT_LEAST = 2;

/** The script of a text's Chinese, or undefined when it has no Chinese at all. */
export function chineseScriptOf(text: string): ChineseScript | undefined {
  if (!HAN.test(text)) return undefined;
  const folded = normaliseText(text);
  // Nothing folded, so no character changes on the way to simplified: the count is not needed.
  if (folded === text) return 'simplified';
  const han = text.match(HAN_GLOBAL)?.length ?? 0;
  let traditional = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] !== folded[index] && HAN_GLOBAL.test(text[index] ?? '')) traditional++;
    HAN_GLOBAL.lastIndex = 0;
  }
  if (traditional < TRADITIONAL_AT_LEAST || traditional < han * TRADITIONAL_SHARE) return 'simplified';
  return CANTONESE.test(text) ? 'traditional-hk' : 'traditional-tw';
}

type Convert = (text: string) => string;

/**
 * Built on first use rather than at start-up: most shops never need them, and a shop that does pays the
 * dictionaries' moment (about 0.2 s) once, on its first traditional complaint.
 */
const converters: Partial<Record<Exclude<ChineseScript, 'simplified'>, Convert>> = {};

function converterTo(script: Exclude<ChineseScript, 'simplified'>): Convert {
  const built = converters[script] ?? Converter({ from: 'cn', to: script === 'traditional-hk' ? 'hk' : 'tw' });
  converters[script] = built;
  return built;
}

/**
 * The last lines converted, by script. The wording the product suggests comes from a catalogue of a few
 * hundred lines, so a shop in Hong Kong or Taiwan would otherwise convert the same lines, character by
 * character through the dictionaries, for every complaint.
 */
const convertedLines: Record<Exclude<ChineseScript, 'simplified'>, Map<string, string>> = {
  'traditional-hk': new Map(),
  'traditional-tw': new Map(),
};
const CONVERTED_LIMIT = 2000;

/**
 * Simplified Chinese written in the given script, character for character (no regional vocabulary is
 * swapped, so a policy's own words stay recognisable). Text already in that script, and English, pass as
 * they are.
 */
export function inChineseScript(text: string, script: ChineseScript): string {
  if (script === 'simplified') return text;
  const done = convertedLines[script].get(text);
  if (done !== undefined) return done;
  const converted = converterTo(script)(text);
  const lines = convertedLines[script];
  if (lines.size >= CONVERTED_LIMIT) lines.delete(lines.keys().next().value ?? '');
  lines.set(text, converted);
  return converted;
}
