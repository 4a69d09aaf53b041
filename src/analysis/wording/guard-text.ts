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
 * or is whitespace alone between two Han characters; a gap at the end is never written. A code unit that
 * folds to one code unit (nearly every one) is read from two tables (see unitKind); any other code point
 * goes through foldCodePoint.
 */
function fold(original: string, sources: [number, number][] | undefined): string {
  let length = 0;
  let written = false;
  let lastHan = false;
  let gap = false;
  let gapPunctuation = false;
  let gapStart = 0;
  let gapEnd = 0;
  /** Writes one folded character (its code units) that came from original[start, end). */
  const put = (units: string | number, kind: number, start: number, end: number): void => {
    if (kind === APOSTROPHE_KIND) return;
    if (kind >= LETTER_KIND) {
      const han = kind === HAN_KIND;
      if (gap && written && (gapPunctuation || !(lastHan && han))) {
        length = write(length, SPACE_UNIT);
        sources?.push([gapStart, gapEnd]);
      }
      gap = false;
      if (typeof units === 'number') length = write(length, units);
      else for (let at = 0; at < units.length; at++) length = write(length, units.charCodeAt(at));
      sources?.push([start, end]);
      written = true;
      lastHan = han;
      return;
    }
    if (gap) {
      gapPunctuation ||= kind !== WHITESPACE_KIND;
      gapEnd = end;
    } else {
      gap = true;
      gapPunctuation = kind !== WHITESPACE_KIND;
      gapStart = start;
      gapEnd = end;
    }
  };
  for (let offset = 0; offset < original.length; ) {
    const unit = original.charCodeAt(offset);
    const kind = unitKind(unit);
    if (kind !== SLOW_KIND) {
      put(FOLDED_UNIT[unit] ?? unit, kind, offset, offset + 1);
      offset += 1;
      continue;
    }
    // A code point as `for…of` gives it: a surrogate pair whole, a lone surrogate alone.
    const codePoint = String.fromCodePoint(original.codePointAt(offset) ?? unit);
    const start = offset;
    const end = offset + codePoint.length;
    offset = end;
    for (const { char, kind: charKind, han } of foldCodePoint(codePoint)) {
      put(char, charKind === 'letter' ? (han ? HAN_KIND : LETTER_KIND) : KIND_CODE[charKind], start, end);
    }
  }
  return read(length);
}

/** What a code unit folds to, when that is one code unit (see unitKind). */
const FOLDED_UNIT = new Uint16Array(0x10000);
/** How a code unit folds: 0 not worked out yet, SLOW_KIND when not to one code unit, else its kind. */
const UNIT_KIND = new Uint8Array(0x10000);
const APOSTROPHE_KIND = 1;
const WHITESPACE_KIND = 2;
const PUNCTUATION_KIND = 3;
const LETTER_KIND = 4;
const HAN_KIND = 5;
const SLOW_KIND = 6;
const KIND_CODE: Record<Exclude<CharKind, 'letter'>, number> = {
  apostrophe: APOSTROPHE_KIND,
  whitespace: WHITESPACE_KIND,
  punctuation: PUNCTUATION_KIND,
};
const SPACE_UNIT = 0x20;

/** The kind of a code unit's one folded code unit, worked out once a unit from foldCodePoint. */
function unitKind(unit: number): number {
  const known = UNIT_KIND[unit] ?? 0;
  if (known !== 0) return known;
  let kind = SLOW_KIND;
  if (unit < 0xd800 || unit > 0xdfff) {
    const [only, ...more] = foldCodePoint(String.fromCharCode(unit));
    if (only !== undefined && more.length === 0 && only.char.length === 1) {
      FOLDED_UNIT[unit] = only.char.charCodeAt(0);
      kind = only.kind === 'letter' ? (only.han ? HAN_KIND : LETTER_KIND) : KIND_CODE[only.kind];
    }
  }
  UNIT_KIND[unit] = kind;
  return kind;
}

/** The folded text's code units as they are written, grown as needed; read back by `read`. */
let buffer = new Uint16Array(1024);

function write(length: number, unit: number): number {
  if (length === buffer.length) {
    const larger = new Uint16Array(buffer.length * 2);
    larger.set(buffer);
    buffer = larger;
  }
  buffer[length] = unit;
  return length + 1;
}

/** The first `length` code units written, as a string (in slices, to keep within the argument limit). */
function read(length: number): string {
  let text = '';
  for (let from = 0; from < length; from += 4096) {
    text += String.fromCharCode.apply(
      null,
      buffer.subarray(from, Math.min(length, from + 4096)) as unknown as number[],
    );
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
