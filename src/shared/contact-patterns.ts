/**
 * What a customer's contact details look like in free text. One definition serves both the review
 * channel's masking (`blocks/mrkdwn.ts`) and the redaction applied before a complaint is sent to an LLM
 * (`analysis/llm/redact-contacts.ts`), so the two can never disagree about what counts as a phone number.
 * Every pattern is global: use it with `replace`/`replaceAll`/`matchAll`, never with a stateful `exec` loop.
 */

export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * Phone numbers, in three shapes. The guards (no digit or ASCII word character just before, no digit
 * just after) keep order numbers, dates and prices whole: `2026-11-20`, `¥129`, `DD13812345678`; nor is a
 * landline read out of a code such as `SN-0123456789` or a prompt version `p-0123456789`.
 * - a Chinese mobile: `13812345678`, `138 1234 5678`, `138-1234-5678`, optionally after `+86`/`0086`;
 * - a landline with its area code: `010-12345678`, `(0755) 1234 5678`, `021 6123 4567-801`, and Taiwan's
 *   two-digit codes (02–08) when written apart (`(02) 2345-6789`, `02-2345-6789`; there is no `01`);
 * - an international number: `+44 20 7946 0958`, `+1 (415) 555-0132`, `+852 2345 6789`.
 */
export const MOBILE = /(?<![A-Za-z0-9_+])(?:(?:\+|00)86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g;
export const LANDLINE =
  /(?<![A-Za-z0-9_+])(?<![A-Za-z]-)((?:\(0(?:[2-8]|[1-9]\d{1,2})\)\s?|0(?:[2-8]|[1-9]\d{1,2})[\s-]|0[1-9]\d{1,2})\d{3,4}[\s-]?\d{4})(-\d{1,5})?(?!\d)/g;
export const INTERNATIONAL = /(?<![A-Za-z0-9_])(?:\+|00)[1-9]\d{0,2}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?!\d)/g;

/**
 * Numbers in the local form of the other places the shops' customers write from, without a country code:
 * - a Taiwan mobile: `0912-345-678`, `0912 345 678`, `0912345678`;
 * - a Hong Kong or Macau number of eight digits, `9123 4567`, `9123-4567`, `91234567` (the first digit 4–9:
 *   mobiles and, on the mainland, a local number without its area code; a date such as `20261207` starts
 *   with 1 or 2). Not after a currency sign nor before a unit, so `¥5000-8000`, `5000 8000元` stay prices;
 * - a North American number with its separators: `(415) 555-0132`, `415-555-0132`, `415.555.0132`.
 * None of them inside a longer run of grouped digits (`+44 1234 5678 9012 34`, a card number).
 * Checked after {@link INTERNATIONAL} (which takes them with a `+852`/`+1` in front) and before
 * {@link LANDLINE}, which would read `0912345678` as an area code and number.
 */
export const REGIONAL_PHONE =
  /(?<![A-Za-z0-9_+.¥￥$-])(?<!\d[\s.-])(?:09\d{2}(?:[\s-]?\d){6}|[4-9]\d{3}[\s-]?\d{4}|\(?[2-9]\d{2}\)?[\s.-]?[2-9]\d{2}[\s.-]\d{4})(?![\d-])(?![\s.]\d)(?!\s*(?:元|块|塊|万|萬|千|百|yuan|RMB|HKD|MOP|dollars?|%))/giu;

/**
 * An ID on a messaging app, after the label customers write it with: 微信号: li_hua88, 微信 lihua_2024, QQ号是
 * 12345678, vx: Lihua88, "WeChat ID: lihua88", "LINE ID: lihua.tw". Only after a label, since a bare word of
 * letters and digits is as often an order or model number; without a colon or 是/为/号 after the label the ID must
 * hold a digit, so "WeChat account" or "微信 support" stay words. The ID is the capture group `id`.
 */
export const MESSAGING_ID =
  /(?<![A-Za-z])(?<label>(?:微信号?|微信號|微訊號?|vx|VX|wx|WX|QQ号?|QQ號|(?:WeChat|Wechat|LINE|Line|Telegram)\s?ID|WeChat|Wechat))(?<gap>\s*[:：]\s*|\s*[是为為号號]\s*|\s+(?=[A-Za-z0-9_.-]*\d))(?<id>[A-Za-z0-9][A-Za-z0-9_.-]{4,19})(?![A-Za-z0-9_])/gu;

