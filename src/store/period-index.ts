import type { CaseIndex, CaseIndexEntry } from './case-index.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The UTC calendar day (`YYYY-MM-DD`) a moment falls on: the bucket a case filed then is listed under.
 * UTC, not the store's time zone, so that the buckets never move when the policy's zone changes; a
 * listing reads every bucket its range touches and filters by the exact moment.
 */
export function dayBucketOf(moment: string | Date): string {
  const at = typeof moment === 'string' ? Date.parse(moment) : moment.getTime();
  return new Date(at).toISOString().slice(0, 10);
}

/** Every UTC day bucket the half-open range [from, to) touches, oldest first; none for an empty range. */
export function dayBucketsBetween(from: Date, to: Date): string[] {
  const start = from.getTime();
  const end = to.getTime();
  if (!(end > start)) return [];
  const days: string[] = [];
  // From midnight of the first day to the day holding the last millisecond of the range.
  for (let day = Math.floor(start / DAY_MS) * DAY_MS; day < end; day += DAY_MS) {
    days.push(new Date(day).toISOString().slice(0, 10));
  }
  return days;
}

/** Oldest first, then by id, so a bucket (and so a listing by period) reads in filing order. */
export function oldestFirst(a: CaseIndexEntry, b: CaseIndexEntry): number {
  return Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The set-like index (one day's cases, or the unfinished cases) with `entry` in it, oldest first, or
 * `index` itself when it is already there. Unlike the capped recent-case lists these keep every entry:
 * a day's bucket is what a listing by period reads, and dropping one would lose the case from the digest
 * and the archive.
 */
export function withSetEntry(index: CaseIndex | undefined, entry: CaseIndexEntry): CaseIndex {
  const entries = index?.entries ?? [];
  const existing = entries.find((candidate) => candidate.id === entry.id);
  if (index && existing?.createdAt === entry.createdAt) return index;
  const others = existing ? entries.filter((candidate) => candidate.id !== entry.id) : entries;
  // Most entries arrive in filing order, so appending and sorting only when out of order keeps writes cheap.
  const last = others.at(-1);
  const next = [...others, entry];
  if (last && oldestFirst(last, entry) > 0) next.sort(oldestFirst);
  return { version: index?.version ?? 0, entries: next };
}
