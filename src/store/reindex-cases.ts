import { z } from 'zod';
import { type Case, CaseSchema } from '../domain/case.ts';
import { StoreError } from '../errors.ts';
import type { AtomicKv } from './atomic-kv.ts';
import { CaseIndexSchema } from './case-index.ts';
import {
  type IndexChange,
  type IndexMembership,
  indexMembershipOf,
  withIndexChanges,
} from './case-index-membership.ts';
import type { KeyedMutex } from './keyed-mutex.ts';
import { modifyRecord } from './modify-record.ts';
import { parseStoredRecord } from './parse-record.ts';
import {
  CASE_PREFIX,
  CLOSED_DAY_INDEX_PREFIX,
  DAY_INDEX_PREFIX,
  isShardKey,
  OPEN_INDEX_KEY,
  recordKeys,
} from './record-keys.ts';

/**
 * The version of the indexes this code keeps. Raise it whenever an index is added to (or changes meaning
 * in) indexMembershipOf: the next start of the app, or of a CLI, then puts every stored case on it.
 * 1: the per-day buckets, the open-case index and the awaiting-approval index.
 * 2: the per-day buckets of closed cases.
 * 3: no new index; run once more to list the cases an earlier version stored but never listed, because
 *    the bot stopped between writing a case and its indexes (now a case is listed before it is written).
 * 4: the open cases and the day buckets split into shards (index-shards.ts); the unsplit records are removed.
 * A release refuses a store marked newer than its own version (see newerStoreError), and records carry no
 * version of their own: raise it also when a record changes shape in a way the release before could not read.
 */
export const INDEX_SCHEMA_VERSION = 4;

/** The version that split the uncapped indexes into shards. */
const SHARDED_VERSION = 4;

/** How many cases the backfill reads per round trip when the caller does not say. */
export const REINDEX_BATCH = 100;

/** How often a batch is re-read when cases changed under the backfill, before leaving them to their writers. */
const MAX_SETTLE_ROUNDS = 5;

/** How many unreadable cases the log line names; the count covers all of them. */
const NAMED_SKIPS = 3;

/** `index:schema`: which index version every stored case is on; `version` is the record's own, for CAS. */
const IndexSchemaMarkerSchema = z.object({ version: z.number().int().nonnegative(), indexVersion: z.number().int() });
type IndexSchemaMarker = z.infer<typeof IndexSchemaMarkerSchema>;

/** What a backfill did. */
export interface ReindexReport {
  /** The index version the store was on (0: before the marker existed) and the one it is on now. */
  fromVersion: number;
  toVersion: number;
  /** Cases put on every index they belong on (a case SCAN met twice on Redis counts twice). */
  cases: number;
  /** Case records that do not pass the schema, left as they are; each names the record and why. */
  skipped: string[];
}

/** How {@link ensureCaseIndexes} runs. */
export interface EnsureCaseIndexesOptions {
  /** Cases read per round trip; default {@link REINDEX_BATCH}. */
  batchSize?: number;
  /** Where the one line about a backfill that found cases goes. */
  log: (line: string) => void;
}

/**
 * Brings the store's indexes up to {@link INDEX_SCHEMA_VERSION}, once per version: when the marker is
 * absent or older, every case record is walked, a batch at a time, and put on (or, by its status, kept off)
 * every index it belongs on; then the marker is raised. A brand-new store walks nothing and is marked.
 *
 * Safe with several instances starting at once: every index write is a compare-and-swap of an idempotent
 * change, so two backfills running together write each entry once between them and leave the same
 * indexes; the marker only ever rises. A backfill cut short (a crash) leaves the marker as it was, so the
 * next start does it again. Resolves to what it did, or undefined when the indexes were current; a store
 * whose marker is newer than this code's is refused with a StoreError, read and written no further.
 */
export async function ensureCaseIndexes(
  kv: AtomicKv,
  mutex: KeyedMutex,
  { batchSize = REINDEX_BATCH, log }: EnsureCaseIndexesOptions,
): Promise<ReindexReport | undefined> {
  const key = recordKeys.indexSchema();
  const parse = (raw: unknown) => parseStoredRecord(IndexSchemaMarkerSchema, raw, 'the index schema marker');
  const fromVersion = parse(await kv.get(key))?.indexVersion ?? 0;
  if (fromVersion > INDEX_SCHEMA_VERSION) throw newerStoreError(fromVersion);
  if (fromVersion === INDEX_SCHEMA_VERSION) return undefined;

  const { cases, skipped } = await reindexCases(kv, mutex, batchSize);
  if (fromVersion < SHARDED_VERSION) await removeUnsplitIndexes(kv, batchSize);
  await modifyRecord<IndexSchemaMarker>(kv, mutex, {
    key,
    what: 'the index schema marker',
    parse,
    // Never lowered: a newer version's backfill may have finished meanwhile.
    change: (current) =>
      current && current.indexVersion >= INDEX_SCHEMA_VERSION
        ? current
        : { version: current?.version ?? 0, indexVersion: INDEX_SCHEMA_VERSION },
  });
  const report = { fromVersion, toVersion: INDEX_SCHEMA_VERSION, cases, skipped };
  if (cases > 0 || skipped.length > 0) log(describeReindex(report));
  return report;
}

/**
 * A store a newer release has opened: its indexes are laid out in a way this code does not know. Run on
 * it, this code would list cases from indexes the newer one no longer keeps (an empty open list, digests
 * short of cases), and the cases it filed would be missing from the newer one's indexes once that returns,
 * since its backfill runs only once per version. Refused, in one line that says what to do.
 */
