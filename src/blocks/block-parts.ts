import type {
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  MrkdwnElement,
  PlainTextElement,
  PlainTextOption,
  SectionBlock,
} from '@slack/types';
import { LIMITS } from './limits.js';
import { inertPlainText, truncate } from './mrkdwn.js';

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
 * A mrkdwn object from text that is already safe (escaped user text joined with our own markup), cut
 * to `max`. `verbatim` stops Slack from linking bare URLs and channel names found in it.
 */
export function mrkdwnText(safe: string, max: number = LIMITS.sectionText): MrkdwnElement {
  return { type: 'mrkdwn', text: truncate(orDash(safe), max), verbatim: true };
}

export function header(text: string): HeaderBlock {
  return { type: 'header', text: plainText(text, LIMITS.headerText) };
}

/** A section of safe mrkdwn. */
export function section(safe: string): SectionBlock {
  return { type: 'section', text: mrkdwnText(safe, LIMITS.sectionText) };
}

/** A section of up to ten side-by-side fields of safe mrkdwn. */
export function fieldsSection(safeFields: readonly string[]): SectionBlock {
  return {
    type: 'section',
    fields: safeFields.slice(0, LIMITS.sectionFields).map((field) => mrkdwnText(field, LIMITS.fieldText)),
  };
}

/** A context block of safe mrkdwn elements (small grey text). */
export function context(safeElements: readonly string[]): ContextBlock {
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

/** A line of mrkdwn quoting user text (already escaped): every line starts with `>`. */
export function quote(safe: string): string {
  return safe
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}
