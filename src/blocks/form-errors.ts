import type { z } from 'zod';
import type { Language } from '../shared/language.ts';
import { t } from './messages/common.ts';
import { FORM_ERRORS, tooLongError } from './messages/form-errors.ts';

/** Errors to show under a modal's inputs, by block id: what `response_action: 'errors'` takes. */
export type FormErrors = Record<string, string>;

/**
 * Words one zod issue for the person filling the form, in their language. zod's own messages are for
 * developers ("Too big: expected string to have <=3000 characters"); staff need to know what to fix.
 * `given` tells a missing value ("fill this in") from one of the wrong type (zod leaves `input` out).
 */
export function describeIssue(issue: z.core.$ZodIssue, language: Language, given: boolean): string {
  switch (issue.code) {
    case 'too_small':
      return t(issue.origin === 'string' ? FORM_ERRORS.required : FORM_ERRORS.negative, language);
    case 'too_big':
      return issue.origin === 'string'
        ? tooLongError(Number(issue.maximum), language)
        : t(FORM_ERRORS.tooLarge, language);
    case 'invalid_value':
      return t(FORM_ERRORS.choose, language);
    case 'invalid_type':
      return t(given ? FORM_ERRORS.invalid : FORM_ERRORS.required, language);
    default:
      return t(FORM_ERRORS.invalid, language);
  }
}

/** Where to put the errors of one parse. */
export interface ErrorPlacement {
  /** The block ids of the form; the schema's field names are the same. */
  blockIds: ReadonlySet<string>;
  /** Where an issue that names no block goes, so none goes unseen. */
  fallbackBlock: string;
  /** What was parsed, to tell a missing value from a wrong one. */
  input: Readonly<Record<string, unknown>>;
}

/**
 * Puts each issue under the block it belongs to, keeping the first per block (and any already in `into`,
 * from checks made before the schema's).
 */
export function errorsByBlock(
  issues: readonly z.core.$ZodIssue[],
  language: Language,
  { blockIds, fallbackBlock, input }: ErrorPlacement,
  into: FormErrors = {},
): FormErrors {
  for (const issue of issues) {
    const field = issue.path[0];
    const block = typeof field === 'string' && blockIds.has(field) ? field : fallbackBlock;
    const given = typeof field === 'string' && input[field] !== undefined;
    into[block] ??= describeIssue(issue, language, given);
  }
  return into;
}
