import type { Language } from '../shared/language.ts';
import { escapeMrkdwn, truncate } from './mrkdwn.ts';
import { type SafeText, vouchEscapedForFiler } from './safe-text.ts';

/**
 * The filer's own words back to the filer: escaped but not masked, since the staff member who filed the
 * complaint may need to call the customer back. Only the builders of the filer's own DMs import this
 * module (the analysis and the owner's reminders); a test holds every other file in src/ to that.
 */
export function ownText(text: string, max: number, language: Language): SafeText {
  return vouchEscapedForFiler(truncate(escapeMrkdwn(text), max, language));
}
