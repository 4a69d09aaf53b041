import {
  asDigits,
  CHINESE_ID,
  countDigits,
  EMAIL,
  INTERNATIONAL,
  INTERNATIONAL_DIGITS,
  isSpelledNumber,
  LANDLINE,
  MESSAGING_ID,
  MOBILE,
  REGIONAL_PHONE,
  SPELLED_NUMBER,
} from '../shared/contact-patterns.ts';
import type { Language } from '../shared/language.ts';

/**
 * Making user text safe to show in Slack. Staff type what customers said, and customers say anything:
 * a pasted `<!channel>` must not ping a whole channel, a `<http://…|click>` must not turn into a link,
 * and the review channel must not leak a customer's phone number.
 */

/** Zero-width joiner: invisible, but Slack no longer reads `@here` as a broadcast once it follows the `@`. */
const ZWJ = '\u200D';

/**
 * Broadcasts Slack may parse from bare text. Chinese is written without spaces, so `请@here看看` counts:
 * only an ASCII letter or digit right after the word makes it another word (`@hereford`). `@group` is
 * the legacy name of `@channel`.
 */
const BARE_BROADCAST = /@(channel|here|everyone|group)(?![A-Za-z0-9_])/gi;

/**
 * Escapes text for a `mrkdwn` field: `&`, `<` and `>` become entities, the only ones Slack decodes, so
 * `<!channel>`, `<@U123>`, `<#C1>`, `<!subteam^S1>` and `<http://evil|click>` show as typed and do
 * nothing; bare `@channel`, `@here`, `@everyone` get a zero-width joiner after the `@`.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(BARE_BROADCAST, `@${ZWJ}$1`);
}

/** `<` that would open a mention, channel, broadcast, user group or link in mrkdwn. */
const CONTROL_OPENER = /<(?=[!@#]|[a-z][a-z0-9+.-]*:)/giu;

/**
 * Makes text inert for a `plain_text` field. Slack does not parse plain text, so it is not escaped
 * (entities could show as typed); but the same text could end up in mrkdwn or a notification, so
 * control sequences and broadcasts are broken with an invisible joiner anyway.
 */
export function inertPlainText(text: string): string {
  return text.replace(CONTROL_OPENER, `<${ZWJ}`).replace(BARE_BROADCAST, `@${ZWJ}$1`);
}

/** Stars every digit of a number but the first `keepLeading` and the last four, keeping its separators. */
function starDigits(number: string, keepLeading: number): string {
  const total = countDigits(number);
  let seen = 0;
  return number.replace(/\d/g, (digit) => {
    const index = seen++;
    return index < keepLeading || index >= total - 4 ? digit : '*';
  });
}

/** `j***@example.com`: the first character of the mailbox is hint enough for staff who know the customer. */
function maskEmail(address: string): string {
  const at = address.indexOf('@');
  return `${address.slice(0, 1)}***${address.slice(at)}`;
}

function maskMobile(number: string): string {
  // Keep `+86` and the operator prefix (138…), as Chinese receipts print them: 138****5678.
  const prefix = /^(?:\+|00)86[\s-]?/.exec(number)?.[0] ?? '';
  return prefix + starDigits(number.slice(prefix.length), 3);
}

/** The extension (`-801`) is no secret on its own and tells staff which desk; only the number is masked. */
function maskLandline(_match: string, number: string, extension: string | undefined): string {
  // An area code shows where it ends (`0755-`, `(021)`, `010 `); written in one run (`02161234567`) it
  // cannot, so the shortest area code's three digits are kept, never the whole number.
  const area = /^\(?(0\d+)[)\s-]/.exec(number)?.[1] ?? '012';
  return starDigits(number, area.length) + (extension ?? '');
}

function maskInternational(number: string): string {
  const digits = countDigits(number);
  // Too few digits for a phone number: a price like "+15 (20)" or a score; leave it.
  if (digits < INTERNATIONAL_DIGITS.min || digits > INTERNATIONAL_DIGITS.max) return number;
  const country = /^(?:\+|00)(\d{1,3})(?=[\s.(-])/.exec(number)?.[1]?.length ?? 2;
  const prefix = number.startsWith('00') ? 2 : 0;
  return starDigits(number, prefix + country);
}

/**
 * A number spelled in Chinese numerals or full-width digits keeps its own characters where digits are kept:
 * 一三八****五六七八, as a mobile written in digits keeps its operator prefix and last four.
 */
function maskSpelledNumber(run: string): string {
  if (!isSpelledNumber(run)) return run;
  const digits = asDigits(run);
  const keepLeading = /^1[3-9]\d{9}$/.test(digits.replace(/\D/g, '')) ? 3 : 0;
  const starred = starDigits(digits, keepLeading);
  return [...run].map((character, index) => (starred[index] === '*' ? '*' : character)).join('');
}

/** `微信号: l***`: the label stays, so staff know which app; the ID keeps its first character, as an address does. */
function maskMessagingId(_match: string, label: string, gap: string, id: string): string {
  return `${label}${gap}${id.slice(0, 1)}***`;
}

/** An ID number keeps its first six digits (the issuing region) and last four: `110105********123X`. */
function maskIdNumber(number: string): string {
  return number.slice(0, 6) + '*'.repeat(number.length - 10) + number.slice(-4);
}

/**
 * Masks phone numbers, e-mail addresses and resident ID numbers, keeping a hint staff can check against:
 * `138****5678`, `0755-****5678`, `+44 20 ****0958`, `j***@example.com`, `110105********123X`. E-mail goes
 * first, so that a mailbox made of a phone number (`13812345678@qq.com`) is masked as an address, whole;
 * ID numbers next, because an 18-digit ID holds a run that looks like a mobile.
 */
export function maskContact(text: string): string {
  return text
    .replace(EMAIL, maskEmail)
    .replace(CHINESE_ID, maskIdNumber)
    .replace(MOBILE, maskMobile)
    .replace(INTERNATIONAL, maskInternational)
    .replace(REGIONAL_PHONE, (number) => starDigits(number, 0))
    .replace(LANDLINE, maskLandline)
    .replace(SPELLED_NUMBER, maskSpelledNumber)
    .replace(MESSAGING_ID, maskMessagingId);
}

/** What a cut text ends with, so a reader knows there was more. */
export const TRUNCATION_MARK: Record<Language, string> = { zh: '…(已截断)', en: '… (truncated)' };

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The units a text may be cut between: grapheme clusters (so an emoji, a flag or a family never splits
 * into broken halves), except that an entity (`&lt;`) or a Slack control sequence (`<@U123>`, `<!here>`)
 * is one unit, so a cut never leaves half an escape behind.
 */
function* cuttableUnits(text: string): Generator<string> {
  const atomic = /&(?:amp|lt|gt);|<[^<>\s]*>/g;
  let from = 0;
  for (const match of text.matchAll(atomic)) {
    for (const { segment } of graphemes.segment(text.slice(from, match.index))) yield segment;
    yield match[0];
    from = match.index + match[0].length;
  }
  for (const { segment } of graphemes.segment(text.slice(from))) yield segment;
}

/**
 * Cuts text to at most `max` UTF-16 code units (what Slack's limits count, or more), ending with a
 * visible mark: "…(已截断)" / "… (truncated)" in the given language, "…" without one. Never splits a
 * grapheme, an entity or a control sequence. Text within the limit comes back unchanged.
 */
export function truncate(text: string, max: number, language?: Language): string {
  if (text.length <= max) return text;
  const preferred = language ? TRUNCATION_MARK[language] : '…';
  const mark = preferred.length < max ? preferred : '…'.length <= max ? '…' : '';
  const budget = max - mark.length;
  let kept = '';
  for (const unit of cuttableUnits(text)) {
    if (kept.length + unit.length > budget) break;
    kept += unit;
  }
  return kept.trimEnd() + mark;
}

/** Options for {@link userMrkdwn}. */
export interface UserTextOptions {
  /** The most characters the result may take (after escaping). */
  max: number;
  /** The reader's language, for the truncation mark. */
  language: Language;
  /** Mask phone numbers and e-mail addresses (for shared places such as the review channel). */
  mask: boolean;
}

/**
 * User text ready for mrkdwn, in the only safe order: mask (on the raw text, before escaping breaks up
 * what a phone number or address looks like), escape, then cut (entity-aware, so the limit holds for
 * the text Slack counts).
 */
export function userMrkdwn(text: string, { max, language, mask }: UserTextOptions): string {
  return truncate(escapeMrkdwn(mask ? maskContact(text) : text), max, language);
}
