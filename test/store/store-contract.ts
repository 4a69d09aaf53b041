import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDigestReport } from '../../src/digest/build-digest-report.ts';
import { buildWeeklyReport } from '../../src/digest/build-weekly-report.ts';
import type { DeadLetter, PostJob } from '../../src/domain/post-job.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { createAtomicKv } from '../../src/store/atomic-kv.ts';
import type { Stores } from '../../src/store/case-store.ts';
import type { KvEngine } from '../../src/store/kv-engine.ts';
import { appending, makeCase, minutesIn, noteEvent } from './case-fixtures.ts';

/** A database the contract runs against. */
export interface StoreTarget {
  /** Opens the stores under `namespace`; every call is a separate instance, as another process would be. */
  open(namespace: string): Promise<Stores>;
  /** The database underneath, to damage a record or look at one as stored. */
  openEngine(): Promise<KvEngine>;
  /** Whether several instances may share the database (Redis, PostgreSQL); SQLite is one instance per file. */
  shared: boolean;
  dispose?(): Promise<void>;
}

// Unique per run and per test, so runs sharing a server never see each other's records.
const run = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
let tests = 0;

function job(id: string, dueAt: string, extra: Partial<PostJob> = {}): PostJob {
  return { id, caseId: 'C-1', kind: 'review-post', dueAt, attempts: 0, ...extra };
}

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/**
 * The behaviour every engine must show, from the contract in src/store/case-store.ts: insert-if-absent
 * creates, no lost updates under concurrency (within one instance and across two), ordering and limits
 * of the lists, durability across a restart, and the outbox and idempotency guarantees.
 */
