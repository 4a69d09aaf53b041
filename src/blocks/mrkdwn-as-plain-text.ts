/**
 * Slack mrkdwn read as plain text, for a terminal (`npm run report`, `npm run digest -- --dry-run`): what a
 * reader sees in Slack, without the marks Slack would have turned into formatting, links and mentions.
 */

/** A control sequence: `<@U123>`, `<#C1|general>`, `<!here>`, `<https://x.y|label>`. */
const CONTROL = /<([^<>|\s]+)(?:\|([^<>]*))?>/g;

/** Broadcasts, read as a reader would say them. */
const BROADCASTS = new Set(['here', 'channel', 'everyone']);

function controlAsText(_match: string, target: string, label: string | undefined): string {
  if (target.startsWith('@')) return label ? `@${label.replace(/^@/, '')}` : target;
  if (target.startsWith('#')) return label ? `#${label.replace(/^#/, '')}` : target;
  if (target.startsWith('!')) {
    const name = target.slice(1).split('^')[0] ?? '';
    return label ?? (BROADCASTS.has(name) ? `@${name}` : target);
  }
  return label && label !== target ? `${label} (${target})` : target;
}

/**
 * Bold, italic and strikethrough marks, as Slack reads them: the mark right after a space, punctuation or a
 * Chinese character (not after a letter, a digit or another mark) and around words that do not start or end
 * with a space. So a masked number's stars (`138****5678`, `(***) ***-0132`) and `DIGEST_CRON` stay.
 */
const EMPHASIS = [
  /(?<![A-Za-z0-9*_~])\*([^*\n\s](?:[^*\n]*[^*\n\s])?)\*(?![A-Za-z0-9*_~])/gu,
  /(?<![A-Za-z0-9*_~])_([^_\n\s](?:[^_\n]*[^_\n\s])?)_(?![A-Za-z0-9*_~])/gu,
  /(?<![A-Za-z0-9*_~])~([^~\n\s](?:[^~\n]*[^~\n\s])?)~(?![A-Za-z0-9*_~])/gu,
];

/** The entities mrkdwn escapes `&`, `<` and `>` to; `&amp;` last, so `&amp;lt;` reads `&lt;` as typed. */
const ENTITIES: readonly (readonly [string, string])[] = [
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&amp;', '&'],
];

export function mrkdwnAsPlainText(mrkdwn: string): string {
  // Control sequences first: only an unescaped `<` opens one, so text a customer typed (`&lt;@U1&gt;`) stays as typed.
  let text = mrkdwn.replace(CONTROL, controlAsText);
  for (const emphasis of EMPHASIS) text = text.replace(emphasis, '$1');
  for (const [entity, character] of ENTITIES) text = text.replaceAll(entity, character);
  return text;
}
