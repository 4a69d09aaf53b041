import { z } from 'zod';

/** The languages every message the product writes exists in. */
export const LANGUAGES = ['zh', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** A text in both languages; the reader's language picks one at render time. */
export const LocalizedSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
export type Localized = z.infer<typeof LocalizedSchema>;

/**
 * The texts of one surface, each in both languages, or grouped (a form field's label, hint, placeholder).
 * Declared `satisfies Catalog`, an entry missing a language, or holding something other than text, fails tsc.
 */
export interface Catalog {
  readonly [key: string]: Localized | Catalog;
}

const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * Guesses the language a text is written in. Chinese wins as soon as Han characters make up a
 * meaningful share, because Chinese complaints often quote English product names ("iPhone", "VIP").
 */
export function detectLanguage(text: string): Language {
  if (!HAN.test(text)) return 'en';
  const han = text.match(HAN_GLOBAL)?.length ?? 0;
  const latinWords = text.match(LATIN_WORD)?.length ?? 0;
  return han >= latinWords ? 'zh' : 'en';
}

/** Picks the text for a language. */
export function pick(text: Localized, language: Language): string {
  return text[language];
}
