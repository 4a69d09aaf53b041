import { z } from 'zod';
import { type DeadLetter, POST_JOB_KINDS, type PostJob } from '../domain/post-job.ts';

const At = z.iso.datetime({ offset: true });

// Typed against every field of PostJob, so the (strict) schema cannot fall behind the contract unnoticed.
const postJobShape = {
  id: z.string().min(1).max(200),
  caseId: z.string().min(1).max(64),
  kind: z.enum(POST_JOB_KINDS),
  dueAt: At,
  attempts: z.number().int().nonnegative(),
  lastError: z.string().max(2000).optional(),
  eventIndex: z.number().int().nonnegative().optional(),
  target: z.string().min(1).max(64).optional(),
  firstFailedAt: At.optional(),
  triedAt: At.optional(),
} satisfies Record<keyof PostJob, z.ZodType>;

/** A post to Slack as the outbox keeps it; see {@link PostJob}. */
export const PostJobSchema = z.object(postJobShape).strict() satisfies z.ZodType<PostJob>;

/**
 * A pending job. `token` is new each time a job with this id is enqueued, and the due index records it,
 * so removing a finished job's entry never removes the entry of a job enqueued again under the same id.
 */
export const JobRecordSchema = z
  .object({ version: z.number().int().nonnegative(), token: z.string().min(1), job: PostJobSchema })
  .strict();
export type JobRecord = z.infer<typeof JobRecordSchema>;

const DueEntrySchema = z.object({ id: z.string().min(1), dueAt: At, token: z.string().min(1) }).strict();
/** One pending job in the due index. */
export type DueEntry = z.infer<typeof DueEntrySchema>;

/** The pending jobs' ids, oldest due first, so finding due jobs is one read. */
export const DueIndexSchema = z
  .object({ version: z.number().int().nonnegative(), entries: z.array(DueEntrySchema) })
  .strict();
export type DueIndex = z.infer<typeof DueIndexSchema>;

/** A worker's claim on a job until `expiresAt` (epoch ms). */
export const LeaseSchema = z
  .object({ version: z.number().int().nonnegative(), worker: z.string().min(1), expiresAt: z.number() })
  .strict();

/**
 * Orders pending jobs (index entries or the jobs themselves) oldest due first, ids breaking ties, so the
 * index and the answer of `due` agree on one order.
 */
export function oldestFirst(a: Pick<DueEntry, 'id' | 'dueAt'>, b: Pick<DueEntry, 'id' | 'dueAt'>): number {
  return Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The index with `entry` in place of any entry for its id, or `index` itself when it is already there. */
export function withDueEntry(index: DueIndex | undefined, entry: DueEntry): DueIndex {
  const existing = index?.entries.find((candidate) => candidate.id === entry.id);
  if (index && existing?.dueAt === entry.dueAt && existing.token === entry.token) return index;
  const entries = [...(index?.entries ?? []).filter((candidate) => candidate.id !== entry.id), entry].sort(oldestFirst);
  return { version: index?.version ?? 0, entries };
}

/** The index without the entries in `gone` (matched by id and token), or `index` itself when none is there. */
export function withoutDueEntries(
  index: DueIndex | undefined,
  gone: readonly Pick<DueEntry, 'id' | 'token'>[],
): DueIndex | undefined {
  const isGone = (entry: DueEntry) => gone.some((done) => done.id === entry.id && done.token === entry.token);
  if (!index?.entries.some(isGone)) return index;
  return { version: index.version, entries: index.entries.filter((entry) => !isGone(entry)) };
}

// Typed against every field of DeadLetter, like the job's schema.
const deadLetterShape = {
  job: PostJobSchema,
  error: z.string().min(1).max(2000),
  method: z.string().min(1).max(100).optional(),
  channel: z.string().min(1).max(100).optional(),
  permanent: z.boolean(),
  diedAt: At,
} satisfies Record<keyof DeadLetter, z.ZodType>;

/** A dead letter as stored: the letter, and the record's version. */
export const DeadLetterRecordSchema = z
  .object({ version: z.number().int().nonnegative(), letter: z.object(deadLetterShape).strict() })
  .strict();
export type DeadLetterRecord = z.infer<typeof DeadLetterRecordSchema>;

const DeadEntrySchema = z.object({ id: z.string().min(1), diedAt: At }).strict();

/** The dead letters' ids, the most recent first, so listing them is one read and one batch. */
export const DeadLetterIndexSchema = z
  .object({ version: z.number().int().nonnegative(), entries: z.array(DeadEntrySchema) })
  .strict();
export type DeadLetterIndex = z.infer<typeof DeadLetterIndexSchema>;

/** The index with the dead letter `id` first (as the most recent), or without it when `diedAt` is undefined. */
export function withDeadEntry(
  index: DeadLetterIndex | undefined,
  id: string,
  diedAt: string | undefined,
): DeadLetterIndex | undefined {
  const others = (index?.entries ?? []).filter((entry) => entry.id !== id);
  if (diedAt === undefined) {
    return index && others.length !== index.entries.length ? { version: index.version, entries: others } : index;
  }
  const entries = [{ id, diedAt }, ...others].sort((a, b) => Date.parse(b.diedAt) - Date.parse(a.diedAt));
  return { version: index?.version ?? 0, entries };
}
