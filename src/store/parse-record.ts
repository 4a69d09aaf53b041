import type { z } from 'zod';
import { StoreError } from '../errors.ts';

/**
 * Validates a record read from the store. Absent stays undefined; a record that does not pass its schema
 * is an error naming it — never dropped, so a damaged case is noticed rather than silently missing.
 */
export function parseStoredRecord<S extends z.ZodType>(schema: S, raw: unknown, what: string): z.infer<S> | undefined {
  if (raw === undefined || raw === null) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new StoreError(
    'store_corrupt',
    `${what} in the store does not pass its schema: ${describeIssue(parsed.error)}`,
  );
}

/** Validates a record about to be written, so nothing the reads would refuse is ever stored. */
export function parseRecordToWrite<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new StoreError('store_corrupt', `refusing to store ${what}: ${describeIssue(parsed.error)}`);
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
