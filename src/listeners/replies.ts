import type { WebClient } from '@slack/web-api';
import type { Language, Localized } from '../shared/language.ts';

/**
 * Tells one person something only they see: an ephemeral message where the click happened, else a direct
 * message from the bot.
 */
export async function tellPrivately(
  client: WebClient,
  user: string,
  channel: string | undefined,
  text: string,
): Promise<void> {
  if (channel && !channel.startsWith('D')) {
    await client.chat.postEphemeral({ channel, user, text });
    return;
  }
  await client.chat.postMessage({ channel: user, text });
}

export function reply(text: Localized, language: Language): string {
  return text[language];
}
