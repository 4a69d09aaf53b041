import type { Language } from '../shared/language.ts';
import { escapeMrkdwn, maskContact, truncate } from './mrkdwn.ts';

/**
 * Text cleared for a Block Kit surface other people read (the review channel and its threads, approvers'
 * DMs, App Home, the digest, search answers): people's words in it have their phone numbers, e-mail
 * addresses and ID numbers masked and are escaped for mrkdwn, so nobody is pinged, linked or exposed.
 *
 * Every block builder takes mrkdwn only as `SafeText`, and nothing but this module can make one, so `tsc`
 * refuses a raw string wherever a customer's words could otherwise slip through. The ways in:
 * - {@link safeText}: any text from outside the code (customers, staff, managers, the policy file, Slack);
 * - {@link md}: our own markup around values, where every plain string interpolated is made safe;
 * - {@link joinSafe}, {@link mention}, {@link link}, {@link quoteSafe}: lists, mentions, links and quotes.
 * The filer's own DM alone may show contacts whole, through `own-text.ts`, which only its builders import.
 *
 * It is an object rather than a branded string so that the difference holds at run time too: a template
 * literal or `join` turns it back into a plain string, which {@link md} then treats as untrusted again.
 */
export class SafeText {
  /** The mrkdwn, ready for Slack. */
  readonly text: string;

  constructor(key: typeof MINT, text: string) {
    // The key is this module's own: no other code can vouch for a string.
    if (key !== MINT) throw new TypeError('SafeText is made only by blocks/safe-text.ts');
    this.text = text;
  }

  toString(): string {
    return this.text;
  }
}

const MINT = Symbol('safe-text');
const vouch = (text: string) => new SafeText(MINT, text);

/** The code's vouching for text it escaped itself without masking; for `own-text.ts` alone (the filer's DM). */
export function vouchEscapedForFiler(escaped: string): SafeText {
  return vouch(escaped);
}

/** How long a piece of people's text may be on a surface, and the reader's language for the cut mark. */
export interface CutOptions {
  /** The most characters it may take once escaped (what Slack counts). */
  max: number;
  language: Language;
}

/**
 * The one way text from outside the code reaches a surface others read: contacts masked (on the raw
 * text, before escaping breaks up what a phone number looks like), mrkdwn escaped and, with `cut`, cut
 * to a length with a visible mark in the reader's language.
 */
export function safeText(text: string, cut?: CutOptions): SafeText {
  const safe = escapeMrkdwn(maskContact(text));
  return vouch(cut ? truncate(safe, cut.max, cut.language) : safe);
}

/** What may be interpolated in {@link md}: safe pieces, numbers, and plain strings (made safe on the way in). */
export type MdValue = SafeText | string | number;

function asSafe(value: MdValue): string {
  if (value instanceof SafeText) return value.text;
  if (typeof value === 'number') return String(value);
  return safeText(value).text;
}

/**
 * Our own markup around values: md`*${label}*\n${words}`. The literal parts are code, so they may hold
 * mrkdwn (`*bold*`, `_italic_`); every interpolated string that is not already {@link SafeText} is masked
 * and escaped, so a value can never add markup or show a contact.
 */
export function md(strings: TemplateStringsArray, ...values: readonly MdValue[]): SafeText {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += asSafe(value) + (strings[index + 1] ?? '');
  });
  return vouch(text);
}

/** Pieces joined by the code's own separator (plain strings made safe); empty and absent pieces are skipped. */
export function joinSafe(parts: readonly (MdValue | undefined | false | null)[], separator: string): SafeText {
  const kept: string[] = [];
  for (const part of parts) {
    if (part === undefined || part === false || part === null || part === '') continue;
    kept.push(asSafe(part));
  }
  return vouch(kept.join(separator));
}

/** A Slack user mention, only for what looks like a user id: anything else is shown as text. */
export function mention(userId: string): SafeText {
  return /^[A-Z0-9_]{2,64}$/i.test(userId) ? vouch(`<@${userId}>`) : safeText(userId);
}

/** A link to a channel (`<#C…>`, shown as its name), only for what looks like a channel id: anything else as text. */
export function channelMention(channelId: string): SafeText {
  return /^[CG][A-Z0-9]{2,30}$/.test(channelId) ? vouch(`<#${channelId}>`) : safeText(channelId);
}

/** A link with a safe label, for an http(s) URL that cannot close the markup; the label alone otherwise. */
export function link(url: string | undefined, label: SafeText): SafeText {
  return url && /^https?:\/\/[^\s<>|]+$/.test(url) ? vouch(`<${url}|${label.text}>`) : label;
}

/** Every line quoted (`>`), as mrkdwn shows a customer's words. */
export function quoteSafe(text: SafeText): SafeText {
  return vouch(
    text.text
      .split('\n')
      .map((line) => `>${line}`)
      .join('\n'),
  );
}

/** The notification text of a message (what Slack shows in a push or where blocks cannot be shown). */
declare const shownBrand: unique symbol;
export type ShownText = string & { readonly [shownBrand]: true };

/** Safe text as a message's notification text, cut to `max`. */
export function shownText(text: SafeText, max: number, language?: Language): ShownText {
  return truncate(text.text, max, language) as ShownText;
}
