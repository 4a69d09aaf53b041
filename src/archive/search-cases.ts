import type { CaseOutline } from '../domain/case-outline.ts';
import { addDays, type LocalDate } from '../shared/local-date.ts';
import { parseMoment } from '../shared/parse-moment.ts';
import type { CaseStore } from '../store/case-store.ts';
import type { SearchQuery } from './archive-query.ts';

/**
 * Without a date range a search looks through the most recent cases — the newest this many, which is
 * what the store's recent-case index keeps (CASE_INDEX_CAP); with one, through every case filed in it.
 */
export const RECENT_SEARCH_DEPTH = 500;
/** A `to:` without a `from:` reaches back this far. */
const OPEN_START_DAYS = 366;

/** The instant a store day starts, and the instant after the last day of a range ends. */
export function periodBounds(from: LocalDate, to: LocalDate, timeZone: string): { start: Date; end: Date } {
  return {
    start: parseMoment(from, timeZone, 'from'),
    end: parseMoment(addDays(to, 1), timeZone, 'to'),
  };
}

/** Everything written about a case that a word may be found in: the complaint, what was done, what followed. */
function searchableText(record: CaseOutline): string {
  const { complaint } = record;
  const parts: (string | undefined)[] = [
    record.id,
    record.store,
    complaint.narrative,
    complaint.product,
    complaint.customerWords,
    complaint.customerAsk,
    complaint.behaviour,
  ];
  for (const event of record.history) {
    if (event.type === 'resolved') parts.push(event.outcome, event.improvement);
    if (event.type === 'followed-up') parts.push(event.result);
    if (event.type === 'proposed') parts.push(event.note);
    if (event.type === 'customer-declined') parts.push(event.outcome, event.improvement);
    if (event.type === 'handed-over') parts.push(event.note);
    if (event.type === 'reopened') parts.push(event.reason);
  }
  return parts
    .filter((part): part is string => typeof part === 'string')
    .join('\n')
    .toLowerCase();
}

/** Whether a case matches every part of a query (its filing day read in the store's time zone). */
export function matchesQuery(record: CaseOutline, query: SearchQuery, bounds?: { start: Date; end: Date }): boolean {
  if (query.store && !record.store.toLowerCase().includes(query.store.toLowerCase())) return false;
  if (query.temperament && record.analysis.temperament.type !== query.temperament) return false;
  if (query.status && record.status !== query.status) return false;
  if (bounds) {
    const at = Date.parse(record.createdAt);
    if (at < bounds.start.getTime() || at >= bounds.end.getTime()) return false;
  }
  if (query.words.length === 0) return true;
  const text = searchableText(record);
  return query.words.every((word) => text.includes(word));
}

/** What a search found: the matching cases, newest first, and how far it looked. */
export interface SearchResult {
  cases: CaseOutline[];
  /** How many cases were looked through. */
  searched: number;
  /** True when the search covered only the most recent cases (no date range given). */
  recentOnly: boolean;
}

/**
 * Finds the cases matching a query: with a date range, every case filed in it (the store's per-day
 * index); without one, the most recent {@link RECENT_SEARCH_DEPTH} (of the named store when the name is
 * exact, else of the whole chain).
 */
export async function searchCases(
  cases: CaseStore,
  query: SearchQuery,
  { timeZone, now }: { timeZone: string; now: Date },
): Promise<SearchResult> {
  if (query.from || query.to) {
    const to = query.to ?? new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
    const from = query.from ?? addDays(to, -OPEN_START_DAYS);
    const bounds = periodBounds(from, to, timeZone);
    const found: CaseOutline[] = [];
    let searched = 0;
    for await (const record of cases.eachCreatedBetween(bounds.start, bounds.end)) {
      searched++;
      if (matchesQuery(record, query, bounds)) found.push(record);
    }
    found.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    return { cases: found, searched, recentOnly: false };
  }
  const ofStore = query.store ? await cases.listRecent(RECENT_SEARCH_DEPTH, query.store) : [];
  const recent = ofStore.length > 0 ? ofStore : await cases.listRecent(RECENT_SEARCH_DEPTH);
  return { cases: recent.filter((record) => matchesQuery(record, query)), searched: recent.length, recentOnly: true };
}
