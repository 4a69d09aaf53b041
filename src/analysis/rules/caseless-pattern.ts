import { RecentResults } from '../../shared/recent-results.ts';

/**
 * A case-insensitive pattern (flags `iu`) run, where that finds the very same matches, without its `i` flag over the
 * text in lower case. Under `iu` every letter of a long alternation is compared by its case folding, which makes
 * V8 three to four times slower over a long retelling than the same pattern without `i` (the blanked words of the
 * category and the problem, the outside services: some 75 against 25 µs over a real complaint); the pattern's own
 * source is left as written.
 *
 * The two find the same matches, at the same places and of the same lengths, when:
 * - the pattern has no upper-case letter of its own, and no escape that names characters by their code or property
 *   (`\u`, `\x`, `\p`, `\P`, `\c`) or refers back to a group, and every range of a class holds each letter's lower
 *   case with its upper case: then each of its characters folds to itself, and a letter of the text in lower case
 *   matches it with `i` exactly when it matches without;
 * - the text in lower case keeps every position (İ, whose lower case is two characters, does not), and each of its
 *   characters is one that case folding leaves as it is: not ſ, ς, ß, µ, ı and the like, which fold to another
 *   letter (checked by a round trip through upper case, a character at a time, once per code unit); characters
 *   outside the basic plane have no case in common with the pattern's.
 * Otherwise the pattern runs as written, on the text as it is.
 */
export interface CaselessPattern {
  /** Whether the pattern is one that runs without `i` on lower-cased text (see above), on such texts. */
  readonly lowerCased: boolean;
  /** Whether the pattern matches the text (a pattern without `g` or `y`). */
  test(text: string): boolean;
  /** The text with every match of the pattern (with `g`) blanked to spaces, every position kept. */
  blank(text: string): string;
}

/** Whether a code unit of a lower-cased text folds to itself (see above): 0 not yet known, 1 yes, 2 no. */
const FOLDS_TO_ITSELF = new Uint8Array(0x10000);

function foldsToItself(unit: number): boolean {
  if (unit < 0x80 || (unit >= 0xd800 && unit <= 0xdfff)) return true;
  if (FOLDS_TO_ITSELF[unit] === 0) {
    const char = String.fromCharCode(unit);
    FOLDS_TO_ITSELF[unit] = char.toLowerCase() === char && char.toUpperCase().toLowerCase() === char ? 1 : 2;
  }
  return FOLDS_TO_ITSELF[unit] === 1;
}

/** The text in lower case when it is such a text (see above), else undefined; the last few are kept. */
const lowered = new RecentResults<string | undefined>(16);

function lowerCaseOf(text: string): string | undefined {
  return lowered.get(text, (written) => {
    const lower = written.toLowerCase();
    if (lower.length !== written.length) return undefined;
    for (let at = 0; at < lower.length; at++) if (!foldsToItself(lower.charCodeAt(at))) return undefined;
    return lower;
  });
}

/** Escapes a source may hold: classes and edges that case does not change, and punctuation escaped. */
const PLAIN_ESCAPE = /^[bBsSdDwWnrtfv]$|^[^\p{L}\p{N}]$/u;

/**
 * Whether a class's range from `from` to `to` holds, with each character that folds to another (an upper-case
 * letter, ſ), the one it folds to: then a lower-cased text's character is in the range exactly when it matches the
 * range under `i`.
 */
function rangeKeepsCase(from: number, to: number): boolean {
  for (let unit = from; unit <= to; unit++) {
    const char = String.fromCodePoint(unit);
    const folded = char.toUpperCase().toLowerCase();
    if (folded === char) continue;
    const code = folded.codePointAt(0) ?? -1;
    if (folded.length !== String.fromCodePoint(Math.max(code, 0)).length || code < from || code > to) return false;
  }
  return true;
}

/** Whether a source finds the same without `i` on lower-cased text (see above). */
function sourceIsCaseless(source: string): boolean {
  let inClass = false;
  let previous: number | undefined;
  for (let at = 0; at < source.length; at++) {
    const char = source.charAt(at);
    if (char === '\\') {
      const next = source.charAt(at + 1);
      if (!PLAIN_ESCAPE.test(next)) return false;
      at++;
      previous = /^[^\p{L}\p{N}]$/u.test(next) ? next.charCodeAt(0) : undefined;
      continue;
    }
    const unit = char.charCodeAt(0);
    if (unit >= 0xd800 && unit <= 0xdfff) return false;
    if (char.toLowerCase() !== char || char.toUpperCase().toLowerCase() !== char) return false;
    if (inClass && char === '-' && previous !== undefined && source.charAt(at + 1) !== ']') {
      const end = source.charAt(at + 1);
      if (end === '\\') return false;
      if (!rangeKeepsCase(previous, end.charCodeAt(0))) return false;
      at++;
      previous = undefined;
      continue;
    }
    if (inClass && char === ']') inClass = false;
    else if (!inClass && char === '[') inClass = true;
    previous = inClass ? unit : undefined;
  }
  return true;
}

const made = new WeakMap<RegExp, CaselessPattern>();

/** The pattern as a CaselessPattern: its copy without `i` is tried on lower-cased text where that is exact (see above). */
export function caseless(pattern: RegExp): CaselessPattern {
  const known = made.get(pattern);
  if (known) return known;
  const exact = pattern.flags.includes('i') && pattern.flags.includes('u') && sourceIsCaseless(pattern.source);
  const plain = exact ? new RegExp(pattern.source, pattern.flags.replace('i', '')) : undefined;
  const looping = pattern.global || pattern.sticky;
  const result: CaselessPattern = {
    lowerCased: plain !== undefined,
    test(text) {
      const lower = plain && !looping ? lowerCaseOf(text) : undefined;
      return lower === undefined ? pattern.test(text) : (plain as RegExp).test(lower);
    },
    blank(text) {
      const lower = plain && pattern.global ? lowerCaseOf(text) : undefined;
      if (lower === undefined) return text.replace(pattern, (match) => ' '.repeat(match.length));
      const search = plain as RegExp;
      let blanked = '';
      let copied = 0;
      search.lastIndex = 0;
      for (let match = search.exec(lower); match; match = search.exec(lower)) {
        const end = match.index + match[0].length;
        // An empty match moves on by a code point, as replace does: left to replace itself.
        if (end === match.index) return text.replace(pattern, (found) => ' '.repeat(found.length));
        blanked += text.slice(copied, match.index) + ' '.repeat(end - match.index);
        copied = end;
      }
      return copied === 0 ? text : blanked + text.slice(copied);
    },
  };
  made.set(pattern, result);
  return result;
}
