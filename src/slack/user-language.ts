import type { WebClient } from '@slack/web-api';
import type { Language } from '../shared/language.js';

/** Slack locales ("zh-CN", "zh-TW", "en-GB" …) to the product's two languages. */
export function languageOfLocale(locale: string | undefined, fallback: Language): Language {
  if (!locale) return fallback;
  if (/^zh/i.test(locale)) return 'zh';
  if (/^en/i.test(locale)) return 'en';
  return fallback;
}

export interface LanguageResolver {
  /** The language already known for a user, without calling Slack (for work that must not wait). */
  cached(userId: string): Language | undefined;
  /** The user's language from their Slack locale (users.info), cached for an hour. */
  resolve(userId: string): Promise<Language>;
}

const TTL_MS = 60 * 60 * 1000;

/** Reads users' Slack locales, falling back to DEFAULT_LOCALE when Slack does not say. */
export function createLanguageResolver(client: WebClient, fallback: Language, clock: () => Date): LanguageResolver {
  const cache = new Map<string, { language: Language; at: number }>();
  const cached = (userId: string) => {
    const entry = cache.get(userId);
    return entry && clock().getTime() - entry.at < TTL_MS ? entry.language : undefined;
  };
  return {
    cached,
    async resolve(userId) {
      const known = cached(userId);
      if (known) return known;
      let language = fallback;
      try {
        const info = await client.users.info({ user: userId, include_locale: true });
        language = languageOfLocale(info.user?.locale, fallback);
      } catch {
        // A user's language is a nicety: when Slack cannot tell us, the default locale serves.
      }
      cache.set(userId, { language, at: clock().getTime() });
      return language;
    },
  };
}