export function describeStoreContract(engine: string, setup: () => Promise<StoreTarget>): void {
  describe(`the ${engine} store`, () => {
    let target: StoreTarget;
    let namespace: string;
    let opened: Stores[] = [];

    const open = async () => {
      const stores = await target.open(namespace);
      opened.push(stores);
      return stores;
    };
    /** Two instances on one database where the engine allows it; otherwise one instance twice. */
    const openPair = async (): Promise<[Stores, Stores]> => {
      const first = await open();
      return [first, target.shared ? await open() : first];
    };

    beforeAll(async () => {
      target = await setup();
    });
    afterAll(async () => {
      await target?.dispose?.();
    });
    beforeEach(() => {
      tests += 1;
      // The underscore is a LIKE wildcard, so the SQL sweeps' escaping is exercised too.
      namespace = `${run}_${tests}`;
    });
    afterEach(async () => {
      const closing = opened;
      opened = [];
      for (const stores of closing) await stores.close();
    });

    describe('cases', () => {
      it('when a case is created twice, then the second create keeps the first record and says it created nothing', async () => {
        const { cases } = await open();
        const first = makeCase({ id: 'C-1', owner: 'U_FIRST' });
        expect(await cases.create(first)).toEqual({ record: first, created: true });

        const again = await cases.create(makeCase({ id: 'C-1', owner: 'U_SECOND' }));
        expect(again).toEqual({ record: first, created: false });
        expect(await cases.get('C-1')).toEqual(first);
        expect((await cases.listRecent(10)).map((found) => found.id)).toEqual(['C-1']);
      });

      it('when 20 updates run at once on one case, then every one lands, one after another', async () => {
        const { cases } = await open();
        await cases.create(makeCase({ id: 'C-1' }));
        const updated = await Promise.all(
          Array.from({ length: 20 }, (_, index) =>
            cases.update('C-1', (current) => appending(noteEvent(current, `U_${index}`))(current)),
          ),
        );

        const stored = await cases.get('C-1');
        expect(stored?.version).toBe(20);
        expect(stored?.history).toHaveLength(21);
        expect(new Set(stored?.history.slice(1).map((event) => event.by))).toEqual(
          new Set(Array.from({ length: 20 }, (_, index) => `U_${index}`)),
        );
        expect(updated.map((found) => found.version).sort((a, b) => a - b)).toEqual(
          Array.from({ length: 20 }, (_, index) => index + 1),
        );
      });

      it('when two instances update one case at once, 10 updates each, then all 20 land', async () => {
        const [first, second] = await openPair();
        await first.cases.create(makeCase({ id: 'C-1' }));
        await Promise.all(
          Array.from({ length: 20 }, (_, index) =>
            (index % 2 === 0 ? first : second).cases.update('C-1', (current) =>
              appending(noteEvent(current, `U_${index}`))(current),
            ),
          ),
        );

        for (const stores of [first, second]) {
          const stored = await stores.cases.get('C-1');
          expect(stored?.version).toBe(20);
          expect(new Set(stored?.history.map((event) => event.by))).toHaveProperty('size', 21);
        }
      });

      it('when a case that does not exist is updated, then the update throws not_found', async () => {
        const { cases } = await open();
        await expect(cases.update('C-404', (current) => current)).rejects.toMatchObject({
          name: 'StoreError',
          code: 'not_found',
          message: 'case C-404 does not exist',
        });
        expect(await cases.get('C-404')).toBeUndefined();
      });

      it('when the change throws, then its error propagates and nothing is written', async () => {
        const { cases } = await open();
        const created = makeCase({ id: 'C-1' });
        await cases.create(created);
        await expect(
          cases.update('C-1', () => {
            throw new Error('the manager already decided');
          }),
        ).rejects.toThrow('the manager already decided');
        expect(await cases.get('C-1')).toEqual(created);
      });

      it('when cases are listed, then they come newest first by filing time, per owner or store, within the limit', async () => {
        const { cases } = await open();
        // Created out of order: the lists follow createdAt, not the order of the writes.
        await cases.create(makeCase({ id: 'C-1', owner: 'U_A', store: '黄兴店', minute: 1 }));
        await cases.create(makeCase({ id: 'C-2', owner: 'U_B', store: '黄兴店', minute: 2 }));
        await cases.create(makeCase({ id: 'C-3', owner: 'U_A', store: '五一店', minute: 3 }));
        await cases.create(makeCase({ id: 'C-0', owner: 'U_A', store: '黄兴店', minute: 0 }));
        const ids = (found: { id: string }[]) => found.map((record) => record.id);

        expect(ids(await cases.listByOwner('U_A', 10))).toEqual(['C-3', 'C-1', 'C-0']);
        expect(ids(await cases.listByOwner('U_A', 2))).toEqual(['C-3', 'C-1']);
        expect(ids(await cases.listByOwner('U_NOBODY', 5))).toEqual([]);
        expect(ids(await cases.listRecent(10))).toEqual(['C-3', 'C-2', 'C-1', 'C-0']);
        expect(ids(await cases.listRecent(3))).toEqual(['C-3', 'C-2', 'C-1']);
        expect(ids(await cases.listRecent(10, '黄兴店'))).toEqual(['C-2', 'C-1', 'C-0']);
        expect(ids(await cases.listRecent(1, '黄兴店'))).toEqual(['C-2']);
        expect(ids(await cases.listRecent(0))).toEqual([]);
      });

      it('when the first case is asked for, then it is the oldest filing whatever the order of the writes, or none on an empty store', async () => {
        const { cases } = await open();
        expect(await cases.firstCreatedAt()).toBeUndefined();
        // Two days apart, the later written first: the answer follows createdAt, across day buckets.
        await cases.create(makeCase({ id: 'C-LATER', minute: 2 * 24 * 60 }));
        await cases.create(makeCase({ id: 'C-NEXT', minute: 24 * 60 + 5 }));
        await cases.create(makeCase({ id: 'C-FIRST', minute: 24 * 60 }));
        expect((await cases.firstCreatedAt())?.toISOString()).toBe(minutesIn(24 * 60));
      });

      it('when a case changes owner, then it leaves the old owner’s list and joins the new one’s', async () => {
        const { cases } = await open();
        await cases.create(makeCase({ id: 'C-1', owner: 'U_A', minute: 1 }));
        await cases.create(makeCase({ id: 'C-2', owner: 'U_B', minute: 2 }));
        await cases.update('C-1', (current) => ({ ...current, owner: 'U_B' }));

        expect(await cases.listByOwner('U_A', 10)).toEqual([]);
        expect((await cases.listByOwner('U_B', 10)).map((found) => [found.id, found.owner])).toEqual([
          ['C-2', 'U_B'],
          ['C-1', 'U_B'],
        ]);
      });

      it('when the store is closed and opened again, then cases, lists and pending posts are still there', async () => {
        const before = await open();
        await before.cases.create(makeCase({ id: 'C-1', owner: 'U_A' }));
        const updated = await before.cases.update('C-1', (current) => appending(noteEvent(current, 'U_A'))(current));
        await before.outbox.enqueue(job('review:C-1:v1', inMinutes(-1)));
        await before.close();

        const after = await open();
        expect(await after.cases.get('C-1')).toEqual(updated);
        expect(await after.cases.listByOwner('U_A', 5)).toEqual([updated]);
        expect((await after.outbox.due(new Date(), 5)).map((found) => found.id)).toEqual(['review:C-1:v1']);
      });

      it('when a stored case is damaged, then reading or listing it fails naming the case, never skipping it', async () => {
        const { cases } = await open();
        await cases.create(makeCase({ id: 'C-1', owner: 'U_A' }));
        const kv = createAtomicKv(await target.openEngine(), namespace);
        const damaged = { version: 1, status: 'mislaid' };
        try {
          expect(await kv.compareAndSwap('case:C-1', 0, damaged)).toBe(true);
        } finally {
          await kv.close();
        }

        const corrupt = {
          name: 'StoreError',
          code: 'store_corrupt',
          message: expect.stringMatching(/^case C-1 .*schema/),
        };
        await expect(cases.get('C-1')).rejects.toMatchObject(corrupt);
        await expect(cases.listByOwner('U_A', 5)).rejects.toMatchObject(corrupt);
        await expect(cases.listRecent(5)).rejects.toMatchObject(corrupt);
      });
    });

    describe('intake', () => {
      // Issue 14: a complaint acknowledged to Slack is held until its case is stored, so a bot that died in
      // between files it at its next start (test/component/intake-crash.test.ts).
      const held = (id: string, receivedAt: string) => ({
        version: 0,
        id,
        complaint: makeCase({ id: 'C-X' }).complaint,
        owner: 'U_A',
        receivedAt,
      });

      it('when complaints are held, then another instance finds those received before a moment, oldest first, once each, until released', async () => {
        const [first, second] = await openPair();
        await first.intake.hold(held('V2', '2026-12-07T01:00:02.000Z'));
        await first.intake.hold(held('V1', '2026-12-07T01:00:01.000Z'));
        await first.intake.hold(held('V3', '2026-12-07T01:00:09.000Z'));
        // Held twice (a Slack retry): the first stays.
        await second.intake.hold({ ...held('V1', '2026-12-07T01:30:00.000Z'), owner: 'U_B' });

        const before = await second.intake.heldBefore(new Date('2026-12-07T01:00:05.000Z'), 10);
        expect(before.map((each) => [each.id, each.owner])).toEqual([
          ['V1', 'U_A'],
          ['V2', 'U_A'],
        ]);
        expect((await second.intake.heldBefore(new Date(8.64e15), 1)).map((each) => each.id)).toEqual(['V1']);

        await second.intake.release('V1');
        await second.intake.release('V-never-held');
        expect((await first.intake.heldBefore(new Date(8.64e15), 10)).map((each) => each.id)).toEqual(['V2', 'V3']);
      });
    });

    describe('delegations', () => {
      // Issue 15: an approver away names a delegate; every instance sees it, the next one replaces it, and
      // ending it removes it.
      const delegation = (approver: string, delegate: string, until: string) => ({
        approver,
        delegate,
        until,
        setAt: '2026-12-07T02:00:00.000Z',
      });

      it('when an approver names a delegate, then another instance reads it; naming another replaces it; removing ends it', async () => {
        const [first, second] = await openPair();
        expect(await second.delegations.get('U_A')).toBeUndefined();
        await first.delegations.put(delegation('U_A', 'U_D1', '2026-12-09'));
        await first.delegations.put(delegation('U_B', 'U_D2', '2026-12-20'));
        expect(await second.delegations.get('U_A')).toEqual(delegation('U_A', 'U_D1', '2026-12-09'));
        await Promise.all([
          second.delegations.put(delegation('U_A', 'U_D3', '2026-12-10')),
          first.delegations.put(delegation('U_A', 'U_D3', '2026-12-10')),
        ]);
        expect(await first.delegations.get('U_A')).toEqual(delegation('U_A', 'U_D3', '2026-12-10'));
        expect((await second.delegations.list()).map((each) => each.delegate).sort()).toEqual(['U_D2', 'U_D3']);
        await second.delegations.remove('U_A');
        await second.delegations.remove('U_NEVER');
        expect(await first.delegations.get('U_A')).toBeUndefined();
        expect((await first.delegations.list()).map((each) => each.approver)).toEqual(['U_B']);
      });
    });

    describe('identity', () => {
      // Issue 14: a store that still answers but is no longer the one opened — emptied (a Redis restarted
      // without persistence, a FLUSHALL, a database dropped and made again) or another put in its place —
      // fails the probe behind /healthz and every filing, for good, instead of taking complaints into it.
      const wipe = async () => {
        const kv = createAtomicKv(await target.openEngine(), namespace);
        try {
          for await (const keys of kv.keysWithPrefix('', 100)) for (const key of keys) await kv.delete(key);
        } finally {
          await kv.close();
        }
      };

      it('when instances open one store, then they agree on it and the probe passes; a store opened again is the same store', async () => {
        const [first, second] = await openPair();
        await expect(first.probe()).resolves.toBeUndefined();
        await expect(second.probe()).resolves.toBeUndefined();
        await first.cases.create(makeCase({ id: 'C-1' }));
        const again = await open();
        await expect(again.probe()).resolves.toBeUndefined();
        await expect(first.probe()).resolves.toBeUndefined();
      });

      it('when the store is emptied under it, then the probe fails saying so, and keeps failing once records are written again', async () => {
        const stores = await open();
        await stores.cases.create(makeCase({ id: 'C-1' }));
        await wipe();

        const emptied = {
          name: 'StoreError',
          code: 'store_unavailable',
          message: expect.stringMatching(/was emptied while the bot was running/),
        };
        await expect(stores.probe()).rejects.toMatchObject(emptied);
        // A new instance opening it now starts a new store; the old one stays refused.
        const fresh = await open();
        await expect(fresh.probe()).resolves.toBeUndefined();
        await expect(stores.probe()).rejects.toMatchObject(emptied);
      });

      it('when another store is put in its place, then the probe fails saying it was replaced', async () => {
        const stores = await open();
        const kv = createAtomicKv(await target.openEngine(), namespace);
        try {
          const current = (await kv.get('store:identity')) as { version: number; createdAt: string };
          const another = { ...current, version: current.version + 1, id: 'another-store' };
          expect(await kv.compareAndSwap('store:identity', current.version, another)).toBe(true);
        } finally {
          await kv.close();
        }
        await expect(stores.probe()).rejects.toMatchObject({
          code: 'store_unavailable',
          message: expect.stringMatching(/was replaced by another store while the bot was running/),
        });
      });
    });

    describe('outbox', () => {
      it('when the same job is enqueued twice, then one job is kept, as first enqueued', async () => {
        const { outbox } = await open();
        const first = job('review:C-1:v1', inMinutes(-1), { kind: 'review-update', eventIndex: 2 });
        await outbox.enqueue(first);
        await outbox.enqueue({ ...first, caseId: 'C-2', attempts: 3 });

        expect(await outbox.due(new Date(), 10)).toEqual([first]);
      });

      it('when jobs are due, then they come oldest first, within the limit, and later ones wait', async () => {
        const { outbox } = await open();
        await outbox.enqueue(job('j-2', inMinutes(-1)));
        await outbox.enqueue(job('j-1', inMinutes(-3)));
        await outbox.enqueue(job('later', inMinutes(10)));
        await outbox.enqueue(job('j-3', inMinutes(-2)));
        const ids = (jobs: PostJob[]) => jobs.map((found) => found.id);

        expect(ids(await outbox.due(new Date(), 10))).toEqual(['j-1', 'j-3', 'j-2']);
        expect(ids(await outbox.due(new Date(), 2))).toEqual(['j-1', 'j-3']);
        expect(ids(await outbox.due(new Date(Date.now() + 11 * 60_000), 10))).toEqual(['j-1', 'j-3', 'j-2', 'later']);
      });

      it('when two instances claim one job, then only one holds it until the lease lapses', async () => {
        const [first, second] = await openPair();
        await first.outbox.enqueue(job('j-1', inMinutes(-1)));

        expect(await first.outbox.claim('j-1', 'worker-a', 300)).toBe(true);
        expect(await second.outbox.claim('j-1', 'worker-b', 300)).toBe(false);
        expect(await first.outbox.claim('j-1', 'worker-a', 300)).toBe(true);

        await sleep(450);
        expect(await second.outbox.claim('j-1', 'worker-b', 5000)).toBe(true);
        expect(await first.outbox.claim('j-1', 'worker-a', 5000)).toBe(false);
      });

      it('when many workers on two instances claim one job at once, then exactly one gets it', async () => {
        const [first, second] = await openPair();
        await first.outbox.enqueue(job('j-1', inMinutes(-1)));
        const claims = await Promise.all(
          Array.from({ length: 10 }, (_, index) =>
            (index % 2 === 0 ? first : second).outbox.claim('j-1', `worker-${index}`, 5000),
          ),
        );
        expect(claims.filter(Boolean)).toHaveLength(1);
      });

      it('when a worker renews its lease, then the job stays its own past the first lease, and a renewed lease still lapses', async () => {
        const [first, second] = await openPair();
        await first.outbox.enqueue(job('j-1', inMinutes(-1)));
        expect(await first.outbox.claim('j-1', 'worker-a', 300)).toBe(true);

        expect(await second.outbox.renew('j-1', 'worker-b', 5000)).toBe(false);
        expect(await first.outbox.renew('j-1', 'worker-a', 900)).toBe(true);
        await sleep(450);
        expect(await second.outbox.claim('j-1', 'worker-b', 5000)).toBe(false);
        // Renewed, it lapses all the same (on Redis too, where a rewrite could drop the expiry).
        await sleep(600);
        expect(await first.outbox.renew('j-1', 'worker-a', 5000)).toBe(false);
        expect(await second.outbox.claim('j-1', 'worker-b', 5000)).toBe(true);
      });

      it('when the leases of gone workers are released, then their jobs can be claimed at once and the others stay held', async () => {
        const [first, second] = await openPair();
        await first.outbox.enqueue(job('j-gone', inMinutes(-1)));
        await first.outbox.enqueue(job('j-alive', inMinutes(-1)));
        expect(await first.outbox.claim('j-gone', 'gone-run:1', 60_000)).toBe(true);
        expect(await first.outbox.claim('j-alive', 'live-run:1', 60_000)).toBe(true);
        const asked: string[] = [];

        expect(await second.outbox.releaseLeases((worker) => asked.push(worker) > 0 && worker.startsWith('gone'))).toBe(
          1,
        );
        // Every holder is asked about (Redis's SCAN may name a key twice).
        expect([...new Set(asked)].toSorted()).toEqual(['gone-run:1', 'live-run:1']);
        expect(await second.outbox.claim('j-gone', 'worker-b', 60_000)).toBe(true);
        expect(await second.outbox.claim('j-alive', 'worker-b', 60_000)).toBe(false);
        expect(await second.outbox.releaseLeases(() => false)).toBe(0);
      });

      it('when tries are noted on a job, then the first note is kept and answered, survives a retry, and can be dropped', async () => {
        const [first, second] = await openPair();
        await first.outbox.enqueue(job('j-1', inMinutes(-1)));
        const at = new Date('2026-12-06T20:00:00.000Z');

        expect(await first.outbox.noteTry('j-1', at)).toBeUndefined();
        expect(await second.outbox.noteTry('j-1', new Date('2026-12-06T20:05:00.000Z'))).toBe(at.toISOString());
        await first.outbox.reschedule('j-1', inMinutes(-1), 1, 'http_500');
        const [noted] = await second.outbox.due(new Date(), 10);
        expect(noted?.triedAt).toBe(at.toISOString());

        expect(await first.outbox.noteTry('j-1', undefined)).toBe(at.toISOString());
        expect((await second.outbox.due(new Date(), 10))[0]).not.toHaveProperty('triedAt');
        expect(await first.outbox.noteTry('j-1', undefined)).toBeUndefined();
        // A job that is done has nothing to note, and is not brought back by a note.
        await first.outbox.complete('j-1');
        expect(await second.outbox.noteTry('j-1', at)).toBeUndefined();
        expect(await second.outbox.due(new Date(8.64e15), 10)).toEqual([]);
      });

      it('when a job that is not pending is claimed, then the claim fails', async () => {
        const { outbox } = await open();
        expect(await outbox.claim('nothing', 'worker-a', 5000)).toBe(false);
      });

      it('when a failed job is rescheduled, then it records the try, waits until due again and can be claimed afresh', async () => {
        const { outbox } = await open();
        await outbox.enqueue(job('j-1', inMinutes(-1)));
        expect(await outbox.claim('j-1', 'worker-a', 60_000)).toBe(true);
        const retryAt = inMinutes(5);
        await outbox.reschedule('j-1', retryAt, 1, 'slack: ratelimited');

        expect(await outbox.due(new Date(), 10)).toEqual([]);
        expect(await outbox.due(new Date(Date.now() + 6 * 60_000), 10)).toEqual([
          job('j-1', retryAt, { attempts: 1, lastError: 'slack: ratelimited' }),
        ]);
        expect(await outbox.claim('j-1', 'worker-b', 60_000)).toBe(true);
      });

      it('when a job is completed, then it is no longer due or claimable, and the same id can be enqueued anew', async () => {
        const { outbox } = await open();
        await outbox.enqueue(job('j-1', inMinutes(-1)));
        await outbox.enqueue(job('j-2', inMinutes(-1)));
        expect(await outbox.claim('j-1', 'worker-a', 60_000)).toBe(true);
        await outbox.complete('j-1');

        expect((await outbox.due(new Date(Date.now() + 60 * 60_000), 10)).map((found) => found.id)).toEqual(['j-2']);
        expect(await outbox.claim('j-1', 'worker-b', 60_000)).toBe(false);
        await outbox.reschedule('j-1', inMinutes(1), 2, 'late failure report');
        expect((await outbox.due(new Date(Date.now() + 60 * 60_000), 10)).map((found) => found.id)).toEqual(['j-2']);

        await outbox.enqueue(job('j-1', inMinutes(-5), { kind: 'review-update' }));
        expect((await outbox.due(new Date(), 10)).map((found) => [found.id, found.kind])).toEqual([
          ['j-1', 'review-update'],
          ['j-2', 'review-post'],
        ]);
      });

      it('when a job vanished without its index entry (a crash half-way through complete), then due skips it and it can be enqueued again', async () => {
        const { outbox } = await open();
        await outbox.enqueue(job('j-1', inMinutes(-2)));
        await outbox.enqueue(job('j-2', inMinutes(-1)));
        const kv = createAtomicKv(await target.openEngine(), namespace);
        try {
          await kv.delete('outbox:job:j-1');
        } finally {
          await kv.close();
        }

        expect((await outbox.due(new Date(), 1)).map((found) => found.id)).toEqual(['j-2']);
        await outbox.enqueue(job('j-1', inMinutes(-3)));
        expect((await outbox.due(new Date(), 10)).map((found) => found.id)).toEqual(['j-1', 'j-2']);
      });

      it('when jobs are given up on, then they leave the queue and are listed as dead letters, the most recent first, on every instance', async () => {
        const [first, second] = await openPair();
        const [failingSince, dueAt, earlier, later] = [inMinutes(-60), inMinutes(-1), inMinutes(-2), inMinutes(-1)];
        for (const id of ['j-1', 'j-2', 'j-3']) await first.outbox.enqueue(job(id, dueAt));
        await first.outbox.reschedule('j-1', dueAt, 3, 'slack: 503', failingSince);
        const letter = (id: string, diedAt: string): DeadLetter => ({
          job: job(id, dueAt, { attempts: 4, lastError: 'not_in_channel', firstFailedAt: failingSince }),
          error: 'not_in_channel',
          method: 'chat.postMessage',
          channel: 'C_REVIEW',
          permanent: true,
          diedAt,
        });
        expect(await first.outbox.bury(letter('j-1', earlier))).toBe(true);
        expect(await second.outbox.bury(letter('j-2', later))).toBe(true);
        // A job no longer pending (completed meanwhile) is not kept.
        expect(await first.outbox.bury(letter('j-missing', inMinutes(0)))).toBe(false);

        expect((await second.outbox.due(new Date(Date.now() + 3600_000), 10)).map((found) => found.id)).toEqual([
          'j-3',
        ]);
        expect(await second.outbox.deadLetters(10)).toEqual([letter('j-2', later), letter('j-1', earlier)]);
        expect(await first.outbox.deadLetters(1)).toEqual([letter('j-2', later)]);
        expect(await first.outbox.deadLetters(0)).toEqual([]);
      });

      it('when a dead letter is revived, then its job is queued again, due then, its tries forgotten, and it is no longer dead', async () => {
        const [first, second] = await openPair();
        await first.outbox.enqueue(job('j-1', inMinutes(-1)));
        await first.outbox.reschedule('j-1', inMinutes(-1), 2, 'slack: 503', inMinutes(-30));
        const [failing] = await first.outbox.due(new Date(), 10);
        if (!failing) throw new Error('the job should be due');
        await first.outbox.bury({ job: failing, error: 'http_503', permanent: false, diedAt: inMinutes(0) });

        const at = new Date(Date.now() + 60_000);
        expect(await second.outbox.revive('j-1', at)).toEqual(job('j-1', at.toISOString()));
        expect(await first.outbox.deadLetters(10)).toEqual([]);
        expect(await first.outbox.due(new Date(at.getTime() + 1), 10)).toEqual([job('j-1', at.toISOString())]);
        expect(await second.outbox.revive('j-1', at)).toBeUndefined();
        expect(await second.outbox.revive('never-died', at)).toBeUndefined();
      });
    });

    describe('customers', () => {
      // Issue 15: a repeat customer's cases are found in every store by the fingerprint of their phone.
      const withCustomer = (id: string, fingerprint: string, extra: Parameters<typeof makeCase>[0] = { id }) => {
        const record = makeCase({ ...extra, id });
        return { ...record, complaint: { ...record.complaint, customer: { fingerprint, last4: '8000' } } };
      };
      const one = 'a'.repeat(64);
      const other = 'b'.repeat(64);

      it("when one customer complains in two stores, then both cases are listed by their fingerprint, newest first, and nobody else's", async () => {
        const [first, second] = await openPair();
        await first.cases.create(withCustomer('C-1', one, { id: 'C-1', store: '黄兴店' }));
        await second.cases.create(withCustomer('C-2', one, { id: 'C-2', store: '五一店', minute: 5 }));
        await first.cases.create(withCustomer('C-3', other, { id: 'C-3', minute: 2 }));
        await first.cases.create(makeCase({ id: 'C-4', minute: 3 }));

        expect((await second.cases.listByCustomer(one, 10)).map((found) => found.id)).toEqual(['C-2', 'C-1']);
        expect((await first.cases.listByCustomer(other, 10)).map((found) => found.id)).toEqual(['C-3']);
        expect(await first.cases.listByCustomer('c'.repeat(64), 10)).toEqual([]);
        expect((await first.cases.listByCustomer(one, 1)).map((found) => found.id)).toEqual(['C-2']);
        // Listed again after a change, and still there after a restart.
        await first.cases.update('C-1', (current) => appending(noteEvent(current, 'U_STAFF'))(current));
        expect((await (await open()).cases.listByCustomer(one, 10)).map((found) => found.id)).toEqual(['C-2', 'C-1']);
      });
    });

    describe('closed cases', () => {
      it('when a case is closed, then it leaves the open list and is found among the cases closed in its period only', async () => {
        const { cases } = await open();
        await cases.create(makeCase({ id: 'C-1' }));
        await cases.create(makeCase({ id: 'C-2', minute: 1 }));
        const closedAt = '2026-11-28T03:00:00.000Z';
        await cases.update('C-1', (current) => ({
          ...current,
          status: 'closed',
          history: [...current.history, { type: 'closed', at: closedAt, by: 'complaint-desk' }],
        }));
        const ids = async (from: string, to: string) => {
          const found: string[] = [];
          for await (const record of cases.eachClosedBetween(new Date(from), new Date(to))) found.push(record.id);
          return found;
        };
        expect((await cases.listOpen()).map((found) => found.id)).toEqual(['C-2']);
        expect(await ids('2026-11-28T00:00:00Z', '2026-11-29T00:00:00Z')).toEqual(['C-1']);
        expect(await ids('2026-11-28T03:00:00.001Z', '2026-11-30T00:00:00Z')).toEqual([]);
        expect(await ids('2026-11-27T00:00:00Z', '2026-11-28T03:00:00Z')).toEqual([]);
      });

      it('when a walk has read some cases already, then the open and closed walks leave them out and read the rest', async () => {
        const { cases } = await open();
        for (const [id, minute] of [
          ['C-1', 0],
          ['C-2', 1],
          ['C-3', 2],
          ['C-4', 3],
        ] as const) {
          await cases.create(makeCase({ id, minute }));
        }
        const closedAt = '2026-11-28T03:00:00.000Z';
        for (const id of ['C-3', 'C-4']) {
          await cases.update(id, (current) => ({
            ...current,
            status: 'closed',
            history: [...current.history, { type: 'closed', at: closedAt, by: 'complaint-desk' }],
          }));
        }
        const read = new Set(['C-1', 'C-3']);
        const stillOpen: string[] = [];
        for await (const record of cases.eachOpen(1, read)) stillOpen.push(record.id);
        const closed: string[] = [];
        const [from, to] = [new Date('2026-11-28T00:00:00Z'), new Date('2026-11-29T00:00:00Z')];
        for await (const record of cases.eachClosedBetween(from, to, 1, read)) closed.push(record.id);
        expect(stillOpen).toEqual(['C-2']);
        expect(closed).toEqual(['C-4']);
      });
    });

    describe('digests', () => {
      const reportFor = async (slot: string, from: string) =>
        buildDigestReport({
          slot: new Date(slot),
          from: new Date(from),
          to: new Date(slot),
          now: new Date(slot),
          filed: [makeCase({ id: 'C-1' })],
          notClosed: [],
          policy: await loadPolicy(DEFAULT_POLICY_PATH),
        });

      it('when two instances claim one slot at once, then exactly one stores its report and both read that one', async () => {
        const [first, second] = await openPair();
        const report = await reportFor('2026-12-02T00:30:00.000Z', '2026-12-01T00:30:00.000Z');
        const claims = await Promise.all([
          first.digests.claim(report),
          second.digests.claim({ ...report, builtAt: '2026-12-02T00:30:05.000Z' }),
        ]);
        expect(claims.filter((claim) => claim.created)).toHaveLength(1);
        const stored = claims.find((claim) => claim.created)?.record.report;
        for (const claim of claims) expect(claim.record.report).toEqual(stored);
        expect((await second.digests.get(report.slot))?.report).toEqual(stored);
        expect(await first.digests.get('2026-12-03T00:30:00.000Z')).toBeUndefined();
      });

      it('when parts are marked posted, then each keeps its first ref, and the part count is kept with them', async () => {
        const { digests } = await open();
        const report = await reportFor('2026-12-02T00:30:00.000Z', '2026-12-01T00:30:00.000Z');
        await digests.claim(report);
        await digests.markPosted(report.slot, 0, '1.000100', 3);
        await digests.markPosted(report.slot, 0, '9.000900', 3);
        const record = await digests.markPosted(report.slot, 1, 'F1', 3);
        expect(record.posted).toEqual({ 0: '1.000100', 1: 'F1' });
        expect(record.partCount).toBe(3);
        await expect(digests.markPosted('2026-12-09T00:30:00.000Z', 0, 'x', 1)).rejects.toMatchObject({
          code: 'not_found',
        });
      });

      it('when the latest digest is recorded out of order, then it never moves back', async () => {
        const [first, second] = await openPair();
        expect(await first.digests.last()).toBeUndefined();
        await first.digests.recordLast('2026-12-02T00:30:00.000Z', '2026-12-02T00:30:00.000Z');
        await second.digests.recordLast('2026-12-01T00:30:00.000Z', '2026-12-01T00:30:00.000Z');
        expect(await first.digests.last()).toMatchObject({
          slot: '2026-12-02T00:30:00.000Z',
          to: '2026-12-02T00:30:00.000Z',
        });
        await second.digests.recordLast('2026-12-03T00:30:00.000Z', '2026-12-03T00:30:00.000Z');
        expect(await first.digests.last()).toMatchObject({ slot: '2026-12-03T00:30:00.000Z' });
      });
    });

    describe('weekly root-cause reports', () => {
      it('when two instances claim one weekly slot at once, then exactly one stores its report, kept apart from the digests', async () => {
        const [first, second] = await openPair();
        const policy = await loadPolicy(DEFAULT_POLICY_PATH);
        const slot = new Date('2026-12-07T01:00:00.000Z');
        const report = buildWeeklyReport([makeCase({ id: 'C-1' })], { slot, weeks: 1, now: slot, policy });
        const claims = await Promise.all([
          first.weeklies.claim(report),
          second.weeklies.claim({ ...report, builtAt: '2026-12-07T01:00:05.000Z' }),
        ]);
        expect(claims.filter((claim) => claim.created)).toHaveLength(1);
        await second.weeklies.recordLast(report.slot, report.to);
        expect(await first.weeklies.last()).toMatchObject({ slot: report.slot });
        expect((await first.weeklies.markPosted(report.slot, 0, '1.000100', 2)).posted).toEqual({ 0: '1.000100' });
        // The same slot in the digests' keys is another record: neither schedule sees the other's.
        expect(await first.digests.get(report.slot)).toBeUndefined();
        expect(await first.digests.last()).toBeUndefined();
      });
    });

    describe('idempotency', () => {
      it('when an id is seen, then it is new once, not again within the ttl, and new again after it', async () => {
        const { idempotency } = await open();
        expect(await idempotency.firstTime('view:V1', 300)).toBe(true);
        expect(await idempotency.firstTime('view:V1', 300)).toBe(false);
        expect(await idempotency.firstTime('view:V2', 300)).toBe(true);
        await sleep(450);
        expect(await idempotency.firstTime('view:V1', 300)).toBe(true);
      });

      it('when lapsed records are swept, then they are gone from the database and live ones stay', async () => {
        const engine = await target.openEngine();
        const kv = createAtomicKv(engine, namespace);
        try {
          await kv.putIfAbsent('seen:lapsed', { version: 0, expiresAt: Date.now() + 50 });
          await kv.putIfAbsent('seen:live', { version: 0, expiresAt: Date.now() + 60_000 });
          await sleep(150);
          await kv.sweepExpired('seen:');

          expect(await engine.keyv.get(`${namespace}:seen:lapsed`)).toBeUndefined();
          expect(await engine.keyv.get(`${namespace}:seen:live`)).toMatchObject({ version: 0 });
          expect(await kv.putIfAbsent('seen:lapsed', { version: 0, expiresAt: Date.now() + 60_000 })).toBe(true);
        } finally {
          await kv.close();
        }
      });

      it('when two instances see one id at the same moment, then exactly one is told it is the first', async () => {
        const [first, second] = await openPair();
        const answers = await Promise.all(
          Array.from({ length: 10 }, (_, index) =>
            (index % 2 === 0 ? first : second).idempotency.firstTime('event:Ev1', 60_000),
          ),
        );
        expect(answers.filter(Boolean)).toHaveLength(1);
      });
    });
  });
}
