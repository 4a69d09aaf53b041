import type { z } from 'zod';
import { type Case, CaseSchema } from '../domain/case.ts';
import { type CaseOutline, CaseOutlineSchema } from '../domain/case-outline.ts';
import { StoreError } from '../errors.ts';
import type { AtomicKv } from './atomic-kv.ts';
import { type CaseIndex, CaseIndexSchema, withCaseEntry, withoutCaseEntry } from './case-index.ts';
import { closedAtOf, indexMembershipOf } from './case-index-membership.ts';
import type { CaseStore } from './case-store.ts';
import { ALL_SHARDS, INDEX_SHARDS, indexShardOf, mergedShards } from './index-shards.ts';
import type { KeyedMutex } from './keyed-mutex.ts';
import type { RecordTrim } from './kv-engine.ts';
import { modifyRecord, modifyRecords, versionedWrite } from './modify-record.ts';
import { parseRecordToWrite, parseStoredRecord } from './parse-record.ts';
import { dayBucketOf, dayBucketsBetween, withSetEntry } from './period-index.ts';
import { DAY_INDEX_PREFIX, isShardKey, recordKeys } from './record-keys.ts';

/**
 * How many cases (or day buckets) a listing by period reads per round trip. Small on purpose: a batch's
 * records are parsed whole before the outlines are taken, and a batch of 100 (about 1.5 MB of JSON, several
 * times that parsed) lived long enough to be promoted out of V8's young generation, so a digest's peak
 * memory grew by some 60 MB; at 20 the garbage dies young, and the extra round trips cost little.
 */
const PERIOD_BATCH = 20;
/**
 * What an outline (case-outline.ts) does without, for an engine to leave out as it reads: the analysis's
 * advice and the temperament's evidence, and of each remedy's verdict all but its id and kind. That is
 * about 9 of a stored case's 11 KB; on SQLite a walk over thousands of cases then receives and parses a
 * ninth of the text, and allocates an eighth of the memory. Redis keeps each case's copy so trimmed beside
 * it (written with the case, see KvEngine.keepsTrimmedCopies) and its walks read that.
 */
export const OUTLINE_TRIM: RecordTrim = {
  remove: [
    ['analysis', 'aim'],
    ['analysis', 'suggestion'],
    ['analysis', 'temperament', 'approach'],
    ['analysis', 'temperament', 'evidence'],
    ['analysis', 'temperament', 'scores'],
  ],
  pick: { array: ['remedies'], fields: ['id', 'kind'] },
};
/** How a walk reads each case: whole, or as its outline with what that leaves out trimmed where the engine can. */
interface Reading<Read extends CaseOutline> {
  schema: z.ZodType<Read>;
  trim?: RecordTrim;
}
const WHOLE: Reading<Case> = { schema: CaseSchema };
const OUTLINE: Reading<CaseOutline> = { schema: CaseOutlineSchema, trim: OUTLINE_TRIM };
/** No case to leave out of a walk. */
const NONE: ReadonlySet<string> = new Set();

/** Clamps a caller's limit to a whole, non-negative count. */
function countOf(limit: number): number {
  return Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 0;
}

/**
 * Cases on an {@link AtomicKv}: each case is one record (the whole case as JSON, validated with
 * CaseSchema on every read and write), and three small index records per case — its owner's, its
 * store's and the global one, newest first — keep listing to a couple of reads.
 *
 * The case record is the truth; the indexes follow it. A new case is put on its indexes first and written
 * after, so a crash in between leaves entries without a case, never a case without its entries; lists
 * re-check existence, owner, store and status against the cases they read, so a stale entry never shows.
 * Lists reach back to the newest CASE_INDEX_CAP (500) cases of an index. Listing by period reads
 * uncapped per-day buckets (`index:day:YYYY-MM-DD`, UTC) and the open-case list an uncapped index of the
 * cases not closed; both are written when a case is filed (and the latter when it closes). Which indexes
 * a case belongs on is said once, in case-index-membership.ts; cases stored before an index existed are
 * put on it by the backfill openStores runs (reindex-cases.ts).
 */
export class KvCaseStore implements CaseStore {
  readonly #kv: AtomicKv;
  readonly #mutex: KeyedMutex;
  readonly #close: () => Promise<void>;

  constructor(kv: AtomicKv, mutex: KeyedMutex, close: () => Promise<void>) {
    this.#kv = kv;
    this.#mutex = mutex;
    this.#close = close;
  }

  async create(record: Case): Promise<{ record: Case; created: boolean }> {
    const fresh = parseRecordToWrite(CaseSchema, record, `case ${record.id}`);
    const created = await this.#createListed(fresh);
    if (created) return { record: fresh, created };
    const stored = await this.get(fresh.id);
    // Cases are never deleted, so one that refused the insert is there to read.
    if (!stored)
      throw new StoreError('store_unavailable', `case ${fresh.id} was refused as existing but cannot be read`);
    // Also re-lists a case an older version stored and then stopped before listing. Entries `fresh` added
    // that the stored case has left (it was closed meanwhile) are skipped by the lists, which re-check status.
    await this.#index(stored);
    return { record: stored, created };
  }

