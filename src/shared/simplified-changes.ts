import { Locale } from 'opencc-js/t2cn';

/**
 * Which words the conversion to simplified script replaces (a traditional character, or a phrase such as
 * 什麼), read from the dictionaries of the conversions normalise-text.ts makes: Hong Kong and Taiwan usage
 * to simplified. Most complaints are written in simplified and contain none of them, and a conversion
 * pass only ever replaces a dictionary word found in the text, so a text without one passes through every
 * pass unchanged: the conversion, a few dictionary passes per character and by far the costliest part of
 * folding a text, is skipped for it after one cheap look at each character.
 *
 * Every dictionary below the two conversions is read, including words a later dictionary overrides:
 * looking for more words than needed only sends a text the slow way, never the wrong way.
 */

/** The dictionaries behind `Converter({ from: 'hk' | 'tw', to: 'cn' })`. */
const CONFIGS = ['hk2s', 'tw2s'];

/** Every word of the dictionaries, replaced or kept as it is. */
const WORDS: string[] = [];
/** The words a conversion replaces with something else, by their first UTF-16 code unit. */
const REPLACED = new Map<number, string[]>();
/** The same first code units, for a quick look before the map. */
const STARTS = new Uint8Array(0x10000);
const NONE: readonly string[] = [];

function addEntry(word: string, replacement: string): void {
  if (word.length === 0) return;
  WORDS.push(word);
  if (word === replacement) return;
  const first = word.charCodeAt(0);
  STARTS[first] = 1;
  const words = REPLACED.get(first);
  if (words) words.push(word);
  else REPLACED.set(first, [word]);
}

/** A pair's words hold no separator; a dictionary string ("word replacement|…") always holds one. */
const isWord = (value: unknown): value is string => typeof value === 'string' && !/[ |]/u.test(value);

/** Every dictionary below a config, whatever its nesting: "word replacement|…" strings or [word, replacement] pairs. */
function addDictionaries(node: unknown): void {
  if (typeof node === 'string') {
    for (const entry of node.split('|')) {
      const [word = '', replacement = ''] = entry.split(' ');
      addEntry(word, replacement);
    }
  } else if (Array.isArray(node)) {
    const [word, replacement] = node;
    if (node.length === 2 && isWord(word) && isWord(replacement)) addEntry(word, replacement);
    else for (const child of node) addDictionaries(child);
  } else if (node !== null && typeof node === 'object') {
    for (const child of Object.values(node)) addDictionaries(child);
  }
}

for (const name of CONFIGS) {
  const config = Locale.configs[name];
  if (config === undefined) throw new Error(`opencc-js has no ${name} conversion`);
  addDictionaries(config);
}

/** True when the text contains a word the conversion to simplified would replace. */
export function mayChangeToSimplified(text: string): boolean {
  return nextChangeAt(text, 0) >= 0;
}

/** Where the first word the conversion to simplified would replace starts, from `from` on; -1 for none. */
export function nextChangeAt(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const first = text.charCodeAt(at);
    if (STARTS[first] === 0) continue;
    for (const word of REPLACED.get(first) ?? NONE) if (text.startsWith(word, at)) return at;
  }
  return -1;
}

/** True when some dictionary word, replaced or not, has a character the pattern matches. */
export function someWordHas(pattern: RegExp): boolean {
  return WORDS.some((word) => pattern.test(word));
}
