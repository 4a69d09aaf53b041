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

/** Splits the text into folded characters and merged gaps (runs of whitespace and punctuation). */
function foldPieces(original: string): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  for (const codePoint of original) {
    const start = offset;
    const end = offset + codePoint.length;
    offset = end;
    for (const char of codePoint.normalize('NFKC').toLowerCase()) {
      if (APOSTROPHE.test(char)) continue;
      const isWhitespace = WHITESPACE.test(char);
      if (!isWhitespace && !PUNCTUATION.test(char)) {
        pieces.push({ kind: 'char', char, start, end });
        continue;
      }
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
