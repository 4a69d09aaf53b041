import type { Localized } from '../../shared/language.ts';
import { guardTextOf, toGuardText } from './guard-text.ts';
import { NEVER_SAY, type NeverSayEntry, type NeverSayId } from './never-say.ts';
import { NEVER_SAY_PATTERNS } from './never-say-patterns.ts';

/** One never-say phrase found in a text. */
export interface NeverSayMatch {
  /** The never-say entry it belongs to. */
  id: NeverSayId;
  /** The entry's canonical wording, to show staff what the method warns against. */
  phrase: Localized;
  /** The words as they stand in the checked text. */
  text: string;
  /** Where `text` starts in the checked text (UTF-16 offset). */
  index: number;
}

interface CompiledEntry {
  entry: NeverSayEntry;
  patterns: readonly RegExp[];
}

/** English needs word boundaries so "policy" inside "policyholder" or "its" inside "bits" never counts. */
const wrapEnglish = (source: string): string => `(?<![a-z0-9])(?:${source})(?![a-z0-9])`;

const COMPILED: readonly CompiledEntry[] = NEVER_SAY.map((entry) => {
  const sources = NEVER_SAY_PATTERNS[entry.id];
  return {
    entry,
    patterns: [
      ...sources.zh.map((source) => new RegExp(source, 'gu')),
      ...sources.en.map((source) => new RegExp(wrapEnglish(source), 'gu')),
    ],
  };
});

/**
 * Every pattern in one: a text it does not match (nearly every line the product writes) holds no never-say
 * phrase, and is passed after one scan instead of one per pattern. The English ones share one pair of word
 * boundaries, which matches where any of them would, and is tried once at a place rather than once for each.
 */
const ANY_PATTERN = new RegExp(
  [
    ...NEVER_SAY.flatMap((entry) => NEVER_SAY_PATTERNS[entry.id].zh.map((source) => `(?:${source})`)),
    wrapEnglish(
      NEVER_SAY.flatMap((entry) => NEVER_SAY_PATTERNS[entry.id].en.map((source) => `(?:${source})`)).join('|'),
    ),
  ].join('|'),
  'u',
);

/**
 * Finds every never-say phrase (seed 001) in a text, in either language, however it is cased, spaced or
 * punctuated. Overlapping hits of the same entry count once; results are in reading order.
 */
export function findNeverSay(text: string): NeverSayMatch[] {
  if (!ANY_PATTERN.test(guardTextOf(text))) return [];
  const folded = toGuardText(text);
  const matches: NeverSayMatch[] = [];
  for (const { entry, patterns } of COMPILED) {
    const spans: [number, number][] = [];
    for (const pattern of patterns) {
      for (const hit of folded.text.matchAll(pattern)) {
        // Patterns may take the clause break around a phrase; report the words, not the break.
        let start = hit.index;
        let end = hit.index + hit[0].length;
        while (start < end && folded.text[start] === ' ') start += 1;
        while (end > start && folded.text[end - 1] === ' ') end -= 1;
        if (end > start) spans.push([start, end]);
      }
    }
    for (const [start, end] of mergeSpans(spans)) {
      const first = folded.sources[start];
      const last = folded.sources[end - 1];
      if (first === undefined || last === undefined) continue;
      matches.push({
        id: entry.id,
        phrase: { zh: entry.phrase.zh, en: entry.phrase.en },
        text: text.slice(first[0], last[1]),
        index: first[0],
      });
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

/** True when the text says none of the never-say phrases; every line the product suggests must pass. */
export function passesPhraseGuard(text: string): boolean {
  return findNeverSay(text).length === 0;
}

/** Joins overlapping spans so one phrase matched by two patterns is reported once. */
function mergeSpans(spans: readonly [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && start < last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}