  async get(id: string): Promise<Case | undefined> {
    return this.#parse(id, await this.#kv.get(recordKeys.case(id)));
  }

  async update(id: string, change: (current: Case) => Case): Promise<Case> {
    const { before, after } = await modifyRecord(this.#kv, this.#mutex, {
      key: recordKeys.case(id),
      what: `case ${id}`,
      trim: OUTLINE_TRIM,
      parse: (raw) => this.#parse(id, raw),
      change: (current) => {
        if (!current) throw new StoreError('not_found', `case ${id} does not exist`);
        const next = change(current);
        if (next.id !== id)
          throw new StoreError('store_corrupt', `refusing to store case ${id} under the id ${next.id}`);
        // Validated before the write, with the version it will be stored with.
        return parseRecordToWrite(CaseSchema, { ...next, version: current.version + 1 }, `case ${id}`);
      },
      // The lists a change puts the case on are written before it, those it leaves after it: a crash in
      // between leaves an extra entry the lists skip, never a case missing from a list it belongs on (a
      // request for approval no approver's Home shows).
      beforeWrite: (current, next) => (current ? this.#joinIndexes(current, next) : Promise.resolve()),
    });
    if (!before || !after) throw new StoreError('not_found', `case ${id} does not exist`);
    if (before.owner !== after.owner) {
      await this.#changeIndex(recordKeys.ownerIndex(before.owner), (index) => withoutCaseEntry(index, id));
    }
    if (before.store !== after.store) {
      await this.#changeIndex(recordKeys.storeIndex(before.store), (index) => withoutCaseEntry(index, id));
    }
    // A customer's data erased (erasure.ts): the case leaves their list, so their fingerprint finds it no more.
    const fingerprint = before.complaint.customer?.fingerprint;
    if (fingerprint !== undefined && fingerprint !== after.complaint.customer?.fingerprint) {
      await this.#changeIndex(recordKeys.customerIndex(fingerprint), (index) => withoutCaseEntry(index, id));
    }
    if (before.status !== 'closed' && after.status === 'closed') {
      await this.#changeIndex(recordKeys.openIndex(indexShardOf(id)), (index) => withoutCaseEntry(index, id));
    }
    if (before.status === 'awaiting-approval' && after.status !== 'awaiting-approval') {
      await this.#changeIndex(recordKeys.awaitingApprovalIndex(), (index) => withoutCaseEntry(index, id));
    }
    return after;
  }

  async listByOwner(owner: string, limit: number): Promise<Case[]> {
    return this.#list(recordKeys.ownerIndex(owner), countOf(limit), (found) => found.owner === owner);
  }

  async listRecent(limit: number, store?: string): Promise<Case[]> {
    if (store === undefined) return this.#list(recordKeys.recentIndex(), countOf(limit), () => true);
    return this.#list(recordKeys.storeIndex(store), countOf(limit), (found) => found.store === store);
  }

