import { z } from 'zod';

/** How many cases an index keeps; older ones drop off the lists (they stay in the store). */
export const CASE_INDEX_CAP = 500;

const CaseIndexEntrySchema = z.object({ id: z.string().min(1), createdAt: z.string().min(1) }).strict();
/** One case in an index: enough to order it and to fetch it. */
export type CaseIndexEntry = z.infer<typeof CaseIndexEntrySchema>;

/** The ids of one owner's, one store's or all cases, newest first, kept beside the cases for listing. */
export const CaseIndexSchema = z
  .object({ version: z.number().int().nonnegative(), entries: z.array(CaseIndexEntrySchema) })
  .strict();
export type CaseIndex = z.infer<typeof CaseIndexSchema>;

/** Newest first; createdAt carries offsets, so it is compared as a moment, not as text. */
function newestFirst(a: CaseIndexEntry, b: CaseIndexEntry): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** The index with `entry` in its place (capped), or `index` itself when it is already there. */
export function withCaseEntry(index: CaseIndex | undefined, entry: CaseIndexEntry): CaseIndex {
  const entries = index?.entries ?? [];
  const existing = entries.find((candidate) => candidate.id === entry.id);
  if (index && existing?.createdAt === entry.createdAt) return index;
  const others = existing ? entries.filter((candidate) => candidate.id !== entry.id) : entries;
  const first = others[0];
  // A new case is almost always the newest: put in front without sorting the index (up to 500 entries,
  // each comparison parsing two moments) once more for every case filed.
  const next =
    first === undefined || newestFirst(entry, first) < 0
      ? [entry, ...others].slice(0, CASE_INDEX_CAP)
      : [...others, entry].sort(newestFirst).slice(0, CASE_INDEX_CAP);
  // A case older than everything a full index keeps stays off it; nothing to write.
  if (index && !existing && !next.includes(entry)) return index;
  return { version: index?.version ?? 0, entries: next };
}

/** The index without case `id`, or `index` itself when it is not there. */
export function withoutCaseEntry(index: CaseIndex | undefined, id: string): CaseIndex | undefined {
  if (!index?.entries.some((entry) => entry.id === id)) return index;
  return { version: index.version, entries: index.entries.filter((entry) => entry.id !== id) };
}
