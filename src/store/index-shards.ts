import type { CaseIndex, CaseIndexEntry } from './case-index.ts';
import { oldestFirst } from './period-index.ts';

/**
 * How many records each uncapped index (the open cases, a day's filings, a day's closings) is split into.
 * Every filing rewrites its index records whole, so one record holding every open case made each filing
 * cost grow with the open cases and two instances collide on it: at 20 complaints a second for ten minutes
 * the writes fell behind and ran out of retries. Split by case id, a filing rewrites a sixteenth of that,
 * and two filings meet on one record a sixteenth as often; a reader asks for the sixteen in one round trip.
 */
export const INDEX_SHARDS = 16;

/** Every shard number, for readers. */
export const ALL_SHARDS: readonly number[] = Array.from({ length: INDEX_SHARDS }, (_, shard) => shard);

/** The shard a case's entries go to: FNV-1a of its id, so every instance and version agrees. */
export function indexShardOf(caseId: string): number {
  let hash = 0x811c9dc5;
  for (let position = 0; position < caseId.length; position += 1) {
    hash ^= caseId.charCodeAt(position);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % INDEX_SHARDS;
}

/** The entries of one index's shards as one index would hold them: oldest first. */
export function mergedShards(shards: readonly (CaseIndex | undefined)[]): CaseIndexEntry[] {
  // Each moment parsed once, not once per comparison: the open cases can be thousands.
  return shards
    .flatMap((shard) => shard?.entries ?? [])
    .map((entry) => ({ entry, at: Date.parse(entry.createdAt) }))
    .sort((a, b) => a.at - b.at || oldestFirst(a.entry, b.entry))
    .map(({ entry }) => entry);
}
