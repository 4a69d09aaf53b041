import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Case, CaseEvent } from '../../src/domain/case.ts';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import { type AtomicKv, createAtomicKv } from '../../src/store/atomic-kv.ts';
import type { CaseIndex } from '../../src/store/case-index.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { ALL_SHARDS, indexShardOf, mergedShards } from '../../src/store/index-shards.ts';
import { KeyedMutex } from '../../src/store/keyed-mutex.ts';
import { openEngine } from '../../src/store/open-engine.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { recordKeys } from '../../src/store/record-keys.ts';
import { ensureCaseIndexes, INDEX_SCHEMA_VERSION } from '../../src/store/reindex-cases.ts';
import { makeCase, minutesIn } from './case-fixtures.ts';

const run = `r${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
let tests = 0;
const DAY = 24 * 60;
const at = (minute: number) => new Date(minutesIn(minute));
const ids = (found: readonly { id: string }[]) => found.map((record) => record.id);
const step = (record: Case, event: CaseEvent) => applyCaseEvent(record, event);

const proposeCompensation = (record: Case, minute: number) =>
  step(record, {
    type: 'proposed',
    at: minutesIn(minute),
    by: 'U_STAFF',
    remedyId: 'compensation',
    amount: 200,
  });
const askApproval = (record: Case, minute: number) =>
  step(proposeCompensation(record, minute), {
    type: 'approval-requested',
    at: minutesIn(minute),
    by: 'U_STAFF',
    remedyId: 'compensation',
    amount: 200,
    reason: 'Wants 200',
  });
const close = (record: Case, minute: number) =>
  step(
    step(record, {
      type: 'resolved',
      at: minutesIn(minute),
      by: 'U_STAFF',
      outcome: 're-set the stones',
      satisfaction: 4,
    }),
    { type: 'closed', at: minutesIn(minute + 1), by: 'U_STAFF' },
  );

/**
 * What an older version left behind: an open case, one awaiting approval and one closed, filed on three
 * UTC days, by two owners in two stores.
 */
function olderCases(): Case[] {
  return [
    makeCase({ id: 'C-1', minute: 0 }),
    askApproval(makeCase({ id: 'C-2', minute: DAY, owner: 'U_OTHER' }), DAY + 5),
    close(makeCase({ id: 'C-3', minute: 2 * DAY, store: '五一店' }), 2 * DAY + 5),
  ];
}

/** A database to run against, by STORE_URL. */
interface Target {
  url: string;
  dispose?: () => Promise<void>;
}

/** The backfill of the indexes, the same on every engine. */
function describeReindex(engine: string, setup: () => Promise<Target>): void {
  describe(`backfilling the indexes on the ${engine} store`, () => {
    let target: Target;
    let namespace: string;
    let logged: string[];
    const opened: Stores[] = [];
    const open = async (options: { reindexBatchSize?: number } = {}) => {
      const stores = await openStores(target.url, { namespace, log: (line) => logged.push(line), ...options });
      opened.push(stores);
      return stores;
    };
    /** The store underneath, without the stores (and so without their backfill). */
    const withKv = async <T>(use: (kv: AtomicKv) => Promise<T>, space = namespace): Promise<T> => {
      const kv = createAtomicKv(await openEngine(target.url), space);
      try {
        return await use(kv);
      } finally {
        await kv.close();
      }
    };
    /** Case records written as an older version did: no index of this version, no index marker. */
    const storeTheOldWay = (cases: readonly Case[], space = namespace) =>
      withKv(async (kv) => {
        for (const record of cases) expect(await kv.putIfAbsent(recordKeys.case(record.id), record)).toBe(true);
      }, space);
    const indexIds = (key: string) =>
      withKv(async (kv) => {
        const index = (await kv.get(key)) as { entries: { id: string }[] } | undefined;
        return index?.entries.map((entry) => entry.id);
      });
    /** The ids on every shard of a split index, in filing order (index-shards.ts). */
    const shardedIds = (keyOf: (shard: number) => string) =>
      withKv(async (kv) => {
        const shards = (await kv.getMany(ALL_SHARDS.map(keyOf))) as (CaseIndex | undefined)[];
        return mergedShards(shards).map((entry) => entry.id);
      });

    beforeAll(async () => {
      target = await setup();
    });
    afterAll(async () => {
      await target?.dispose?.();
    });
    beforeEach(() => {
      tests += 1;
      namespace = `${run}_${tests}`;
      logged = [];
    });
    afterEach(async () => {
      for (const stores of opened.splice(0)) await stores.close();
    });

    it('when cases were stored before the indexes existed, then opening the store puts each on every index it belongs on', async () => {
      await storeTheOldWay(olderCases());

      const { cases } = await open();

      expect(ids(await cases.listCreatedBetween(at(-DAY), at(10 * DAY)))).toEqual(['C-1', 'C-2', 'C-3']);
      expect(ids(await cases.listCreatedBetween(at(DAY), at(2 * DAY)))).toEqual(['C-2']);
      expect(ids(await cases.listOpen())).toEqual(['C-1', 'C-2']);
      const walked: string[] = [];
      for await (const found of cases.eachOpen(1)) walked.push(found.id);
      expect(walked).toEqual(['C-1', 'C-2']);
      expect(ids(await cases.listAwaitingApproval(10))).toEqual(['C-2']);
      expect(ids(await cases.listRecent(10))).toEqual(['C-3', 'C-2', 'C-1']);
      expect(ids(await cases.listRecent(10, '五一店'))).toEqual(['C-3']);
      expect(ids(await cases.listByOwner('U_OTHER', 10))).toEqual(['C-2']);
      // The closed case is on no status index at all, not merely filtered out when listed.
      expect(await shardedIds(recordKeys.openIndex)).toEqual(['C-1', 'C-2']);
      expect(await indexIds(recordKeys.awaitingApprovalIndex())).toEqual(['C-2']);
      expect(logged).toEqual([`store indexes brought from version 0 to ${INDEX_SCHEMA_VERSION}: 3 cases reindexed`]);
      expect(await withKv((kv) => kv.get(recordKeys.indexSchema()))).toEqual({
        version: 0,
        indexVersion: INDEX_SCHEMA_VERSION,
      });
    });

    it('when the store is opened again, then it is not reindexed; when the marker is older, then it is', async () => {
      await storeTheOldWay(olderCases());
      await (await open()).close();
      // Lost from an index after the backfill: a second backfill would put it back, and must not run.
      await withKv(async (kv) => {
        for (const shard of ALL_SHARDS) await kv.delete(recordKeys.dayIndex('2026-11-21', shard));
      });

      const again = await open();
      expect(ids(await again.cases.listCreatedBetween(at(-DAY), at(10 * DAY)))).toEqual(['C-2', 'C-3']);
      expect(logged).toHaveLength(1);

      // A store marked by an older index version (0) is brought up again.
      const older = { version: 1, indexVersion: 0 };
      await withKv((kv) => kv.compareAndSwap(recordKeys.indexSchema(), 0, older));
      const upgraded = await open();
      expect(ids(await upgraded.cases.listCreatedBetween(at(-DAY), at(10 * DAY)))).toEqual(['C-1', 'C-2', 'C-3']);
      expect(logged).toHaveLength(2);
      expect(logged[1]).toMatch(/ 3 cases reindexed$/);
      expect(await withKv((kv) => kv.get(recordKeys.indexSchema()))).toEqual({
        version: 2,
        indexVersion: INDEX_SCHEMA_VERSION,
      });
    });

    it('when a newer release has marked the store, then opening it is refused in one line that says what to do, and nothing is written', async () => {
      await storeTheOldWay(olderCases());
      const newer = { version: 0, indexVersion: INDEX_SCHEMA_VERSION + 1 };
      await withKv((kv) => kv.putIfAbsent(recordKeys.indexSchema(), newer));

      const refused = open().then(
        () => undefined,
        (error: unknown) => error,
      );

      expect(await refused).toMatchObject({
        code: 'store_unavailable',
        message: `this store was opened by a newer release of complaint-desk (its indexes are version ${INDEX_SCHEMA_VERSION + 1}, this release knows up to ${INDEX_SCHEMA_VERSION}): run that release or a newer one, or, to go back to this one, stop every instance and restore the backup taken before the upgrade`,
      });
      // Neither walked onto this version's indexes nor marked down: the newer release finds its store as it left it.
      expect(await shardedIds(recordKeys.openIndex)).toEqual([]);
      expect(await withKv((kv) => kv.get(recordKeys.indexSchema()))).toEqual(newer);
      expect(logged).toEqual([]);
    });

    it('when an old index holds cases by a status they have left, then the backfill takes them off', async () => {
      const [open1, awaiting, closed] = olderCases() as [Case, Case, Case];
      await storeTheOldWay([open1, awaiting, closed]);
      const entry = (record: Case) => ({ id: record.id, createdAt: record.createdAt });
      const staleOpen = { version: 0, entries: [entry(open1), entry(closed)] };
      const staleAwaiting = { version: 0, entries: [entry(open1)] };
      await withKv(async (kv) => {
        // Each entry on its own case's shard, where the backfill looks.
        const byShard = Map.groupBy(staleOpen.entries, (stale) => indexShardOf(stale.id));
        for (const [shard, entries] of byShard) {
          const stale: CaseIndex = { version: 0, entries };
          await kv.putIfAbsent(recordKeys.openIndex(shard), stale);
        }
        await kv.putIfAbsent(recordKeys.awaitingApprovalIndex(), staleAwaiting);
      });

      await open();

      expect(await shardedIds(recordKeys.openIndex)).toEqual(['C-1', 'C-2']);
      expect(await indexIds(recordKeys.awaitingApprovalIndex())).toEqual(['C-2']);
    });

    it('when a store from before the split indexes is opened, then its cases are found on the shards and the unsplit records are gone', async () => {
      const [open1, awaiting, closed] = olderCases() as [Case, Case, Case];
      await storeTheOldWay([open1, awaiting, closed]);
      const entry = (record: Case) => ({ id: record.id, createdAt: record.createdAt });
      const unsplit: [string, CaseIndex][] = [
        ['index:status:not-closed', { version: 0, entries: [entry(open1), entry(awaiting)] }],
        [`index:day:${open1.createdAt.slice(0, 10)}`, { version: 0, entries: [entry(open1)] }],
        ['index:closed:2026-11-23', { version: 0, entries: [entry(closed)] }],
      ];
      await withKv(async (kv) => {
        for (const [key, index] of unsplit) expect(await kv.putIfAbsent(key, index)).toBe(true);
        const marker = { version: 0, indexVersion: 3 };
        expect(await kv.putIfAbsent(recordKeys.indexSchema(), marker)).toBe(true);
      });

      const { cases } = await open();

      expect(logged).toEqual([`store indexes brought from version 3 to ${INDEX_SCHEMA_VERSION}: 3 cases reindexed`]);
      expect(ids(await cases.listOpen())).toEqual(['C-1', 'C-2']);
      expect(ids(await cases.listCreatedBetween(at(-DAY), at(10 * DAY)))).toEqual(['C-1', 'C-2', 'C-3']);
      expect(await shardedIds(recordKeys.openIndex)).toEqual(['C-1', 'C-2']);
      for (const [key] of unsplit) expect(await indexIds(key)).toBeUndefined();
    });

    it('when many cases are filed, then the open cases are spread over the shards and each filing writes one of them', async () => {
      const { cases } = await open();
      const filed = Array.from({ length: 64 }, (_, n) => makeCase({ id: `C-${n}`, minute: n }));
      for (const record of filed) await cases.create(record);
      const perShard = await withKv(async (kv) =>
        ((await kv.getMany(ALL_SHARDS.map(recordKeys.openIndex))) as (CaseIndex | undefined)[]).map(
          (shard) => shard?.entries.length ?? 0,
        ),
      );
      expect(perShard.reduce((sum, count) => sum + count, 0)).toBe(64);
      // No shard holds more than a quarter of them: a filing rewrites a small record, not every open case.
      expect(Math.max(...perShard)).toBeLessThanOrEqual(16);
      expect(perShard.filter((count) => count > 0).length).toBeGreaterThanOrEqual(10);
      expect(ids(await cases.listOpen())).toEqual(filed.map((record) => record.id));
    });

    it('when a brand-new store is opened, then nothing is walked or logged and the marker is written', async () => {
      const { cases } = await open();
      expect(logged).toEqual([]);
      expect(await withKv((kv) => kv.get(recordKeys.indexSchema()))).toEqual({
        version: 0,
        indexVersion: INDEX_SCHEMA_VERSION,
      });
      // Cases filed from now on are indexed as they are filed.
      await cases.create(makeCase({ id: 'C-9' }));
      expect(ids(await cases.listOpen())).toEqual(['C-9']);
    });

    it('when two instances open an old store at once, then both open and every index holds each case once', async () => {
      const many = Array.from({ length: 12 }, (_, n) =>
        makeCase({ id: `C-${String(n).padStart(2, '0')}`, minute: n * 5 * 60, owner: `U_${n % 3}` }),
      );
      const settled = [askApproval(many[4] as Case, 5), close(many[7] as Case, 100)];
      await storeTheOldWay([...many.filter((_, n) => n !== 4 && n !== 7), ...settled]);

      const [first, second] = await Promise.all([open({ reindexBatchSize: 4 }), open({ reindexBatchSize: 4 })]);

      const all = many.map((record) => record.id);
      const notClosed = all.filter((id) => id !== 'C-07');
      for (const stores of [first, second]) {
        expect(ids(await stores.cases.listCreatedBetween(at(-DAY), at(10 * DAY)))).toEqual(all);
        expect(ids(await stores.cases.listOpen())).toEqual(notClosed);
        expect(ids(await stores.cases.listAwaitingApproval(10))).toEqual(['C-04']);
      }
      expect(await shardedIds(recordKeys.openIndex)).toEqual(notClosed);
      expect(await indexIds(recordKeys.recentIndex())).toEqual([...all].reverse());
      const buckets = await Promise.all(
        ['2026-11-21', '2026-11-22', '2026-11-23'].map((day) => shardedIds((shard) => recordKeys.dayIndex(day, shard))),
      );
      expect(buckets.flatMap((bucket) => bucket ?? [])).toEqual(all);
      expect(await withKv((kv) => kv.get(recordKeys.indexSchema()))).toMatchObject({
        indexVersion: INDEX_SCHEMA_VERSION,
      });
    });

    it('when there are more cases than one batch, then every one is reindexed, and none of another namespace', async () => {
      const many = Array.from({ length: 23 }, (_, n) =>
        makeCase({ id: `C-${String(n).padStart(2, '0')}`, minute: n * 60 }),
      );
      await storeTheOldWay(many);
      // A namespace that differs only in case: SQLite's LIKE would not tell them apart.
      await storeTheOldWay([makeCase({ id: 'X-1', minute: 30 })], namespace.toUpperCase());

      const keys = await withKv(async (kv) => {
        const pages: string[][] = [];
        for await (const page of kv.keysWithPrefix('case:', 5)) pages.push(page);
        return pages;
      });
      expect(keys.flat().sort()).toEqual(many.map((record) => recordKeys.case(record.id)));
      expect(keys.length).toBeGreaterThan(1);

      const { cases } = await open({ reindexBatchSize: 5 });

      expect(ids(await cases.listCreatedBetween(at(-DAY), at(10 * DAY)))).toEqual(ids(many));
      expect(ids(await cases.listOpen())).toEqual(ids(many));
      expect(logged).toEqual([`store indexes brought from version 0 to ${INDEX_SCHEMA_VERSION}: 23 cases reindexed`]);
    });

    it('when a case record is damaged, then the store still opens, the others are reindexed and the log names it', async () => {
      await storeTheOldWay(olderCases());
      const damaged = { version: 0, status: 'mislaid' };
      await withKv((kv) => kv.putIfAbsent(recordKeys.case('C-BAD'), damaged));

      const { cases } = await open();

      expect(ids(await cases.listRecent(10))).toEqual(['C-3', 'C-2', 'C-1']);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/: 3 cases reindexed; 1 unreadable, left off every index: case C-BAD in the store /);
    });

    it('when a case changes status while the backfill runs, then its indexes follow the change', async () => {
      const record = proposeCompensation(makeCase({ id: 'C-1' }), 1);
      await storeTheOldWay([record]);
      // Another instance, already on this version; the marker is then taken away to make this one backfill.
      const other = await open();
      await withKv((kv) => kv.delete(recordKeys.indexSchema()));

      const engine = await openEngine(target.url);
      const kv = createAtomicKv(engine, namespace);
      let raced = false;
      const racing: AtomicKv = {
        ...kv,
        // The backfill has read the case as proposed when the other instance sends it for approval,
        // index write and all, before the backfill writes the indexes by the status it read.
        getMany: async (keys) => {
          const raws = await kv.getMany(keys);
          if (!raced && keys.includes(recordKeys.case('C-1'))) {
            raced = true;
            await other.cases.update('C-1', (current) =>
              step(current, {
                type: 'approval-requested',
                at: minutesIn(2),
                by: 'U_STAFF',
                remedyId: 'compensation',
                amount: 200,
                reason: 'Wants 200',
              }),
            );
          }
          return raws;
        },
      };
      try {
        await ensureCaseIndexes(racing, new KeyedMutex(), { log: (line) => logged.push(line) });
      } finally {
        await kv.close();
      }

      expect(raced).toBe(true);
      expect(ids(await other.cases.listAwaitingApproval(10))).toEqual(['C-1']);
    });
  });
}

describeReindex('SQLite', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-reindex-'));
  return { url: `sqlite://${join(dir, 'cases.sqlite')}`, dispose: () => rm(dir, { recursive: true, force: true }) };
});
for (const [engine, variable] of [
  ['Redis', 'TEST_REDIS_URL'],
  ['PostgreSQL', 'TEST_POSTGRES_URL'],
] as const) {
  const url = process.env[variable]?.trim();
  if (url) describeReindex(engine, async () => ({ url }));
  else describe.skip(`backfilling the indexes on the ${engine} store (set ${variable})`, () => undefined);
}
