/**
 * The text the phrase guard matches against: one canonical spelling of whatever staff typed, with a map
 * back to the original so a match can be quoted as written.
 *
 * Rules, in order:
 * - each character is NFKC-folded (full-width letters, digits and punctuation become half-width) and
 *   lower-cased;
 * - apostrophes vanish, so "it's", "it’s" and "its" read the same;
 * - a run of whitespace and punctuation becomes one space, which therefore marks a word break in English
 *   and a clause break in Chinese;
 * - a run of whitespace alone between two Han characters vanishes, because Chinese is not written with
 *   spaces and "你 先 听 我 说" is the same sentence;
 * - runs at either end vanish.
 */
export interface GuardText {
  readonly text: string;
  /** For each character of `text`, the half-open range of the original it came from. */
  readonly sources: readonly (readonly [start: number, end: number])[];
}

const APOSTROPHE = /^['‘’`´ʼ]$/u;
const WHITESPACE = /^\s$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;
const HAN = /^\p{Script=Han}$/u;

/** Folds a text into the guard's canonical spelling (see the rules above). */
export function toGuardText(original: string): GuardText {
  const sources: [number, number][] = [];
  return { text: fold(original, sources), sources };
}

/**
 * The guard's spelling of a text alone, without the map back: most texts hold no never-say phrase, and
 * only a text that does needs its words found in the original.
 */
export function guardTextOf(original: string): string {
  return fold(original, undefined);
}

/**
 * One walk along the text: folded characters are written as they come, and a run of whitespace and
 * punctuation (a gap) is written as one space when the next character arrives, unless it opens the text
 * or is whitespace alone between two Han characters; a gap at the end is never written.
 */
function fold(original: string, sources: [number, number][] | undefined): string {
  let text = '';
  let written = false;
  let lastHan = false;
  let gap = false;
  let gapPunctuation = false;
  let gapStart = 0;
  let gapEnd = 0;
  let offset = 0;
  for (const codePoint of original) {
    const start = offset;
    const end = offset + codePoint.length;
    offset = end;
    for (const { char, kind, han } of foldCodePoint(codePoint)) {
      if (kind === 'apostrophe') continue;
      if (kind === 'letter') {
        if (gap && written && (gapPunctuation || !(lastHan && han))) {
          text += ' ';
          sources?.push([gapStart, gapEnd]);
        }
        gap = false;
        text += char;
        sources?.push([start, end]);
        written = true;
        lastHan = han;
        continue;
      }
      if (gap) {
        gapPunctuation ||= kind !== 'whitespace';
        gapEnd = end;
      } else {
        gap = true;
        gapPunctuation = kind !== 'whitespace';
        gapStart = start;
        gapEnd = end;
      }
    }
  }
  return text;
}

type CharKind = 'apostrophe' | 'whitespace' | 'punctuation' | 'letter';

interface FoldedChar {
  char: string;
  kind: CharKind;
  /** A Han character: whitespace alone between two of them vanishes. */
  han: boolean;
}

function kindOf(char: string): CharKind {
  if (APOSTROPHE.test(char)) return 'apostrophe';
  if (WHITESPACE.test(char)) return 'whitespace';
  return PUNCTUATION.test(char) ? 'punctuation' : 'letter';
}

/**
 * What each character folds to, kept once worked out: NFKC and lower case, one character at a time, cost
 * more than all the guard's patterns, and texts repeat few characters. Bounded, should odd input bring
 * endless new ones.
 */
const foldedChars = new Map<string, readonly FoldedChar[]>();
const FOLDED_CHARS_LIMIT = 10_000;

function foldCodePoint(codePoint: string): readonly FoldedChar[] {
  const known = foldedChars.get(codePoint);
  if (known) return known;
  const folded = [...codePoint.normalize('NFKC').toLowerCase()].map((char) => ({
    char,
    kind: kindOf(char),
    han: HAN.test(char),
  }));
  if (foldedChars.size < FOLDED_CHARS_LIMIT) foldedChars.set(codePoint, folded);
  return folded;
}
