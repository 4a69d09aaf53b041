import { createHmac } from 'node:crypto';
import { asDigits } from './contact-patterns.ts';

/**
 * A customer's phone or member number, made comparable: the same customer typed two ways (spaces, dashes,
 * +86 or 0086 in front, a member number in lower case) gives the same key, so their cases are found together.
 */
export type NormalisedCustomerId = { kind: 'phone' | 'member'; value: string };

/** What a phone may hold besides digits as staff type it: spaces, dashes, dots, brackets and a leading +. */
const PHONE_DECORATION = /[\s\-.()（）]/g;
/** Letters, digits and dashes, at least one digit: a word typed by mistake ("hello") is not a member number. */
const MEMBER_NUMBER = /^(?=.*\d)[A-Z0-9][A-Z0-9-]{2,39}$/;

/**
 * The phone's digits (China's country code dropped, so +86 138…, 0086 138… and 138… agree) or the member
 * number trimmed and upper-cased; undefined when it is neither (too short, letters mixed into a phone…).
 */
export function normaliseCustomerId(raw: string): NormalisedCustomerId | undefined {
  const trimmed = raw.normalize('NFKC').trim();
  if (trimmed === '') return undefined;
  // A phone spelled in Chinese numerals (一三八…, 幺三八…) is the same phone: the review channel masks it as one.
  const compact = asDigits(trimmed).replace(PHONE_DECORATION, '');
  if (/^\+?\d+$/.test(compact)) {
    let digits = compact.replace(/^\+/, '');
    if (compact.startsWith('+86')) digits = digits.slice(2);
    else if (digits.startsWith('0086')) digits = digits.slice(4);
    // A mobile number written with the country code but no + (86 138 0013 8000).
    else if (/^861\d{10}$/.test(digits)) digits = digits.slice(2);
    return digits.length >= 5 && digits.length <= 15 ? { kind: 'phone', value: digits } : undefined;
  }
  const member = trimmed.toUpperCase();
  return MEMBER_NUMBER.test(member) ? { kind: 'member', value: member } : undefined;
}

/**
 * The keyed fingerprint of a normalised id: HMAC-SHA256 with the shop's secret, hex. Without the secret
 * nobody can test guessed phone numbers against a copy of the store (China's mobile numbers are few
 * enough to try them all against a plain hash). The kind is part of what is hashed, so a member number
 * never matches a phone.
 */
export function fingerprintCustomerId(id: NormalisedCustomerId, key: string): string {
  return createHmac('sha256', key).update(`${id.kind}:${id.value}`).digest('hex');
}

/** The last four characters, which staff recognise a customer by ("…8000"). */
export function lastFourOf(id: NormalisedCustomerId): string {
  return id.value.slice(-4);
}

/** Staff write a number in groups: "138 0013 8000", "138-0013-8000", "(0755) 1234.5678". */
const DIGIT_GAP = String.raw`[\s\-.()（）]*`;

/**
 * A pattern for this phone or member number wherever a text writes it: a phone in groups, with +86 or 0086
 * before it, in full-width or Chinese numerals (after {@link asDigits}); a member number in any case. It is never
 * part of a longer number or code.
 */
function customerIdPattern(id: NormalisedCustomerId): RegExp {
  if (id.kind === 'member') {
    const member = id.value.replace(/-/g, '\\-');
    return new RegExp(`(?<![A-Za-z0-9-])${member}(?![A-Za-z0-9-])`, 'iu');
  }
  const digits = [...id.value].join(DIGIT_GAP);
  return new RegExp(`(?<![\\d+])(?:(?:\\+|00)?86${DIGIT_GAP})?${digits}(?!\\d)`, 'u');
}

/**
 * Whether any of `texts` names the customer by this phone or member number: a case staff filed without the
 * customer's number in its field (or before the field existed) still holds it in the customer's words, and an
 * erasure request must reach it.
 */
export function textsNameCustomerId(texts: readonly (string | undefined)[], id: NormalisedCustomerId): boolean {
  const pattern = customerIdPattern(id);
  for (const text of texts) {
    if (text === undefined || text === '') continue;
    const folded = text.normalize('NFKC');
    if (pattern.test(id.kind === 'phone' ? asDigits(folded) : folded)) return true;
  }
  return false;
}
