import { describe, expect, it } from 'vitest';
import { NEVER_SAY } from '../../../src/analysis/wording/never-say.ts';
import { findNeverSay } from '../../../src/analysis/wording/phrase-guard.ts';

const HAN = /\p{Script=Han}/u;

/**
 * What the never-say list offers instead of each phrase is a line staff could say: in both languages, each
 * in its own script, a sentence rather than a word, and never itself a phrase the guard forbids.
 */
describe('what to say instead of a never-say phrase', () => {
  it.each(NEVER_SAY.map((entry) => [entry.id, entry] as const))(
    'when %s is avoided, then the line to say instead is real speech in both languages and passes the guard',
    (_, entry) => {
      expect(entry.instead.zh.length).toBeGreaterThanOrEqual(8);
      expect(entry.instead.en.length).toBeGreaterThanOrEqual(15);
      expect(entry.instead.zh).toMatch(HAN);
      expect(entry.instead.en).not.toMatch(HAN);
      expect(findNeverSay(entry.instead.zh)).toEqual([]);
      expect(findNeverSay(entry.instead.en)).toEqual([]);
      expect(entry.instead.zh).not.toBe(entry.phrase.zh);
      expect(entry.instead.en).not.toBe(entry.phrase.en);
    },
  );
});
