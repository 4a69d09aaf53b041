import { describe, expect, it } from 'vitest';
import { caseless } from '../../../src/analysis/rules/caseless-pattern.ts';
import { NOT_GOODS } from '../../../src/analysis/rules/category-cues.ts';
import { PIERCING } from '../../../src/analysis/rules/outside-services.ts';
import { NOT_FAULTS } from '../../../src/analysis/rules/problem-cues.ts';

const blankedAsWritten = (pattern: RegExp, text: string) => text.replace(pattern, (match) => ' '.repeat(match.length));

/**
 * Texts in both scripts and the letters case folding treats apart: capitals, ſ (folds to s), the Kelvin sign (folds to
 * k), İ (two characters in lower case), final ς, ß, µ, dotless ı, a full-width capital, an emoji.
 */
const TEXTS = [
  'She dropped it off for repair. The ring was stolen by the Clerk, I will SUE them!',
  'Kindly refund me: the ſtone fell out and the watch is broken, ask the jeweller.',
  'The \u212Aelvin sign and İstanbul, ΣΟΦΟΣ σοφός, Straße, µ-metal, ı.',
  '她说手机电池没电了，服务有问题，黄金周去金店买的钻石会员卡。',
  '她說手機電池沒電了，服務有問題，黃金週去金店買的鑽石會員卡。',
  'WATCH OUT for the Gold Card, ring me back 🙂 Ｒｉｎｇ me up.',
  '',
];

describe('a case-insensitive pattern run on lower case finds what it finds as written', () => {
  it.each([
    ['the blanked goods words', NOT_GOODS],
    ['the blanked fault words', NOT_FAULTS],
  ])('when %s are blanked, then the text is the same as the pattern blanks it', (_name, pattern) => {
    expect(caseless(pattern).lowerCased).toBe(true);
    for (const text of TEXTS) expect(caseless(pattern).blank(text)).toBe(blankedAsWritten(pattern, text));
  });

  it('when a piercing is looked for, then the answer is the pattern’s own', () => {
    expect(caseless(PIERCING).lowerCased).toBe(true);
    for (const text of [...TEXTS, 'I had my EARS PIERCED there', '我去打耳洞了', '我去打耳洞了，ſ']) {
      expect(caseless(PIERCING).test(text)).toBe(PIERCING.test(text));
    }
  });

  it.each([
    ['an upper-case letter of its own', /[A-Z]\w+/giu, 'Hello world'],
    ['a property escape', /\p{Lu}/giu, 'Hello world'],
    ['a code escape', /\u0053/giu, 'ſ s S'],
    ['a back reference', /(a)\1/giu, 'aA'],
    ['a range with capitals', /[9-b]/giu, 'aAB'],
  ])('when the pattern has %s, then it runs as written', (_name, pattern, text) => {
    expect(caseless(pattern).lowerCased).toBe(false);
    expect(caseless(pattern).blank(text)).toBe(blankedAsWritten(pattern, text));
  });

  it.each([
    ['ſ', /s+/giu, 'ſS s'],
    ['the Kelvin sign', /\bk\w*/giu, '\u212Aelvin kilo'],
    ['İ', /i./giu, 'İx ix'],
    ['final ς', /σ/giu, 'σοφός'],
    ['ß', /ss/giu, 'Straße STRASSE'],
  ])('when the text holds %s, then it finds the same matches as the pattern', (_name, pattern, text) => {
    expect(caseless(pattern).blank(text)).toBe(blankedAsWritten(pattern, text));
  });
});