function newerStoreError(storeVersion: number): StoreError {
  return new StoreError(
    'store_unavailable',
    `this store was opened by a newer release of complaint-desk (its indexes are version ${storeVersion}, this release knows up to ${INDEX_SCHEMA_VERSION}): run that release or a newer one, or, to go back to this one, stop every instance and restore the backup taken before the upgrade`,
  );
}

/** The log line: how many cases were reindexed, and which records could not be read. */
export function describeReindex({ fromVersion, toVersion, cases, skipped }: ReindexReport): string {
  const line = `store indexes brought from version ${fromVersion} to ${toVersion}: ${cases} case${cases === 1 ? '' : 's'} reindexed`;
  if (skipped.length === 0) return line;
  const named = skipped.slice(0, NAMED_SKIPS).join('; ');
  const more = skipped.length > NAMED_SKIPS ? `; and ${skipped.length - NAMED_SKIPS} more` : '';
  return `${line}; ${skipped.length} unreadable, left off every index: ${named}${more}`;
}

/**
 * Removes the index records from before the split (version 4): the one open-case record and the day buckets
 * without a shard. Nothing reads them any more, and every case is on the shards by now. Another instance
 * still on an older version would go on writing them: upgrade every instance together.
 */
async function removeUnsplitIndexes(kv: AtomicKv, batchSize: number): Promise<void> {
  await kv.delete(OPEN_INDEX_KEY);
  for (const prefix of [DAY_INDEX_PREFIX, CLOSED_DAY_INDEX_PREFIX]) {
    const unsplit: string[] = [];
    for await (const keys of kv.keysWithPrefix(prefix, batchSize))
      unsplit.push(...keys.filter((key) => !isShardKey(key)));
    for (const key of unsplit) await kv.delete(key);
  }
}

/** Walks every case record and re-applies its index membership; see {@link ensureCaseIndexes}. */
async function reindexCases(
  kv: AtomicKv,
  mutex: KeyedMutex,
  batchSize: number,
): Promise<{ cases: number; skipped: string[] }> {
  let cases = 0;
  const skipped: string[] = [];
  for await (const keys of kv.keysWithPrefix(CASE_PREFIX, batchSize)) {
    const batch = readCases(keys, await kv.getMany(keys), skipped);
    await applyChanges(
      kv,
      mutex,
      batch.map((record) => ({ record, leaving: [] })),
    );
    await settle(kv, mutex, batch);
    cases += batch.length;
  }
  return { cases, skipped };
}

/**
 * Re-reads `batch` and re-applies the cases that changed since they were read. A status change made
 * between that read and the index writes (its own index write landing before ours) would otherwise be
 * undone: ours would put the case back on, or take it off, by its old status. A case that keeps changing
 * after a few rounds is left to the writers changing it, whose own index writes follow each change.
 */
async function settle(kv: AtomicKv, mutex: KeyedMutex, batch: readonly Case[]): Promise<void> {
  let pending = batch;
  for (let round = 0; round < MAX_SETTLE_ROUNDS && pending.length > 0; round += 1) {
    const keys = pending.map((record) => recordKeys.case(record.id));
    const now = readCases(keys, await kv.getMany(keys), []);
    const changed = now.flatMap((record) => {
      const before = pending.find((candidate) => candidate.id === record.id);
      if (!before || before.version === record.version) return [];
      // Indexes it was put on by its old owner or store, which it has since left.
      const staying = new Set(indexMembershipOf(record).map((membership) => membership.key));
      const leaving = indexMembershipOf(before).filter((membership) => !staying.has(membership.key));
      return [{ record, leaving }];
    });
    await applyChanges(kv, mutex, changed);
    pending = changed.map(({ record }) => record);
  }
}

/** The cases among `raws` (read at `keys`); a record that fails the schema is named in `skipped` instead. */
function readCases(keys: readonly string[], raws: readonly unknown[], skipped: string[]): Case[] {
  return keys.flatMap((key, position) => {
    try {
      const found = parseStoredRecord(CaseSchema, raws[position], `case ${key.slice(CASE_PREFIX.length)}`);
      return found ? [found] : [];
    } catch (error) {
      // One damaged record must not keep every instance from starting; it is named in the log line instead
      // (and every listing that meets it still fails naming it).
      if (error instanceof StoreError && error.code === 'store_corrupt') {
        skipped.push(error.message);
        return [];
      }
      throw error;
    }
  });
}

/**
 * Puts each case on (or off) every index by its membership, and off the indexes in `leaving`. The changes
 * are grouped by index record, so each record is read and written once per batch, not once per case.
 */
async function applyChanges(
  kv: AtomicKv,
  mutex: KeyedMutex,
  cases: readonly { record: Case; leaving: readonly IndexMembership[] }[],
): Promise<void> {
  const byIndex = new Map<string, { kind: IndexMembership['kind']; changes: IndexChange[] }>();
  for (const { record, leaving } of cases) {
    const entry = { id: record.id, createdAt: record.createdAt };
    const memberships = [
      ...leaving.map((membership) => ({ ...membership, member: false })),
      ...indexMembershipOf(record),
    ];
    for (const { key, kind, member } of memberships) {
      const group = byIndex.get(key) ?? { kind, changes: [] };
      group.changes.push({ member, entry });
      byIndex.set(key, group);
    }
  }
  await Promise.all(
    [...byIndex].map(([key, { kind, changes }]) =>
      modifyRecord(kv, mutex, {
        key,
        what: `index ${key}`,
        parse: (raw) => parseStoredRecord(CaseIndexSchema, raw, `index ${key}`),
        change: (index) => withIndexChanges(index, kind, changes),
      }),
    ),
  );
}
