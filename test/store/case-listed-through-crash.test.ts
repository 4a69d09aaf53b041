import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import { type AtomicKv, createAtomicKv } from '../../src/store/atomic-kv.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { KeyedMutex } from '../../src/store/keyed-mutex.ts';
import { KvCaseStore } from '../../src/store/kv-case-store.ts';
import type { KvEngine } from '../../src/store/kv-engine.ts';
import { CASE_PREFIX, recordKeys } from '../../src/store/record-keys.ts';
import { makeCase, minutesIn } from './case-fixtures.ts';
import type { StoreTarget } from './store-contract.ts';
import { availableTargets } from './store-targets.ts';

// Issue 12: after a restart, App Home must list the owner's open cases whatever happened before it. A
// process that dies while filing a case must not leave the case stored but on none of the lists.

const run = `k${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
let tests = 0;

/**
 * The store's writes, until the process "dies" at the moment `dies` picks: every write after that fails.
 * Writes made together die as the engine makes them: on an engine that commits them as one transaction
 * (`grouped`), a death before any of them leaves none written; elsewhere they go one by one.
 */
function dyingKv(kv: AtomicKv, dies: (key: string, when: 'before' | 'after') => boolean, grouped: boolean): AtomicKv {
  let dead = false;
  async function write<R>(key: string, run: () => Promise<R>): Promise<R> {
    if (dead || dies(key, 'before')) {
      dead = true;
      throw new Error('the process was killed');
    }
    const result = await run();
    if (dies(key, 'after')) dead = true;
    return result;
  }
  const dying: AtomicKv = {
    ...kv,
    putIfAbsent: (key, record) => write(key, () => kv.putIfAbsent(key, record)),
    compareAndSwap: (key, version, record) => write(key, () => kv.compareAndSwap(key, version, record)),
    delete: (key) => write(key, () => kv.delete(key)),
    writeTogether: async (writes) => {
      if (grouped) {
        if (dead || writes.some(({ key }) => dies(key, 'before'))) {
          dead = true;
          throw new Error('the process was killed');
        }
        const written = await kv.writeTogether(writes);
        if (writes.some(({ key }) => dies(key, 'after'))) dead = true;
        return written;
      }
      for (const each of writes) {
        const written =
          each.record === undefined
            ? await dying.delete(each.key).then(() => true)
            : each.expectedVersion === undefined
              ? await dying.putIfAbsent(each.key, each.record)
              : await dying.compareAndSwap(each.key, each.expectedVersion, each.record);
        if (!written) return false;
      }
      return true;
    },
  };
  return dying;
}

const targets = availableTargets();

describe.each(targets)('a case filed by a process that dies, on %s', (_engine, setup) => {
  let target: StoreTarget;
  let namespace: string;
  const closing: (Stores | KvEngine)[] = [];

  beforeAll(async () => {
    target = await setup();
  });
  afterAll(async () => {
    await target?.dispose?.();
  });
  afterEach(async () => {
    for (const opened of closing.splice(0)) await opened.close();
  });

  /** Files one case on a store whose process dies where `dies` says, then opens the store as a restart does. */
  async function fileThenRestart(dies: (key: string, when: 'before' | 'after') => boolean): Promise<Stores> {
    tests += 1;
    namespace = `${run}_${tests}`;
    // Opened once first, as the bot had been: the index backfill has run and will not run again.
    closing.push(await target.open(namespace));
    const engine = await target.openEngine();
    closing.push(engine);
    const cases = new KvCaseStore(
      dyingKv(createAtomicKv(engine, namespace), dies, engine.writeTogether !== undefined),
      new KeyedMutex(),
      async () => undefined,
    );
    await cases.create(makeCase({ id: 'C-KILLED', owner: 'U_OWNER', minute: 5 })).catch(() => undefined);
    const restarted = await target.open(namespace);
    closing.push(restarted);
    return restarted;
  }

  it('when it dies just after the case record is written, then after the restart the owner’s list, the open list and the day show it', async () => {
    const { cases } = await fileThenRestart((key, when) => when === 'after' && key.startsWith(CASE_PREFIX));
    expect((await cases.get('C-KILLED'))?.owner).toBe('U_OWNER');
    expect((await cases.listByOwner('U_OWNER', 10)).map((found) => found.id)).toEqual(['C-KILLED']);
    expect((await cases.listRecent(10)).map((found) => found.id)).toEqual(['C-KILLED']);
    expect((await cases.listOpen()).map((found) => found.id)).toEqual(['C-KILLED']);
    const day = await cases.listCreatedBetween(new Date(minutesIn(0)), new Date(minutesIn(10)));
    expect(day.map((found) => found.id)).toEqual(['C-KILLED']);
  });

  it('when it dies just before the case record is written, then no list shows a case that was never stored', async () => {
    const { cases } = await fileThenRestart((key, when) => when === 'before' && key.startsWith(CASE_PREFIX));
    expect(await cases.get('C-KILLED')).toBeUndefined();
    expect(await cases.listByOwner('U_OWNER', 10)).toEqual([]);
    expect(await cases.listRecent(10)).toEqual([]);
    expect(await cases.listOpen()).toEqual([]);
    expect(await cases.listCreatedBetween(new Date(minutesIn(0)), new Date(minutesIn(10)))).toEqual([]);
    // Filed again (Slack retries the submission), it is stored and listed once.
    expect((await cases.create(makeCase({ id: 'C-KILLED', owner: 'U_OWNER', minute: 5 }))).created).toBe(true);
    expect((await cases.listByOwner('U_OWNER', 10)).map((found) => found.id)).toEqual(['C-KILLED']);
  });

  it('when it dies just after a request for approval is written, then after the restart the awaiting list shows it, and a closed case the closed day', async () => {
    tests += 1;
    namespace = `${run}_${tests}`;
    const first = await target.open(namespace);
    closing.push(first);
    await first.cases.create(makeCase({ id: 'C-ASKED', owner: 'U_OWNER', minute: 5 }));
    await first.cases.create(makeCase({ id: 'C-DONE', owner: 'U_OWNER', minute: 6 }));
    const engine = await target.openEngine();
    closing.push(engine);
    const dyingStore = (id: string) =>
      new KvCaseStore(
        dyingKv(
          createAtomicKv(engine, namespace),
          (key, when) => when === 'after' && key === recordKeys.case(id),
          engine.writeTogether !== undefined,
        ),
        new KeyedMutex(),
        async () => undefined,
      );
    const at = minutesIn(30);
    await dyingStore('C-ASKED')
      .update('C-ASKED', (current) =>
        applyCaseEvent(
          applyCaseEvent(current, { type: 'proposed', at, by: 'U_OWNER', remedyId: 'compensation', amount: 200 }),
          { type: 'approval-requested', at, by: 'U_OWNER', remedyId: 'compensation', amount: 200, reason: 'Asked' },
        ),
      )
      .catch(() => undefined);
    await dyingStore('C-DONE')
      .update('C-DONE', (current) => ({ ...current, status: 'closed', updatedAt: at }))
      .catch(() => undefined);

    const { cases } = await target.open(namespace);
    expect((await cases.listAwaitingApproval(10)).map((found) => found.id)).toEqual(['C-ASKED']);
    expect((await cases.listOpen()).map((found) => found.id)).toEqual(['C-ASKED']);
    const closedThatDay = [];
    for await (const found of cases.eachClosedBetween(new Date(minutesIn(0)), new Date(minutesIn(60))))
      closedThatDay.push(found.id);
    expect(closedThatDay).toEqual(['C-DONE']);
  });

  it('when an older version left a case stored but on no list, then opening the store lists it', async () => {
    tests += 1;
    namespace = `${run}_${tests}`;
    closing.push(await target.open(namespace));
    const engine = await target.openEngine();
    closing.push(engine);
    const kv = createAtomicKv(engine, namespace);
    // As the version before this fix left it: marker at 2, the case record written, its index writes lost.
    await kv.compareAndSwap(recordKeys.indexSchema(), 0, { version: 1, indexVersion: 2 } as never);
    await kv.putIfAbsent(recordKeys.case('C-UNLISTED'), makeCase({ id: 'C-UNLISTED', owner: 'U_OWNER' }));
    const reopened = await target.open(namespace);
    closing.push(reopened);
    const { cases } = reopened;
    expect((await cases.listByOwner('U_OWNER', 10)).map((found) => found.id)).toEqual(['C-UNLISTED']);
  });
});
