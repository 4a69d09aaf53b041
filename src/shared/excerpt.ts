/** How much of what a server sent may reach a line: enough to recognise it, never a whole page. */
export const EXCERPT_LENGTH = 300;

/** What a server sent, on one line and cut to a recognisable start ("… (7512 characters more)"). */
export function excerptOf(text: string, length = EXCERPT_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length)}… (${line.length - length} characters more)` : line;
}