/**
 * A mainland resident ID number (居民身份证号): 18 characters, the last a digit or X, or the older 15
 * digits. Checked before phone numbers, because an ID contains a run that looks like a mobile.
 */
export const CHINESE_ID = /(?<![A-Za-z0-9_])(?:\d{17}[\dXx]|\d{15})(?![A-Za-z0-9_])/g;

/**
 * The characters a digit is also written with: Chinese numerals (〇/零 for nought, 幺 for one and 两 for two
 * as they are read out on the phone), their financial forms (壹贰叁…) and full-width digits (０–９). Each is a
 * single UTF-16 unit, so a number written with them keeps its length when read as digits.
 */
const SPELLED_DIGITS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['0', '〇○零０'],
    ['1', '一壹幺１'],
    ['2', '二贰貳两兩２'],
    ['3', '三叁參３'],
    ['4', '四肆４'],
    ['5', '五伍５'],
    ['6', '六陆陸６'],
    ['7', '七柒７'],
    ['8', '八捌８'],
    ['9', '九玖９'],
  ].flatMap(([digit, forms]) => [...(forms as string)].map((form) => [form, digit as string])),
);
const DIGIT_CHARACTER = `0-9${Object.keys(SPELLED_DIGITS).join('')}`;

/**
 * A phone (or any long) number written digit by digit in Chinese numerals or full-width digits, alone or
 * mixed with ASCII ones: 一三八一二三四五六七八, 幺三八 一二三四 五六七八, １３８-１２３４-５６７８,
 * 138一二三四五六七八. Seven digits at least, one space or dash allowed between two: an ordinary Chinese
 * number is written with its units (三十八元, 一百二十克) and a year has four digits (二〇二四年), so neither
 * is read as one. A run of ASCII digits alone is left to the patterns above: see {@link isSpelledNumber}.
 */
export const SPELLED_NUMBER = new RegExp(
  `(?<![A-Za-z0-9_])[${DIGIT_CHARACTER}](?:[\\s\\-－]?[${DIGIT_CHARACTER}]){6,}(?![${DIGIT_CHARACTER}])`,
  'gu',
);

/** Whether a run {@link SPELLED_NUMBER} found holds a spelled digit, rather than ASCII digits only. */
export const isSpelledNumber = (run: string): boolean => [...run].some((character) => character in SPELLED_DIGITS);

/** A spelled number read as ASCII digits, character for character (separators kept): 幺三八 → 138. */
export const asDigits = (run: string): string =>
  [...run].map((character) => SPELLED_DIGITS[character] ?? character).join('');

/** International numbers outside this digit count are prices or scores ("+15 (20)"), not phones. */
export const INTERNATIONAL_DIGITS = { min: 8, max: 15 } as const;

export const countDigits = (text: string): number => text.replace(/\D/g, '').length;

/** What stands in for each kind of contact when {@link replaceContacts} takes them out. */
export interface ContactStandIns {
  email: string;
  idNumber: string;
  phone: string;
  messagingId: string;
}

/**
 * Replaces e-mail addresses, ID numbers and phone numbers whole (masking keeps a hint; this keeps none). The
 * order matters: an address made of a phone number goes as an address, and an 18-digit ID goes whole before
 * its inner run could pass for a mobile. Used before a complaint leaves for an LLM and when a case is erased.
 */
export function replaceContacts(text: string, by: ContactStandIns): string {
  return text
    .replace(EMAIL, by.email)
    .replace(CHINESE_ID, by.idNumber)
    .replace(MOBILE, by.phone)
    .replace(INTERNATIONAL, (number) => {
      const digits = countDigits(number);
      return digits < INTERNATIONAL_DIGITS.min || digits > INTERNATIONAL_DIGITS.max ? number : by.phone;
    })
    .replace(REGIONAL_PHONE, by.phone)
    .replace(LANDLINE, by.phone)
    .replace(SPELLED_NUMBER, (run) => (isSpelledNumber(run) ? by.phone : run))
    .replace(MESSAGING_ID, (_match, label: string, gap: string) => `${label}${gap}${by.messagingId}`);
}
