import { describe, expect, it } from 'vitest';
import {
  CHINESE_ID,
  countDigits,
  EMAIL,
  INTERNATIONAL,
  INTERNATIONAL_DIGITS,
  LANDLINE,
  MOBILE,
} from '../../src/shared/contact-patterns.ts';

/**
 * Sharp tests for the patterns of contact-patterns.ts (issue 17), which both the review channel's masking
 * and the redaction before an LLM use: each case sits on a boundary of one quantifier, class or guard.
 */
const found = (pattern: RegExp, text: string) => text.match(pattern) ?? [];

describe('e-mail addresses', () => {
  it.each([
    ['a@b.co', ['a@b.co']],
    ['x.y%z+w-v@mail-1.example.co.uk', ['x.y%z+w-v@mail-1.example.co.uk']],
    ['a@b-c.d-e.org', ['a@b-c.d-e.org']],
    ['a@b.co, c@d.co', ['a@b.co', 'c@d.co']],
    ['a@b.c', []],
    ['a@b', []],
    ['a@b.12', []],
    ['@example.com', []],
    ['a@.com', []],
  ])('when the text is %j, then the addresses found are %j', (text, expected) => {
    expect(found(EMAIL, text)).toEqual(expected);
  });
});

describe('Chinese mobile numbers', () => {
  it.each([
    ['13812345678', ['13812345678']],
    ['19912345678', ['19912345678']],
    ['中13812345678', ['13812345678']],
    ['138-1234-5678-', ['138-1234-5678']],
    ['+86-13812345678', ['+86-13812345678']],
    ['008613812345678', ['008613812345678']],
    ['12812345678', []],
    ['138123456789', []],
    ['1381234567', []],
    ['138  1234 5678', []],
    ['+13812345678', []],
    ['x13812345678', []],
    ['_13812345678', []],
  ])('when the text is %j, then the mobiles found are %j', (text, expected) => {
    expect(found(MOBILE, text)).toEqual(expected);
  });
});

describe('landlines', () => {
  it.each([
    ['010-1234567', ['010-1234567']],
    ['(010)12345678', ['(010)12345678']],
    ['(0101)1234 5678', ['(0101)1234 5678']],
    ['0101-1234-5678', ['0101-1234-5678']],
    ['010-12345678-801', ['010-12345678-801']],
    ['02161234567', ['02161234567']],
    ['075512345678', ['075512345678']],
    ['010-12345678-123456', ['010-12345678']],
    ['010-12345678-', ['010-12345678']],
    ['010-123456', []],
    ['(010)  12345678', []],
    ['010--12345678', []],
    ['010-1234--5678', []],
    ['01-12345678', []],
    ['02-2345-6789', ['02-2345-6789']],
    ['(07) 234 5678', ['(07) 234 5678']],
    ['(01) 2345 6789', []],
    ['00-12345678', []],
    ['A010-12345678', []],
    ['+010-12345678', []],
  ])('when the text is %j, then the landlines found are %j', (text, expected) => {
    expect(found(LANDLINE, text)).toEqual(expected);
  });

  it('when a landline has an extension, then the number and the extension are told apart', () => {
    const [match] = '021 61234567-801'.matchAll(LANDLINE);
    expect([match?.[1], match?.[2]]).toEqual(['021 61234567', '-801']);
  });
});

describe('international numbers', () => {
  it.each([
    ['+44 (20) 7946 0958', ['+44 (20) 7946 0958']],
    ['0044 20 7946 0958', ['0044 20 7946 0958']],
    ['+1234 5678 9012', ['+1234 5678 9012']],
    ['+1 2 3 4 5 6 7', ['+1 2 3 4 5 6']],
    ['+33 6 12 34 56 78', ['+33 6 12 34 56 78']],
    ['+0 20 7946 0958', []],
    ['+44  20 7946 0958', []],
    ['a+44 20 7946 0958', []],
    ['1+44 20 7946 0958', []],
    ['_+44 20 7946 0958', []],
  ])('when the text is %j, then the numbers found are %j', (text, expected) => {
    expect(found(INTERNATIONAL, text)).toEqual(expected);
  });

  it('when a number is an international phone number, then it has 8 to 15 digits', () => {
    expect(INTERNATIONAL_DIGITS).toEqual({ min: 8, max: 15 });
  });
});

describe('resident ID numbers', () => {
  it.each([
    ['11010519491231002X', ['11010519491231002X']],
    ['11010519491231002x', ['11010519491231002x']],
    ['110105491231002', ['110105491231002']],
    ['中11010519491231002X号', ['11010519491231002X']],
    ['1101051949123100', []],
    ['1101051949123100211', []],
    ['a11010519491231002X', []],
    ['11010519491231002Xa', []],
    ['110105194912310021_', []],
  ])('when the text is %j, then the ID numbers found are %j', (text, expected) => {
    expect(found(CHINESE_ID, text)).toEqual(expected);
  });
});

describe('counting digits', () => {
  it('when a number has separators, then only its digits count', () => {
    expect([countDigits('+1 (415) 555-0132'), countDigits('a1-2 3'), countDigits('')]).toEqual([11, 3, 0]);
  });
});
