import { InputError } from '../errors.ts';

/**
 * Text a command reads as a complaint, checked to be text: a PDF, a photo or an archive piped in by mistake
 * would otherwise be analysed as a complaint in some language and printed as a triage.
 */

const FILE_HINT = 'a PDF, an image or an archive?';

/** Characters no typed text holds: C0 controls but tab, line breaks and form feed; DEL; C1 controls. */
const CONTROL = /(?![\t\n\v\f\r])\p{Cc}/gu;
/** What the decoder puts for bytes that are not UTF-8 where it was not asked to refuse them (an argument). */
const REPLACEMENT = /\uFFFD/gu;
/** Above this share of such characters a text is taken for a file's bytes; a stray one in a paste is not. */
const MOSTLY = 0.1;

/**
 * Decodes bytes as UTF-8, refusing what is not: a binary file, or text saved in another encoding (GBK,
 * Big5), which would read as nonsense.
 */
export function decodeText(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      `${source} is not UTF-8 text (${FILE_HINT}): give the complaint's words as text; text saved as GBK or Big5 needs saving as UTF-8 first`,
    );
  }
}

/** Refuses a text that holds a NUL byte or is mostly control characters or undecodable bytes. */
export function assertText(text: string, source: string): void {
  if (text.includes('\u0000')) {
    throw new InputError(
      `${source} is not text, it holds NUL bytes (${FILE_HINT}): give the complaint's words as text`,
    );
  }
  const unreadable = (text.match(CONTROL)?.length ?? 0) + (text.match(REPLACEMENT)?.length ?? 0);
  if (unreadable > 0 && unreadable >= MOSTLY * text.length) {
    throw new InputError(
      `${source} is not text, it is mostly control characters or bytes that are not UTF-8 (${FILE_HINT}): give the complaint's words as text`,
    );
  }
}
