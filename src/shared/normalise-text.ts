import { Converter } from 'opencc-js/t2cn';
import { mayChangeToSimplified, nextChangeAt, someWordHas } from './simplified-changes.ts';

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
const CLAUSE_MARK = /[，。！？!?,;；：:、\s]/u;
/** Ideographic description characters (⿰…): the conversion reads one together with the characters after it. */
const DESCRIPTION = /[\u2FF0-\u2FFF]/u;
/**
 * No dictionary word spans a clause mark, so a text converts clause by clause exactly as it converts whole
 * (a description character aside). Checked rather than assumed, should a dictionary ever change.
 */
const CLAUSES_CONVERT_ALONE = !someWordHas(CLAUSE_MARK);
const HAN = /\p{Script=Han}/u;
const CACHE_LIMIT = 64;
/**
 * The last texts folded, and whether each folded clause by clause (see foldsAlone), which lets a text joined
 * from them be folded from their folded parts (see normaliseJoined).
 */
const cache = new Map<string, Folded>();

interface Folded {
  folded: string;
  /**
   * Whether the text folded clause by clause, each clause as it would alone: width folding only, or the
   * clauses around the words that change, and no description character (which the conversion reads with
   * what follows it).
   */
  alone: boolean;
}

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

/**
 * The text converted clause by clause, converting only the clauses that hold a word the conversion
 * replaces: a simplified narrative that says 柜台 once (台 is a dictionary word of Taiwan usage) sends one
 * clause through the dictionaries, not the whole text. Undefined when a clause's length would change,
 * which leaves the choice to the whole text.
 */
function convertChangedClauses(text: string): string | undefined {
  let converted = '';
  let copied = 0;
  // Found from each word to replace (no word holds a clause mark, so it lies within one clause): the clause
  // around it runs back to the last mark before it, and on over the marks after it.
  for (let at = nextChangeAt(text, 0); at >= 0; at = nextChangeAt(text, copied)) {
    let start = at;
    while (start > copied && !CLAUSE_MARK.test(text.charAt(start - 1))) start--;
    let end = at;
    while (end < text.length && !CLAUSE_MARK.test(text.charAt(end))) end++;
    while (end < text.length && CLAUSE_MARK.test(text.charAt(end))) end++;
    const next = convertClause(text.slice(start, end));
    if (next === undefined) return undefined;
    converted += text.slice(copied, start) + next;
    copied = end;
  }
  return converted + text.slice(copied);
}

/** The last clauses converted: a complaint's clauses come again in the texts joined from its fields. */
const clauses = new Map<string, string | undefined>();
const CLAUSES_LIMIT = 256;

function convertClause(clause: string): string | undefined {
  if (clauses.has(clause)) return clauses.get(clause);
  const converted = convertWhole(clause);
  if (clauses.size >= CLAUSES_LIMIT) clauses.delete(clauses.keys().next().value ?? '');
  clauses.set(clause, converted);
  return converted;
}

function toSimplified(text: string): Folded {
  const byClause = CLAUSES_CONVERT_ALONE && !DESCRIPTION.test(text) ? convertChangedClauses(text) : undefined;
  if (byClause !== undefined) return { folded: byClause, alone: true };
  const whole = convertWhole(text);
  if (whole !== undefined) return { folded: whole, alone: false };
  return {
    folded: (text.match(CLAUSE) ?? [text]).map((clause) => convertWhole(clause) ?? clause).join(''),
    alone: false,
  };
}

function fold(text: string): Folded {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const widthFolded = foldWidth(text);
  const changes = mayChangeToSimplified(widthFolded);
  // A text without Chinese is not converted even should it hold a word that changes: then, joined with one
  // that has Chinese, it would be, so it does not fold alone.
  const folded =
    changes && HAN.test(widthFolded)
      ? toSimplified(widthFolded)
      : { folded: widthFolded, alone: CLAUSES_CONVERT_ALONE && !changes && !DESCRIPTION.test(widthFolded) };
  return remember(text, folded);
}

function remember(text: string, folded: Folded): Folded {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(text, folded);
  return folded;
}

/**
 * The text folded for matching, the same length as the original. The last few results are kept, since
 * every cue list is matched against the same handful of texts.
 */
export function normaliseText(text: string): string {
  return fold(text).folded;
}

/**
 * Texts joined with line breaks, folded: from their folded parts when each folded clause by clause, as the
 * whole then does too — width folding is character by character, no word the conversion replaces holds a
 * line break or any clause mark, and a clause converts as it does alone (see CLAUSES_CONVERT_ALONE) — so the
 * readers' texts, already folded, are not folded again when joined. Otherwise the whole is folded as any text.
 */
export function normaliseJoined(parts: readonly string[], joined: string = parts.join('\n')): string {
  const cached = cache.get(joined);
  if (cached !== undefined) return cached.folded;
  const folded = parts.map(fold);
  if (!folded.every((part) => part.alone)) return fold(joined).folded;
  return remember(joined, { folded: folded.map((part) => part.folded).join('\n'), alone: true }).folded;
}
