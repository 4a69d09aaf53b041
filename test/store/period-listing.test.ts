import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import { type AtomicKv, createAtomicKv } from '../../src/store/atomic-kv.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { KeyedMutex } from '../../src/store/keyed-mutex.ts';
import { KvCaseStore } from '../../src/store/kv-case-store.ts';
import { makeCase, minutesIn } from './case-fixtures.ts';
import type { StoreTarget } from './store-contract.ts';
import { sqliteTarget, urlTarget } from './store-targets.ts';

const run = `p${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
let tests = 0;
const ids = (found: { id: string }[]) => found.map((record) => record.id);
const at = (minute: number) => new Date(minutesIn(minute));
const DAY = 24 * 60;

/** Listing by period and the open-case list, the same on every engine. */
function describePeriodListing(engine: string, setup: () => Promise<StoreTarget>): void {
  describe(`listing cases by period on the ${engine} store`, () => {
    let target: StoreTarget;
    let namespace: string;
    const opened: Stores[] = [];
    const open = async () => {
      const stores = await target.open(namespace);
      opened.push(stores);
      return stores;
    };

    beforeAll(async () => {
      target = await setup();
    });
    afterAll(async () => {
      await target?.dispose?.();
    });
    beforeEach(() => {
      tests += 1;
      namespace = `${run}_${tests}`;
    });
    afterEach(async () => {
      for (const stores of opened.splice(0)) await stores.close();
    });

    it('when cases are filed over several days, then a period lists exactly those filed in [from, to), oldest first', async () => {
      const { cases } = await open();
      // Filed out of order, across UTC day boundaries (minute 0 is 02:00 UTC on 21 November).
      for (const [id, minute] of [
        ['C-3', 2 * DAY],
        ['C-1', 0],
        ['C-0', -3 * 60],
        ['C-2', DAY - 1],
        ['C-4', 2 * DAY + 30],
        ['C-5', 9 * DAY],
      ] as const) {
        await cases.create(makeCase({ id, minute }));
      }

      expect(ids(await cases.listCreatedBetween(at(-10 * DAY), at(20 * DAY)))).toEqual([
        'C-0',
        'C-1',
        'C-2',
        'C-3',
        'C-4',
        'C-5',
      ]);
      // `from` is included, `to` is not, to the millisecond.
      expect(ids(await cases.listCreatedBetween(at(0), at(2 * DAY)))).toEqual(['C-1', 'C-2']);
      expect(ids(await cases.listCreatedBetween(at(-3 * 60), at(0)))).toEqual(['C-0']);
      expect(ids(await cases.listCreatedBetween(at(2 * DAY), at(2 * DAY + 30)))).toEqual(['C-3']);
      expect(ids(await cases.listCreatedBetween(at(3 * DAY), at(9 * DAY)))).toEqual([]);
      expect(ids(await cases.listCreatedBetween(at(5), at(5)))).toEqual([]);
      expect(ids(await cases.listCreatedBetween(at(DAY), at(0)))).toEqual([]);
    });

    it('when a long period is walked case by case in small batches, then every case comes once, in filing order', async () => {
      const { cases } = await open();
      const filed: string[] = [];
      for (let n = 0; n < 25; n += 1) {
        const id = `C-${String(n).padStart(2, '0')}`;
        await cases.create(makeCase({ id, minute: n * 7 * 60 }));
        filed.push(id);
      }
      const walked: string[] = [];
      for await (const found of cases.eachCreatedBetween(at(-DAY), at(30 * DAY), 3)) walked.push(found.id);
      expect(walked).toEqual(filed);
    });

    it('when a case is filed twice or changed, then it is listed once, as it is now', async () => {
      const { cases } = await open();
      await cases.create(makeCase({ id: 'C-1' }));
      await cases.create(makeCase({ id: 'C-1' }));
      await cases.update('C-1', (current) => ({ ...current, owner: 'U_OTHER' }));
      const listed = await cases.listCreatedBetween(at(-1), at(1));
      expect(listed.map((found) => [found.id, found.owner])).toEqual([['C-1', 'U_OTHER']]);
    });

    it('when cases resolve and close, then the open list keeps every case not closed, oldest first', async () => {
      const { cases } = await open();
      for (const [id, minute] of [
        ['C-2', 2],
        ['C-1', 1],
        ['C-3', 3],
      ] as const) {
        await cases.create(makeCase({ id, minute }));
      }
      const resolve = (minute: number) =>
        ({
          type: 'resolved',
          at: minutesIn(minute),
          by: 'U_STAFF',
          outcome: 're-set the stones',
          satisfaction: 4,
        }) as const;
      await cases.update('C-1', (current) => applyCaseEvent(current, resolve(10)));
      await cases.update('C-2', (current) => applyCaseEvent(current, resolve(11)));
      await cases.update('C-2', (current) =>
        applyCaseEvent(current, { type: 'closed', at: minutesIn(12), by: 'U_STAFF' }),
      );

      const listed = await cases.listOpen();
      expect(listed.map((found) => [found.id, found.status])).toEqual([
        ['C-1', 'resolved'],
        ['C-3', 'open'],
      ]);
      const walked: string[] = [];
      for await (const found of cases.eachOpen(1)) walked.push(found.id);
      expect(walked).toEqual(['C-1', 'C-3']);
      // The closed case is still filed in its period.
      expect(ids(await cases.listCreatedBetween(at(0), at(10)))).toEqual(['C-1', 'C-2', 'C-3']);
    });

    it('when a case in a day bucket is damaged, then listing that period fails naming the case', async () => {
      const { cases } = await open();
      await cases.create(makeCase({ id: 'C-1' }));
      const kv = createAtomicKv(await target.openEngine(), namespace);
      try {
        const damaged = { version: 1, status: 'mislaid' };
        expect(await kv.compareAndSwap('case:C-1', 0, damaged)).toBe(true);
      } finally {
        await kv.close();
      }
      await expect(cases.listCreatedBetween(at(-1), at(1))).rejects.toMatchObject({
        code: 'store_corrupt',
        message: expect.stringMatching(/^case C-1 /),
      });
      await expect(cases.listOpen()).rejects.toMatchObject({ code: 'store_corrupt' });
      // Walked as an outline (trimmed by the database where it can) it is refused all the same.
      const walk = async () => {
        for await (const _ of cases.eachCreatedBetween(at(-1), at(1))) {
          // Reading is enough.
        }
      };
      await expect(walk()).rejects.toMatchObject({
        code: 'store_corrupt',
        message: expect.stringMatching(/^case C-1 /),
      });
    });

    it('when reports walk cases one by one, then they get outlines: what was found and done, not the wording', async () => {
      const { cases } = await open();
      const whole = makeCase({ id: 'C-1', minute: 5 });
      await cases.create(whole);
      const walked = [];
      for await (const found of cases.eachOpen()) walked.push(found);
      for await (const found of cases.eachCreatedBetween(at(0), at(DAY))) walked.push(found);
      expect(walked).toHaveLength(2);
      for (const outline of walked) {
        expect(Object.keys(outline.analysis).sort()).toEqual(['category', 'flags', 'problem', 'temperament']);
        // Which flags, for the SLA clocks' targets; not their evidence or advice.
        expect(outline.analysis.flags).toEqual(whole.analysis.flags.map(({ kind, group }) => ({ kind, group })));
        expect(outline.analysis.temperament).toEqual({
          type: whole.analysis.temperament.type,
          confidence: whole.analysis.temperament.confidence,
        });
        expect(outline.remedies).toEqual(whole.remedies.map(({ id, kind }) => ({ id, kind })));
        expect(outline.complaint).toEqual(whole.complaint);
        expect(outline.history).toEqual(whole.history);
      }
      // Whole cases are still read whole where a surface shows them.
      const [listed] = await cases.listOpen();
      expect(listed?.analysis.suggestion).toEqual(whole.analysis.suggestion);
      expect(listed?.remedies).toEqual(whole.remedies);
    });

    it('when the store is opened again, then the period and open lists are still there', async () => {
      const before = await open();
      await before.cases.create(makeCase({ id: 'C-1', minute: 5 }));
      await before.close();
      const after = await open();
      expect(ids(await after.cases.listCreatedBetween(at(0), at(DAY)))).toEqual(['C-1']);
      expect(ids(await after.cases.listOpen())).toEqual(['C-1']);
    });
  });
}

describePeriodListing('SQLite', sqliteTarget);

describe('walking cases on the SQLite store', () => {
  it('when reports walk cases as outlines, then SQLite leaves the wording and the verdicts in the file', async () => {
    const target = await sqliteTarget();
    const engine = await target.openEngine();
    try {
      const kv = createAtomicKv(engine, `${run}_trim`);
      // What the case store is handed by the database, read by read.
      const handed: unknown[] = [];
      const watched: AtomicKv = {
        ...kv,
        getMany: async (keys, trim) => {
          const values = await kv.getMany(keys, trim);
          handed.push(...values.filter((_, position) => keys[position]?.startsWith('case:')));
          return values;
        },
      };
      const cases = new KvCaseStore(watched, new KeyedMutex(), async () => undefined);
      const whole = makeCase({ id: 'C-1', minute: 5 });
      await cases.create(whole);
      const resolved = {
        type: 'resolved',
        at: minutesIn(10),
        by: 'U_STAFF',
        outcome: 're-set',
        satisfaction: 4,
      } as const;
      await cases.update('C-1', (current) => applyCaseEvent(current, resolved));
      await cases.update('C-1', (current) =>
        applyCaseEvent(current, { type: 'closed', at: minutesIn(11), by: 'U_STAFF' }),
      );
      await cases.create(makeCase({ id: 'C-2', minute: 6 }));
      handed.length = 0;
      const walked = [];
      for await (const found of cases.eachCreatedBetween(at(0), at(DAY))) walked.push(found.id);
      for await (const found of cases.eachOpen()) walked.push(found.id);
      for await (const found of cases.eachClosedBetween(at(0), at(DAY))) walked.push(found.id);
      expect(walked).toEqual(['C-1', 'C-2', 'C-2', 'C-1']);
      expect(handed).toHaveLength(4);
      for (const record of handed as (typeof whole)[]) {
        expect(record.analysis).not.toHaveProperty('suggestion');
        expect(record.analysis).not.toHaveProperty('aim');
        expect(record.analysis.temperament).not.toHaveProperty('approach');
        expect(record.remedies).toEqual(whole.remedies.map(({ id, kind }) => ({ id, kind })));
        expect(record.history.length).toBeGreaterThan(0);
      }
      // Where a surface shows a case, it is read whole.
      handed.length = 0;
      await cases.listOpen();
      expect((handed as (typeof whole)[])[0]?.analysis.suggestion).toEqual(whole.analysis.suggestion);
    } finally {
      await engine.close();
      await target.dispose?.();
    }
  });
});
for (const [engine, variable] of [
  ['Redis', 'TEST_REDIS_URL'],
  ['PostgreSQL', 'TEST_POSTGRES_URL'],
] as const) {
  const url = process.env[variable]?.trim();
  if (url) describePeriodListing(engine, async () => urlTarget(url, true));
  else describe.skip(`listing cases by period on the ${engine} store (set ${variable})`, () => undefined);
}
