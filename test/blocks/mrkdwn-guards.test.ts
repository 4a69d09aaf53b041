import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, inertPlainText, maskContact, truncate } from '../../src/blocks/mrkdwn.ts';

/**
 * Sharp tests for the guards of mrkdwn.ts (issue 17): each pins a boundary or a branch that a small change
 * (a flipped comparison, a dropped anchor, a changed quantifier, an off-by-one in a cut) would move.
 */
const ZWJ = '\u200D';

describe('broadcasts in bare text', () => {
  it('when the legacy @group or a broadcast before punctuation is typed, then it is broken too', () => {
    expect(escapeMrkdwn('@group')).toBe(`@${ZWJ}group`);
    expect(escapeMrkdwn('@channel.')).toBe(`@${ZWJ}channel.`);
    expect(inertPlainText('@Everyone!')).toBe(`@${ZWJ}Everyone!`);
  });

  it('when a broadcast word runs on into a digit or an underscore, then it is another word and left alone', () => {
    expect(escapeMrkdwn('@here9 @here_x @channel1')).toBe('@here9 @here_x @channel1');
  });

  it('when a text holds several broadcasts, then every one is broken', () => {
    expect(escapeMrkdwn('@here @here & @channel')).toBe(`@${ZWJ}here @${ZWJ}here &amp; @${ZWJ}channel`);
  });
});

describe('control sequences in plain text', () => {
  it('when < opens a link of any scheme, in any case, then it is broken', () => {
    expect(inertPlainText('<mailto:x> <HTTPS://x> <tel:123> <x-y.z+w:1>')).toBe(
      `<${ZWJ}mailto:x> <${ZWJ}HTTPS://x> <${ZWJ}tel:123> <${ZWJ}x-y.z+w:1>`,
    );
  });

  it('when < is followed by what is no scheme (a digit first, or a blank before the colon), then it is left alone', () => {
    expect(inertPlainText('<1http:x> <ab cd:x> 3<5')).toBe('<1http:x> <ab cd:x> 3<5');
  });
});

describe('masking', () => {
  it('when a mobile number holds 0086 in its middle, then only its own prefix is kept, not a country code found inside', () => {
    expect(maskContact('13900861234')).toBe('139****1234');
  });

  it('when an international number has exactly 8 or 15 digits, then it is masked; with 7 or 16, it is left whole', () => {
    expect(maskContact('+1 234 5678')).toBe('+1 *** 5678');
    expect(maskContact('+1 234 567')).toBe('+1 234 567');
    expect(maskContact('+44 1234 5678 9012 3')).toBe('+44 **** **** *012 3');
    expect(maskContact('+44 1234 5678 9012 34')).toBe('+44 1234 5678 9012 34');
  });

  it('when the country code is written with 00, then both zeros and the code are kept', () => {
    expect(maskContact('0044 20 7946 0958')).toBe('0044 ** **** 0958');
  });

  it('when nothing separates the country code from the number, then two digits after the + are kept', () => {
    expect(maskContact('+442079460958')).toBe('+44******0958');
    // A 00 further on is no country code.
    expect(maskContact('+4420 007 94609')).toBe('+44** *** *4609');
  });

  it('when the country code is followed by a bracket, a dot or a dash, then it is read as the country code', () => {
    expect(maskContact('+1(415)555-0132')).toBe('+1(***)***-0132');
    expect(maskContact('+44.20.7946.0958')).toBe('+44.**.****.0958');
    expect(maskContact('+44-20-7946-0958')).toBe('+44-**-****-0958');
  });

  it('when a landline has a four-digit area code in brackets, then the whole area code is kept', () => {
    expect(maskContact('(0755) 1234 5678')).toBe('(0755) **** 5678');
    expect(maskContact('(0755)12345678-8')).toBe('(0755)****5678-8');
  });
});

describe('truncate at its boundaries', () => {
  it('when the text is exactly the limit, then it comes back whole', () => {
    expect(truncate('abcde', 5, 'en')).toBe('abcde');
  });

  it('when the limit equals the mark’s length, then a bare ellipsis stands in; one more, and the mark fits', () => {
    const text = 'x'.repeat(20);
    expect(truncate(text, 13, 'en')).toBe('xxxxxxxxxxxx…');
    expect(truncate(text, 14, 'en')).toBe('x… (truncated)');
    expect(truncate(text, 6, 'zh')).toBe('xxxxx…');
    expect(truncate(text, 7, 'zh')).toBe('x…(已截断)');
    expect(truncate(text, 3)).toBe('xx…');
  });

  it('when the cut falls after a blank, then trailing blanks go but leading ones stay', () => {
    expect(truncate('ab cdefg', 4)).toBe('ab…');
    expect(truncate('  abcdef', 5)).toBe('  ab…');
  });

  it('when entities of every kind are cut, then none is split', () => {
    expect(truncate('&amp;&gt;&amp;', 12)).toBe('&amp;&gt;…');
    expect(truncate('&gt;&amp;&lt;', 9)).toBe('&gt;…');
  });

  it('when text follows a control sequence, then the cut counts on from after it', () => {
    expect(truncate('<@U1> abcdefgh', 10)).toBe('<@U1> abc…');
    expect(truncate('a<!here>bcdefgh', 10)).toBe('a<!here>b…');
  });

  it('when angle brackets hold a blank, then they are no control sequence and may be cut', () => {
    expect(truncate('<a b> xyz', 4)).toBe('<a…');
  });
});