  async listByCustomer(fingerprint: string, limit: number): Promise<Case[]> {
    return this.#list(
      recordKeys.customerIndex(fingerprint),
      countOf(limit),
      (found) => found.complaint.customer?.fingerprint === fingerprint,
    );
  }

  async listAwaitingApproval(limit: number): Promise<Case[]> {
    // The index follows each status change; a stale entry (a crash between the two writes) is filtered out.
    return this.#list(
      recordKeys.awaitingApprovalIndex(),
      countOf(limit),
      (found) => found.status === 'awaiting-approval',
    );
  }

  async listCreatedBetween(from: Date, to: Date): Promise<Case[]> {
    const cases: Case[] = [];
    for await (const found of this.#eachInDayBuckets(WHOLE, from, to, PERIOD_BATCH, recordKeys.dayIndex, 'created'))
      cases.push(found);
    return cases;
  }

  eachCreatedBetween(from: Date, to: Date, batchSize = PERIOD_BATCH): AsyncIterable<CaseOutline> {
    return this.#eachInDayBuckets(OUTLINE, from, to, batchSize, recordKeys.dayIndex, 'created');
  }

  eachClosedBetween(
    from: Date,
    to: Date,
    batchSize = PERIOD_BATCH,
    skip: ReadonlySet<string> = NONE,
  ): AsyncIterable<CaseOutline> {
    return this.#eachInDayBuckets(OUTLINE, from, to, batchSize, recordKeys.closedDayIndex, 'closed', skip);
  }

  /**
   * The cases in the day buckets of [from, to), filtered to the range by filing moment (`created`; the
   * entries carry it) or by the moment the case was closed (`closed`; read from the case).
   */
  async *#eachInDayBuckets<Read extends CaseOutline>(
    reading: Reading<Read>,
    from: Date,
    to: Date,
    batchSize: number,
    keyOf: (day: string, shard: number) => string,
    by: 'created' | 'closed',
    skip: ReadonlySet<string> = NONE,
  ): AsyncIterable<Read> {
    const start = from.getTime();
    const end = to.getTime();
    const inRange = (moment: string) => {
      const at = Date.parse(moment);
      return at >= start && at < end;
    };
    const size = Math.max(1, countOf(batchSize));
    const days = dayBucketsBetween(from, to);
    const belong =
      by === 'created' ? () => true : (found: Read) => found.status === 'closed' && inRange(closedAtOf(found));
    // Buckets are read a batch of days at a time, so a year-long export is a handful of round trips.
    for (let first = 0; first < days.length; first += size) {
      const ids = await this.#idsInDays(days.slice(first, first + size), keyOf, (entry) =>
        by === 'created' ? inRange(entry.createdAt) && !skip.has(entry.id) : !skip.has(entry.id),
      );
      for (let offset = 0; offset < ids.length; offset += size) {
        yield* await this.#read(reading, ids.slice(offset, offset + size), belong);
      }
    }
  }

  /**
   * The ids in a batch of day buckets that `keep` keeps, day by day, each day's shards merged back into
   * filing order. Its own function so that the index records are let go before the walk reads a case: held
   * in a walk's frame, a week's thousands of entries survived every collection until its end.
   */
  async #idsInDays(
    days: readonly string[],
    keyOf: (day: string, shard: number) => string,
    keep: (entry: CaseIndex['entries'][number]) => boolean,
  ): Promise<string[]> {
    const keys = days.flatMap((day) => ALL_SHARDS.map((shard) => keyOf(day, shard)));
    const indexes = (await this.#kv.getMany(keys)).map((raw, position) =>
      parseStoredRecord(CaseIndexSchema, raw, `index ${keys[position]}`),
    );
    return days.flatMap((_day, position) =>
      mergedShards(indexes.slice(position * INDEX_SHARDS, (position + 1) * INDEX_SHARDS))
        .filter(keep)
        .map((entry) => entry.id),
    );
  }

  async firstCreatedAt(): Promise<Date | undefined> {
    const keys = new Set<string>();
    for await (const batch of this.#kv.keysWithPrefix(DAY_INDEX_PREFIX, PERIOD_BATCH)) {
      for (const key of batch) keys.add(key);
    }
    // A bucket's key is its UTC day and its shard, so key order is day order; a day's first filing is the
    // oldest first entry among its shards.
    const byDay = Map.groupBy([...keys].filter(isShardKey).sort(), (key) =>
      key.slice(DAY_INDEX_PREFIX.length, key.lastIndexOf(':')),
    );
    for (const dayKeys of byDay.values()) {
      const shards = (await this.#kv.getMany(dayKeys)).map((raw, position) =>
        parseStoredRecord(CaseIndexSchema, raw, `index ${dayKeys[position]}`),
      );
      const first = mergedShards(shards)[0];
      if (first) return new Date(first.createdAt);
    }
    return undefined;
  }

  async listOpen(): Promise<Case[]> {
    const cases: Case[] = [];
    for await (const found of this.#eachOpen(WHOLE, PERIOD_BATCH)) cases.push(found);
    return cases;
  }

  eachOpen(batchSize = PERIOD_BATCH, skip: ReadonlySet<string> = NONE): AsyncIterable<CaseOutline> {
    return this.#eachOpen(OUTLINE, batchSize, skip);
  }

  async *#eachOpen<Read extends CaseOutline>(
    reading: Reading<Read>,
    batchSize: number,
    skip: ReadonlySet<string> = NONE,
  ): AsyncIterable<Read> {
    const ids = await this.#openIds(skip);
    const size = Math.max(1, countOf(batchSize));
    for (let offset = 0; offset < ids.length; offset += size) {
      // A stale entry (a crash between closing a case and updating the index) is filtered out.
      yield* await this.#read(reading, ids.slice(offset, offset + size), (found) => found.status !== 'closed');
    }
  }

  /** The ids on the open list but those in `skip`, in filing order; the index records let go as in {@link #idsInDays}. */
  async #openIds(skip: ReadonlySet<string>): Promise<string[]> {
    const keys = ALL_SHARDS.map(recordKeys.openIndex);
    const shards = (await this.#kv.getMany(keys)).map((raw, position) =>
      parseStoredRecord(CaseIndexSchema, raw, `index ${keys[position]}`),
    );
    return mergedShards(shards)
      .filter((entry) => !skip.has(entry.id))
      .map((entry) => entry.id);
  }

  close(): Promise<void> {
    return this.#close();
  }

  /** The cases with `ids`, in that order, that exist and `belong`, read whole or as outlines (`reading`). */
  async #read<Read extends CaseOutline>(
    { schema, trim }: Reading<Read>,
    ids: readonly string[],
    belong: (found: Read) => boolean,
  ): Promise<Read[]> {
    if (ids.length === 0) return [];
    const raws = await this.#kv.getMany(ids.map(recordKeys.case), trim);
    const cases: Read[] = [];
    ids.forEach((id, position) => {
      const found = parseStoredRecord(schema, raws[position], `case ${id}`);
      if (found && belong(found)) cases.push(found);
    });
    return cases;
  }

  #parse(id: string, raw: unknown): Case | undefined {
    return parseStoredRecord(CaseSchema, raw, `case ${id}`);
  }

  /**
   * Writes a new case and puts it on its indexes, together (one transaction where the engine allows):
   * true when written, false when a case is already there. Where the writes go one by one, the indexes go
   * first: a stop or crash in between leaves an entry whose case is missing, which every list skips,
   * instead of a stored case on no list (App Home would never show it to its owner).
   */
  #createListed(fresh: Case): Promise<boolean> {
    const caseKey = recordKeys.case(fresh.id);
    const entry = { id: fresh.id, createdAt: fresh.createdAt };
    const indexes = indexMembershipOf(fresh).filter(({ member }) => member);
    return modifyRecords(this.#kv, this.#mutex, {
      keys: [caseKey, ...indexes.map(({ key }) => key)],
      what: `case ${fresh.id} and its indexes`,
      plan: ([storedCase, ...raws]) => {
        if (storedCase !== undefined) return { writes: [], result: false };
        const listed = indexes.flatMap(({ key, kind }, position) => {
          const index = parseStoredRecord(CaseIndexSchema, raws[position], `index ${key}`);
          return versionedWrite(key, index, kind === 'set' ? withSetEntry(index, entry) : withCaseEntry(index, entry));
        });
        return { writes: [...listed, { key: caseKey, record: fresh, trim: OUTLINE_TRIM }], result: true };
      },
    });
  }

  /** Puts a changed case on the indexes the change makes it join (before the change is written). */
  async #joinIndexes(before: Case, after: Case): Promise<void> {
    const entry = { id: after.id, createdAt: after.createdAt };
    if (before.owner !== after.owner || before.store !== after.store) await this.#index(after);
    const shard = indexShardOf(after.id);
    if (before.status === 'closed' && after.status !== 'closed') {
      await this.#changeIndex(recordKeys.openIndex(shard), (index) => withSetEntry(index, entry));
    }
    if (before.status !== 'closed' && after.status === 'closed') {
      await this.#changeIndex(recordKeys.closedDayIndex(dayBucketOf(closedAtOf(after)), shard), (index) =>
        withSetEntry(index, entry),
      );
    }
    if (before.status !== 'awaiting-approval' && after.status === 'awaiting-approval') {
      await this.#changeIndex(recordKeys.awaitingApprovalIndex(), (index) => withCaseEntry(index, entry));
    }
  }

  /** Puts `stored` on every index it belongs on; leaving one as the status changes is update's part. */
  async #index(stored: Case): Promise<void> {
    const entry = { id: stored.id, createdAt: stored.createdAt };
    for (const { key, kind, member } of indexMembershipOf(stored)) {
      if (!member) continue;
      await this.#changeIndex(key, (index) =>
        kind === 'set' ? withSetEntry(index, entry) : withCaseEntry(index, entry),
      );
    }
  }

  async #changeIndex(key: string, change: (index: CaseIndex | undefined) => CaseIndex | undefined): Promise<void> {
    await modifyRecord(this.#kv, this.#mutex, {
      key,
      what: `index ${key}`,
      parse: (raw) => parseStoredRecord(CaseIndexSchema, raw, `index ${key}`),
      change,
    });
  }

  async #list(indexKey: string, limit: number, belongs: (found: Case) => boolean): Promise<Case[]> {
    if (limit === 0) return [];
    const index = parseStoredRecord(CaseIndexSchema, await this.#kv.get(indexKey), `index ${indexKey}`);
    const ids = index?.entries.map((entry) => entry.id) ?? [];
    const cases: Case[] = [];
    // Usually one read of `limit` cases; more only when entries went stale (a case moved to another owner).
    for (let start = 0; start < ids.length && cases.length < limit; start += limit) {
      const batch = ids.slice(start, start + limit);
      const raws = await this.#kv.getMany(batch.map(recordKeys.case));
      batch.forEach((id, position) => {
        const found = this.#parse(id, raws[position]);
        if (found && belongs(found) && cases.length < limit) cases.push(found);
      });
    }
    return cases;
  }
}
