/** Finding every text a builder wrote, wherever it sits in the Block Kit JSON. */

export interface FoundText {
  type: 'plain_text' | 'mrkdwn';
  text: string;
  /** Where it was found, e.g. `blocks[3].fields[1]`. */
  path: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Every text object (`{type: 'plain_text' | 'mrkdwn', text}`) anywhere under `value`. */
export function textObjects(value: unknown, path = ''): FoundText[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => textObjects(item, `${path}[${index}]`));
  if (!isRecord(value)) return [];
  const { type, text } = value;
  if ((type === 'plain_text' || type === 'mrkdwn') && typeof text === 'string') return [{ type, text, path }];
  return Object.entries(value).flatMap(([key, child]) => textObjects(child, path ? `${path}.${key}` : key));
}

/** Everything Slack would render as mrkdwn: mrkdwn text objects, plus the message's own `text`. */
export function mrkdwnTexts(message: { text?: string; blocks?: unknown }): string[] {
  const found = textObjects(message.blocks ?? message)
    .filter((entry) => entry.type === 'mrkdwn')
    .map((entry) => entry.text);
  return message.text === undefined ? found : [message.text, ...found];
}

/** Trusted mentions the builders may write: the case's owner and the manager who decided. */
const TRUSTED = new Set(['@U_STAFF', '@U_MANAGER']);

/**
 * What in a mrkdwn text would act: a `<…>` sequence other than a trusted user mention, a bare broadcast,
 * or an `&` that is not one of the three entities Slack decodes.
 */
export function activeMrkdwn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/<([^<>]*)>/g)) if (!TRUSTED.has(match[1] ?? '')) found.push(match[0]);
  for (const match of text.matchAll(/@(channel|here|everyone)\b/gi)) found.push(match[0]);
  for (const match of text.matchAll(/&(?!amp;|lt;|gt;)/g)) found.push(`& at ${match.index}`);
  if (/<(?=[!#]|@(?!U_STAFF>|U_MANAGER>)|https?:)/i.test(text)) found.push('a raw < opening a control sequence');
  return found;
}

/** What in a plain text would act if Slack ever parsed it. */
export function activePlainText(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/<(?=[!@#]|https?:)/gi)) found.push(`< at ${match.index}`);
  for (const match of text.matchAll(/@(channel|here|everyone)\b/gi)) found.push(match[0]);
  return found;
}

/** Han characters: how the language tests tell Chinese from English. */
export const HAN = /\p{Script=Han}/u;
