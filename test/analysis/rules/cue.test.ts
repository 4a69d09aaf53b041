import { describe, expect, it } from 'vitest';
import { countOccurrences, cues, findCues, quoteAround } from '../../../src/analysis/rules/cue.ts';

describe('findCues', () => {
  it('when an English cue is part of a longer word, then it does not match', () => {
    expect(findCues(cues(1, 'sue'), 'She pursued the matter', 'narrative')).toEqual([]);
    expect(findCues(cues(1, 'sue'), 'She will sue us.', 'narrative')).toHaveLength(1);
  });

  it('when a cue ends with *, then any ending matches', () => {
    const hits = findCues(cues(1, 'compar*'), 'He compared it with the one online.', 'customerWords');
    expect(hits[0]?.evidence.quote).toBe('He compared it with the one online.');
  });

  it('when a cue is negated just before, then it is not found (zh and en)', () => {
    expect(findCues(cues(1, '骂人'), '顾客全程没有骂人,只是很失望。', 'behaviour')).toEqual([]);
    expect(findCues(cues(1, 'shouted'), "He didn't shout, he never shouted at all", 'behaviour')).toEqual([]);
    expect(findCues(cues(1, '骂人'), '顾客一进门就骂人。', 'behaviour')).toHaveLength(1);
  });

  it('when a Cantonese negator (唔, 冇, 唔系) is just before a cue, then it is not found; 唔该 (please) denies nothing', () => {
    expect(findCues(cues(1, '骂人'), '佢全程冇骂人,只系好失望。', 'behaviour')).toEqual([]);
    expect(findCues(cues(1, '满意'), '我对个处理唔满意。', 'behaviour')).toEqual([]);
    expect(findCues(cues(1, '退钱'), '我唔系想退钱,我要个解释。', 'behaviour')).toEqual([]);
    expect(findCues(cues(1, '退钱'), '唔该退钱俾我。', 'behaviour')).toHaveLength(1);
  });

  it('when a cue matches, then the evidence is the sentence around it, verbatim from the text, naming the cue', () => {
    const text = '我才戴了两次。钻就掉了!你们马上给我处理。';
    const [hit] = findCues(cues(3, '马上'), text, 'customerWords');
    expect(hit?.evidence).toEqual({ quote: '你们马上给我处理。', source: 'customerWords', cue: '马上' });
    expect(text).toContain(hit?.evidence.quote);
  });

  it('when the sentence is long, then the quote is a bounded window that still occurs in the text', () => {
    const text = `${'很长的描述'.repeat(40)}马上${'后面还有很多字'.repeat(30)}`;
    const quote = quoteAround(text, text.indexOf('马上'), text.indexOf('马上') + 2);
    expect(quote.length).toBeLessThanOrEqual(90);
    expect(quote).toContain('马上');
    expect(text).toContain(quote);
  });

  it('when a long English sentence is cut, then the quote is the clause around the match, or whole words', () => {
    const text =
      'A couple of days after dropping it off, they called me with some pretty grim news about the whole mechanism needing replacing and so on for a very long time indeed';
    const at = text.indexOf('pretty');
    const clause = quoteAround(text, at, at + 6);
    expect(clause.startsWith('they called me')).toBe(true);
    const words = text.split(/\s+/u);
    expect(words).toContain(clause.split(' ').at(-1));
    // With no clause mark, the window starts and ends on word boundaries.
    const plain = `${'word '.repeat(30)}shouted ${'tail '.repeat(30)}`.replace(/word/gu, 'lengthy');
    const cut = quoteAround(plain, plain.indexOf('shouted'), plain.indexOf('shouted') + 7);
    expect(cut).toMatch(/^lengthy\b/u);
    expect(cut).toMatch(/\btail$/u);
  });

  it('when a long English sentence is cut with no clause mark, then the quote does not end on a word that leads into the next', () => {
    const text = `She said she wanted her money back for the piercing and the earrings and the aftercare spray and the ${'visit to the doctor '.repeat(6)}`;
    const at = text.indexOf('money back');
    const quote = quoteAround(text, at, at + 10);
    expect(text).toContain(quote);
    expect(quote).toContain('money back');
    expect(quote).not.toMatch(/\b(?:the|and|for|to)$/iu);
    expect(quote.length).toBeLessThanOrEqual(90);
  });

  it('when English sentences end in full stops, then the quote is the sentence around the match, whole', () => {
    const text =
      'Stop wasting my time. It broke after two days. Refund me now or I will post it online for everyone to see.';
    const at = text.indexOf('post it online');
    expect(quoteAround(text, at, at + 14)).toBe('Refund me now or I will post it online for everyone to see.');
    const shortText = 'It broke after two days. She wants a refund.';
    expect(quoteAround(shortText, shortText.indexOf('refund'), shortText.indexOf('refund') + 6)).toBe(
      'She wants a refund.',
    );
  });

  it('when a full stop closes an abbreviation, an initial or a price, then the sentence goes on', () => {
    const text = 'Mr. J. Lee paid $4.50 for the battery, e.g. a cheap one, and it died.';
    const at = text.indexOf('died');
    expect(quoteAround(text, at, at + 4)).toBe(text);
  });
});

// Issue 13: a cue is looked for only in texts that contain its words, found in one walk along the text.
describe('which texts a cue is looked for in', () => {
  it('when a text writes the long ſ, which case-insensitive matching reads as s, then the cue is still found', () => {
    expect(findCues(cues(1, 'we sued them'), 'Then we ſued them.', 'narrative')).toHaveLength(1);
  });

  it('when a cue list first used after a text was read has new words, then they are found in that text', () => {
    const text = 'The customer mentioned a zygomorphic pendant and a quincunx clasp.';
    expect(findCues(cues(1, 'customer'), text, 'narrative')).toHaveLength(1);
    expect(findCues(cues(1, 'zygomorphic pendant', 'quincunx clasp', 'absent word'), text, 'narrative')).toHaveLength(
      2,
    );
    expect(countOccurrences(['quincunx'], text)).toBe(1);
  });

  it('when only some words of a cue are in a text, then it is not found', () => {
    expect(findCues(cues(1, 'i demand'), 'I want a refund, and I expect it today.', 'customerWords')).toEqual([]);
    expect(findCues(cues(1, '发…抖音'), '她说要发到抖音上', 'customerWords')).toHaveLength(1);
    expect(findCues(cues(1, '发…抖音'), '她说要发到小红书上', 'customerWords')).toEqual([]);
  });
});

describe('countOccurrences', () => {
  it('when phrases repeat, then every occurrence counts', () => {
    expect(countOccurrences(['退货', 'refund'], '我要退货,退货!Refund now.')).toBe(3);
  });
});
