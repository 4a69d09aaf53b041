import { Converter, Locale } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { loadLabelledSet } from '../../src/evaluation/labelled-set.ts';
import { loadRealSet, REAL_SETS } from '../../src/evaluation/real-set.ts';
import { normaliseText } from '../../src/shared/normalise-text.ts';
import { mayChangeToSimplified, someWordHas } from '../../src/shared/simplified-changes.ts';

// Issue 13: folding a text to simplified skips the dictionaries for text they would not change, and converts
// only the clauses they would; the folded text must be exactly what converting it whole gave.

const CONVERTERS = [Converter({ from: 'hk', to: 'cn' }), Converter({ from: 'tw', to: 'cn' })];
const CLAUSE = /[^，。！？!?,;；：:、\s]*[，。！？!?,;；：:、\s]*/gu;
const HAN = /\p{Script=Han}/u;
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/gu;
const CURLY: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"' };

function convertWhole(text: string): string | undefined {
  let converted = text;
  for (const convert of CONVERTERS) {
    const next = convert(converted);
    if (next.length !== converted.length) return undefined;
    converted = next;
  }
  return converted;
}

/** normaliseText as it was before issue 13: every text with Chinese through the dictionaries, whole. */
function foldedTheSlowWay(text: string): string {
  const width = text
    .replace(FULL_WIDTH, (char) => (char === '\u3000' ? ' ' : String.fromCharCode((char.codePointAt(0) ?? 0) - 0xfee0)))
    .replace(/[\u2018\u2019\u201C\u201D]/gu, (char) => CURLY[char] ?? char);
  if (!HAN.test(width)) return width;
  return (
    convertWhole(width) ?? (width.match(CLAUSE) ?? [width]).map((clause) => convertWhole(clause) ?? clause).join('')
  );
}

/** Every word of every dictionary the t2cn build ships, whichever conversion uses it. */
function dictionaryWords(node: unknown, words: Set<string>): Set<string> {
  if (typeof node === 'string') {
    for (const entry of node.split('|')) words.add(entry.split(' ')[0] ?? '');
  } else if (Array.isArray(node)) {
    for (const child of node) dictionaryWords(child, words);
  } else if (node !== null && typeof node === 'object') {
    for (const child of Object.values(node)) dictionaryWords(child, words);
  }
  return words;
}

describe('folding traditional script to simplified', () => {
  it('when no word the conversion replaces is found in a text, then the conversion leaves it as it is', () => {
    const words = [...dictionaryWords(Locale, new Set())].filter((word) => word.length > 0);
    expect(words.length).toBeGreaterThan(5000);
    const unchanged = words.filter((word) => !mayChangeToSimplified(word));
    expect(unchanged.length).toBeGreaterThan(1000);
    const changed = unchanged.filter((word) => CONVERTERS.some((convert) => convert(word) !== word));
    expect(changed).toEqual([]);
  });

  it('when a word the conversion replaces is in a text, then it is found', () => {
    expect(mayChangeToSimplified('顾客说鑽石掉了')).toBe(true);
    expect(mayChangeToSimplified('他說什麼都不聽')).toBe(true);
    expect(mayChangeToSimplified('顾客说钻石掉了')).toBe(false);
    expect(mayChangeToSimplified('The stone fell out.')).toBe(false);
  });

  it('when the dictionaries are read, then no word spans a clause mark, so clauses convert on their own', () => {
    expect(someWordHas(/[，。！？!?,;；：:、\s]/u)).toBe(false);
    expect(someWordHas(/[鑽]/u)).toBe(true);
  });

  it('when every labelled text is folded, then it is exactly what converting it whole gave', async () => {
    const real = await loadRealSet(REAL_SETS['real-dev']);
    const synthetic = [
      ...(await loadLabelledSet('test/fixtures/complaints/dev.yml')),
      ...(await loadLabelledSet('test/fixtures/complaints/holdout.yml')),
    ];
    const texts = [
      ...real.map((item) => item.text),
      ...synthetic.flatMap(({ complaint }) => [complaint.narrative, complaint.customerWords ?? '']),
      // Cantonese 嗰 converts to a character outside the basic plane, so its clause keeps its script.
      '佢哋話嗰條頸鏈冇問題，我哋要求退錢。',
      '門市說「沒問題」，但鑽石掉了，他們不肯退貨',
    ];
    expect(texts.filter((text) => mayChangeToSimplified(text)).length).toBeGreaterThan(50);
    const differing = texts.filter((text) => normaliseText(text) !== foldedTheSlowWay(text));
    expect(differing).toEqual([]);
  });
});
