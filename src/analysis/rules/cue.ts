import type { ComplaintTextSource } from '../../complaints/complaint.js';
import { normaliseText } from '../../shared/normalise-text.js';
import type { Evidence } from '../analysis.js';

/**
 * A word or phrase that points at a reading. English cues match whole words, case-insensitively; a
 * trailing `*` matches any ending ("compar*" → compare, compared, comparison). Chinese cues match
 * anywhere, since Chinese has no spaces between words.
 */
export interface Cue {
  text: string;
  weight: number;
}

/** Builds cues of one weight from a list of phrases. */
export function cues(weight: number, ...phrases: string[]): Cue[] {
  return phrases.map((text) => ({ text, weight }));
}

/** A cue found in a complaint text, with the clause that contains it as evidence. */
export interface CueHit {
  cue: Cue;
  evidence: Evidence;
}

interface CompiledPattern {
  pattern: RegExp;
  han: boolean;
  /** A lower-case literal every match contains; a text without it is skipped without running the regex. */
  probe: string;
}

const HAN = /\p{Script=Han}/u;
const SENTENCE_END = /[。！？!?；;\n]/u;
const QUOTE_LIMIT = 90;
// A negator right before the cue, allowing one degree word between ("没有大吼", "不太满意").
const ZH_NEGATION = /(没有|没|不|未|别|无|并非|不是|从不|从没)(大|很|太|再|乱|怎么|随便|说要|提)?$/u;
const EN_NEGATION =
  /\b(not|no|never|didn't|did not|don't|doesn't|wasn't|isn't|weren't|without|hardly)\s+(\S+\s+){0,2}$/iu;
const compiled = new Map<string, CompiledPattern>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(text: string): CompiledPattern {
  const cached = compiled.get(text);
  if (cached) return cached;
  const han = HAN.test(text);
  const prefix = text.endsWith('*');
  const parts = (prefix ? text.slice(0, -1) : text).split('…').map((part) => part.trim());
  const gap = han ? '[^。！？!?；;\\n]{0,8}?' : '(?:\\s+\\S+){0,4}?\\s+';
  const body = parts.map((part) => escapeRegExp(part).replace(/ /g, '\\s+')).join(gap);
  // Word edges are Latin letters and digits only, so "12315" and "VIP" still match inside Chinese text.
  const edge = '[\\p{Script=Latin}\\p{N}]';
  const source = han ? body : `(?<!${edge})${body}${prefix ? `${edge}*` : `(?!${edge})`}`;
  const probe = (parts[0] ?? '').split(' ')[0]?.toLowerCase() ?? '';
  const entry = { pattern: new RegExp(source, 'giu'), han, probe };
  compiled.set(text, entry);
  return entry;
}

/** True when the words just before a match deny it ("没有骂人", "didn't shout"). */
function isNegated(text: string, index: number, han: boolean): boolean {
  const before = text.slice(Math.max(0, index - 24), index);
  return han ? ZH_NEGATION.test(before.slice(-6)) : EN_NEGATION.test(before);
}

/** The sentence around a match, shortened to a window when long; always a substring of the text. */
export function quoteAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text.charAt(to))) to++;
  if (to < text.length && /[。!?！？]/u.test(text.charAt(to))) to++;
  if (to - from > QUOTE_LIMIT) {
    const room = Math.max(0, Math.floor((QUOTE_LIMIT - (end - start)) / 2));
    from = Math.max(from, start - room);
    to = Math.min(to, end + room);
  }
  return text.slice(from, to).trim() || text.slice(start, end);
}

/**
 * Every cue that occurs, un-negated, in a text. A cue counts once per text however often it appears,
 * so a customer who repeats one word does not outweigh one who shows several signs.
 */
export function findCues(cueList: readonly Cue[], text: string, source: ComplaintTextSource): CueHit[] {
  const hits: CueHit[] = [];
  // Folding keeps every position, so a match in the folded text is quoted from the original.
  const folded = normaliseText(text);
  const lower = folded.toLowerCase();
  for (const cue of cueList) {
    const { pattern, han, probe } = compile(cue.text);
    if (!lower.includes(probe)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
      if (isNegated(folded, match.index, han)) continue;
      hits.push({ cue, evidence: { quote: quoteAround(text, match.index, match.index + match[0].length), source } });
      break;
    }
  }
  return hits;
}

/** How many times any of the phrases occurs in a text (repeats included, negations excluded). */
export function countOccurrences(phrases: readonly string[], text: string): number {
  let count = 0;
  const folded = normaliseText(text);
  const lower = folded.toLowerCase();
  for (const phrase of phrases) {
    const { pattern, han, probe } = compile(phrase);
    if (!lower.includes(probe)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
      if (!isNegated(folded, match.index, han)) count++;
    }
  }
  return count;
}
