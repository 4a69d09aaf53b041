import type { WebClient } from '@slack/web-api';
import type { Language } from '../shared/language.ts';

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
  /**
   * The name the user goes by in Slack (display name, else real name, else handle), from the same cached
   * users.info answer; undefined when Slack cannot tell (the caller shows the id instead).
   */
  nameOf(userId: string): Promise<string | undefined>;
}

const TTL_MS = 60 * 60 * 1000;

type UserInfo = NonNullable<Awaited<ReturnType<WebClient['users']['info']>>['user']>;

/** The name a person is known by: the display name they chose, else their real name, else their handle. */
export function nameOfUser(user: UserInfo | undefined): string | undefined {
  const candidates = [user?.profile?.display_name, user?.profile?.real_name, user?.real_name, user?.name];
  return candidates.map((name) => name?.trim()).find((name) => name) || undefined;
}

/** Reads users' Slack locales and names, falling back to DEFAULT_LOCALE (and no name) when Slack does not say. */
export function createLanguageResolver(client: WebClient, fallback: Language, clock: () => Date): LanguageResolver {
  const cache = new Map<string, { language: Language; name: string | undefined; at: number }>();
  const fresh = (userId: string) => {
    const entry = cache.get(userId);
    return entry && clock().getTime() - entry.at < TTL_MS ? entry : undefined;
  };
  async function lookUp(userId: string) {
    const known = fresh(userId);
    if (known) return known;
    let language = fallback;
    let name: string | undefined;
    try {
      const info = await client.users.info({ user: userId, include_locale: true });
      language = languageOfLocale(info.user?.locale, fallback);
      name = nameOfUser(info.user);
    } catch {
      // A user's language and name are niceties: when Slack cannot tell us, the default locale (and the id) serve.
    }
    const entry = { language, name, at: clock().getTime() };
    cache.set(userId, entry);
    return entry;
  }
  return {
    cached: (userId) => fresh(userId)?.language,
    resolve: async (userId) => (await lookUp(userId)).language,
    nameOf: async (userId) => (await lookUp(userId)).name,
  };
}
