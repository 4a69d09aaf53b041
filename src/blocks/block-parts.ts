import type {
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  MrkdwnElement,
  PlainTextElement,
  PlainTextOption,
  SectionBlock,
} from '@slack/types';
import { LIMITS } from './limits.ts';
import { inertPlainText, truncate } from './mrkdwn.ts';
import type { SafeText } from './safe-text.ts';

/**
 * The small pieces every builder is made of. Each one keeps its own limit, so a builder cannot produce
 * an over-long or empty text object, either of which makes Slack refuse the whole post.
 */

// Slack refuses empty text objects; a dash keeps the post valid and reads as "nothing here".
const orDash = (text: string) => (text.trim().length > 0 ? text : '—');

/** A plain_text object: made inert (no pings or links even if it ends up parsed) and cut to `max`. */
export function plainText(text: string, max: number): PlainTextElement {
  return { type: 'plain_text', text: truncate(orDash(inertPlainText(text)), max), emoji: true };
}

/**
 * A mrkdwn object from safe text (people's words masked and escaped, joined with our own markup), cut
 * to `max`. `verbatim` stops Slack from linking bare URLs and channel names found in it.
 */
export function mrkdwnText(safe: SafeText, max: number = LIMITS.sectionText): MrkdwnElement {
  return { type: 'mrkdwn', text: truncate(orDash(safe.text), max), verbatim: true };
}

/**
 * A header: plain text, so the entities escaping wrote are turned back into the characters they stand
 * for (plain text shows entities as typed), then made inert like any plain text.
 */
export function header(safe: SafeText): HeaderBlock {
  const plain = safe.text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  return { type: 'header', text: plainText(plain, LIMITS.headerText) };
}

/** A section of safe mrkdwn. */
export function section(safe: SafeText): SectionBlock {
  return { type: 'section', text: mrkdwnText(safe, LIMITS.sectionText) };
}

/** A section of up to ten side-by-side fields of safe mrkdwn. */
export function fieldsSection(safeFields: readonly SafeText[]): SectionBlock {
  return {
    type: 'section',
    fields: safeFields.slice(0, LIMITS.sectionFields).map((field) => mrkdwnText(field, LIMITS.fieldText)),
  };
}

/** A context block of safe mrkdwn elements (small grey text). */
export function context(safeElements: readonly SafeText[]): ContextBlock {
  return {
    type: 'context',
    elements: safeElements.slice(0, LIMITS.contextElements).map((text) => mrkdwnText(text, LIMITS.contextText)),
  };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

/** An option for a select, radio or checkbox group, its label cut to Slack's 75 characters. */
export function option(label: string, value: string, description?: string): PlainTextOption {
  return {
    text: plainText(label, LIMITS.optionText),
    value,
    ...(description === undefined ? {} : { description: plainText(description, LIMITS.optionDescription) }),
  };
}
