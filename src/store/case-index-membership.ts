import type { Case } from '../domain/case.ts';
import { CASE_INDEX_CAP, type CaseIndex, type CaseIndexEntry } from './case-index.ts';
import { indexShardOf } from './index-shards.ts';
import { dayBucketOf } from './period-index.ts';
import { recordKeys } from './record-keys.ts';

/**
 * Whether a case belongs on one index record. `newest-first` indexes are the capped lists (owner, store,
 * recent, awaiting approval); `set` indexes keep every entry, oldest first (day buckets, open cases).
 */
export interface IndexMembership {
  key: string;
  kind: 'newest-first' | 'set';
  /** True: the case must be on the index; false: it must not be (its status says it has left). */
  member: boolean;
}

/**
 * Every index a case belongs on, or must be kept off, as it stands now. The one place that says so: a
 * new case is indexed from it, and the backfill (reindex-cases.ts) re-applies it to cases stored before
 * an index existed — add a new index here and raise INDEX_SCHEMA_VERSION there.
 */
export function indexMembershipOf(record: Case): IndexMembership[] {
  const shard = indexShardOf(record.id);
  return [
    { key: recordKeys.ownerIndex(record.owner), kind: 'newest-first', member: true },
    { key: recordKeys.storeIndex(record.store), kind: 'newest-first', member: true },
    { key: recordKeys.recentIndex(), kind: 'newest-first', member: true },
    // One customer's cases in every store, by fingerprint (issue 15: repeat customers).
    ...(record.complaint.customer
      ? [
          {
            key: recordKeys.customerIndex(record.complaint.customer.fingerprint),
            kind: 'newest-first' as const,
            member: true,
          },
        ]
      : []),
    // The filing day never changes, so a case's bucket never does either; nor does its shard (its id's).
    { key: recordKeys.dayIndex(dayBucketOf(record.createdAt), shard), kind: 'set', member: true },
    { key: recordKeys.openIndex(shard), kind: 'set', member: record.status !== 'closed' },
    // Once closed, a case leaves the open index, so the digest finds what was closed in its period here.
    ...(record.status === 'closed'
      ? [
          {
            key: recordKeys.closedDayIndex(dayBucketOf(closedAtOf(record)), shard),
            kind: 'set' as const,
            member: true,
          },
        ]
      : []),
    { key: recordKeys.awaitingApprovalIndex(), kind: 'newest-first', member: record.status === 'awaiting-approval' },
  ];
}

/** When a closed case was closed: its last `closed` event (its last change, for a record without one). */
export function closedAtOf(record: Pick<Case, 'history' | 'updatedAt'>): string {
  for (let index = record.history.length - 1; index >= 0; index -= 1) {
    const event = record.history[index];
    if (event?.type === 'closed') return event.at;
  }
  return record.updatedAt;
}

/** One case's change to an index: `entry` put on it (`member`), or taken off. */
export interface IndexChange {
  member: boolean;
  entry: CaseIndexEntry;
}

/**
 * `index` with many cases' changes applied at once (the last change for a case wins), in the index's
 * order — newest first and capped at CASE_INDEX_CAP, or oldest first and uncapped for `set` — the same
 * result as applying withCaseEntry/withSetEntry/withoutCaseEntry one by one (on a capped index, as if the
 * removals came first), but sorted once instead of once per case. `index` itself when nothing changes,
 * so nothing is written. Pure, as a change must be.
 */
export function withIndexChanges(
  index: CaseIndex | undefined,
  kind: IndexMembership['kind'],
  changes: readonly IndexChange[],
): CaseIndex | undefined {
  const last = new Map(changes.map((change) => [change.entry.id, change]));
  const current = index?.entries ?? [];
  const kept = current.filter((entry) => !last.has(entry.id));
  const added = [...last.values()].filter((change) => change.member).map((change) => change.entry);
  const ordered = sortedEntries([...kept, ...added], kind === 'set' ? 1 : -1);
  const next = kind === 'set' ? ordered : ordered.slice(0, CASE_INDEX_CAP);
  const unchanged =
    next.length === current.length &&
    next.every(
      (entry, position) => entry.id === current[position]?.id && entry.createdAt === current[position]?.createdAt,
    );
  if (unchanged) return index;
  return { version: index?.version ?? 0, entries: next };
}

/**
 * Entries by filing moment (createdAt carries offsets, so compared as a moment), then by id; `direction`
 * 1 is oldest first, -1 newest first — the orders of period-index.ts and case-index.ts. Each moment is
 * parsed once, not once per comparison: this sorts whole indexes of thousands of cases.
 */
function sortedEntries(entries: readonly CaseIndexEntry[], direction: 1 | -1): CaseIndexEntry[] {
  return entries
    .map((entry) => ({ entry, at: Date.parse(entry.createdAt) }))
    .sort((a, b) => direction * (a.at - b.at || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0)))
    .map(({ entry }) => entry);
}
