import { describe, expect, it } from 'vitest';
import { findNeverSay } from '../../../src/analysis/wording/phrase-guard.ts';

// How a found phrase is quoted and how hits of one entry are joined, at the edges the first mutation run
// (docs/mutation-testing.md) found untested: staff are shown exactly the words they wrote, each once.

const found = (text: string) => findNeverSay(text).map((match) => [match.id, match.text, match.index]);

describe('quoting a never-say phrase', () => {
  it('when a pattern takes the clause break before the phrase, then the quote starts at the words', () => {
    expect(found('好吧，听我说')).toEqual([['listen-to-me-first', '听我说', 3]]);
  });

  it('when a pattern takes the clause break after the phrase, then the quote ends at the words', () => {
    expect(found('这都不懂？你自己看')).toEqual([['child-knows', '这都不懂', 0]]);
  });
});

describe('hits of one entry', () => {
  it('when a later pattern of an entry hits earlier in the text, then both places are reported, in reading order', () => {
    expect(found('便宜没好货，一分钱一分货')).toEqual([
      ['get-what-you-pay-for', '便宜没好货', 0],
      ['get-what-you-pay-for', '一分钱一分货', 6],
    ]);
  });

  it('when two hits of an entry touch without overlapping, then they are two places', () => {
    expect(found('便宜没好货一分钱一分货')).toEqual([
      ['get-what-you-pay-for', '便宜没好货', 0],
      ['get-what-you-pay-for', '一分钱一分货', 5],
    ]);
  });

  it('when two patterns of an entry overlap in part, then one place is reported, spanning both', () => {
    // "That's the policy" and "the policy says no" share "the policy".
    expect(found("That's the policy says no")).toEqual([['company-policy', "That's the policy says no", 0]]);
  });
});
