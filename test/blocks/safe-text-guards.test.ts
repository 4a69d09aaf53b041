import { describe, expect, it } from 'vitest';
import { ownText } from '../../src/blocks/own-text.ts';
import {
  channelMention,
  joinSafe,
  link,
  md,
  mention,
  SafeText,
  safeText,
  shownText,
} from '../../src/blocks/safe-text.ts';

/**
 * Sharp tests for the guards of safe-text.ts and own-text.ts (issue 17): anchors and bounds of what may
 * become a mention or a link, the refusal to vouch from outside, and the cuts.
 */
describe('what may become a mention', () => {
  it('when an id has 2 or 64 id characters, then it is a mention; with 65, it is text', () => {
    const longest = `U${'1'.repeat(63)}`;
    expect(mention('U1').text).toBe('<@U1>');
    expect(mention(longest).text).toBe(`<@${longest}>`);
    expect(mention(`${longest}2`).text).toBe(`U${'1'.repeat(63)}2`);
  });

  it('when an id only ends or only starts like a user id, then it is shown as text', () => {
    expect(mention('<!here> U12').text).toBe('&lt;!here&gt; U12');
    expect(mention('U12 <!here>').text).toBe('U12 &lt;!here&gt;');
    expect(mention('U_1-2').text).toBe('U_1-2');
  });
});

describe('what may become a channel link', () => {
  it('when an id is a C or G id of 3 to 31 characters, then it links the channel; shorter or longer, it is text', () => {
    expect(channelMention('C0REVIEW').text).toBe('<#C0REVIEW>');
    expect(channelMention('G12').text).toBe('<#G12>');
    expect(channelMention(`C${'1'.repeat(30)}`).text).toBe(`<#C${'1'.repeat(30)}>`);
    expect(channelMention(`C${'1'.repeat(31)}`).text).toBe(`C${'1'.repeat(31)}`);
    expect(channelMention('C1').text).toBe('C1');
    expect(channelMention('U0GONE').text).toBe('U0GONE');
  });

  it('when a channel id only ends or only starts the text, then it is shown as text', () => {
    // A dead letter's channel is whatever the failed call named: only a whole channel id becomes a link.
    expect(channelMention('<!here> C0REVIEW').text).toBe('&lt;!here&gt; C0REVIEW');
    expect(channelMention('C0REVIEW|<!channel>').text).toBe('C0REVIEW|&lt;!channel&gt;');
    expect(channelMention('#C0REVIEW').text).toBe('#C0REVIEW');
  });
});

describe('what may become a link', () => {
  it('when an http(s) URL only appears after something else, then it is no link', () => {
    const label = safeText('#C-1');
    expect(link('javascript:https://x', label).text).toBe('#C-1');
    expect(link(' https://x', label).text).toBe('#C-1');
    expect(link('https://x\n', label).text).toBe('#C-1');
  });

  it('when the URL is one character past the scheme, then it is a link', () => {
    expect(link('https://x', safeText('a<b')).text).toBe('<https://x|a&lt;b>');
  });
});

describe('vouching', () => {
  it('when code outside the module forges a SafeText, then it is refused with the reason', () => {
    const Forged = SafeText as unknown as new (key: symbol, text: string) => SafeText;
    expect(() => new Forged(Symbol('safe-text'), 'x')).toThrow('SafeText is made only by blocks/safe-text.ts');
  });

  it('when safe text is made, then it is an instance whose string is its text', () => {
    const safe = safeText('a & b');
    expect(safe).toBeInstanceOf(SafeText);
    expect(String(safe)).toBe('a &amp; b');
  });
});

describe('markup around values', () => {
  it('when a template starts and ends with a value, then no literal part is lost or doubled', () => {
    expect(md`${'a'}-${'b'}`.text).toBe('a-b');
    expect(md`${1}${2}${3}`.text).toBe('123');
    expect(md`plain`.text).toBe('plain');
  });

  it('when numbers and safe pieces are joined, then the zero and the safe piece stay as they are', () => {
    expect(joinSafe([0, md`*b*`, 'c&d'], '|').text).toBe('0|*b*|c&amp;d');
  });
});

describe('cuts', () => {
  it('when people’s text is cut, then the contact is masked first, and the cut mark is in the reader’s language', () => {
    expect(safeText('13812345678 and more words', { max: 20, language: 'zh' }).text).toBe('138****5678 an…(已截断)');
    expect(safeText('13812345678', { max: 11, language: 'en' }).text).toBe('138****5678');
  });

  it('when notification text is cut without a language, then it ends with a bare ellipsis', () => {
    expect(shownText(md`${'abcdefgh'}`, 5)).toBe('abcd…');
    expect(shownText(md`${'abcdefgh'}`, 20, 'zh')).toBe('abcdefgh');
  });

  it('when the filer’s own text is cut, then it is escaped first and the cut counts the entities', () => {
    expect(ownText('<<<<<<', 24, 'en').text).toBe('&lt;&lt;&lt;&lt;&lt;&lt;');
    expect(ownText('<<<<<<', 12, 'zh').text).toBe('&lt;…(已截断)');
    expect(ownText('13812345678', 11, 'en').text).toBe('13812345678');
  });
});
