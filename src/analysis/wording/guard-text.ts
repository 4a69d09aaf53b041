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

type Piece =
  | { kind: 'char'; char: string; start: number; end: number }
  | { kind: 'gap'; punctuation: boolean; start: number; end: number };

/** Folds a text into the guard's canonical spelling (see the rules above). */
export function toGuardText(original: string): GuardText {
  const pieces = foldPieces(original);
  let text = '';
  const sources: [number, number][] = [];
  pieces.forEach((piece, index) => {
    if (piece.kind === 'char') {
      text += piece.char;
      sources.push([piece.start, piece.end]);
      return;
    }
    const before = pieces[index - 1];
    const after = pieces[index + 1];
    if (before === undefined || after === undefined) return;
    const withinChinese =
      before.kind === 'char' && HAN.test(before.char) && after.kind === 'char' && HAN.test(after.char);
    if (!piece.punctuation && withinChinese) return;
    text += ' ';
    sources.push([piece.start, piece.end]);
  });
  return { text, sources };
}

type CharKind = 'apostrophe' | 'whitespace' | 'punctuation' | 'letter';

interface FoldedChar {
  char: string;
  kind: CharKind;
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
  const folded = [...codePoint.normalize('NFKC').toLowerCase()].map((char) => ({ char, kind: kindOf(char) }));
  if (foldedChars.size < FOLDED_CHARS_LIMIT) foldedChars.set(codePoint, folded);
  return folded;
}

/** Splits the text into folded characters and merged gaps (runs of whitespace and punctuation). */
function foldPieces(original: string): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  for (const codePoint of original) {
    const start = offset;
    const end = offset + codePoint.length;
    offset = end;
    for (const { char, kind } of foldCodePoint(codePoint)) {
      if (kind === 'apostrophe') continue;
      if (kind === 'letter') {
        pieces.push({ kind: 'char', char, start, end });
        continue;
      }
      const isWhitespace = kind === 'whitespace';
      const last = pieces.at(-1);
      if (last?.kind === 'gap') {
        pieces[pieces.length - 1] = { ...last, punctuation: last.punctuation || !isWhitespace, end };
      } else {
        pieces.push({ kind: 'gap', punctuation: !isWhitespace, start, end });
      }
    }
  }
  return pieces;
}
