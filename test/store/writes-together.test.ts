import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAtomicKv } from '../../src/store/atomic-kv.ts';
import type { Stores } from '../../src/store/case-store.ts';
import type { KvEngine } from '../../src/store/kv-engine.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { makeCase } from './case-fixtures.ts';
import type { StoreTarget } from './store-contract.ts';
import { availableTargets } from './store-targets.ts';

// Issue 13: a filing's writes are made together — one transaction on SQLite, so a case and its indexes,
// a job and its due entry, land all or none; the other engines make them one by one, in an order a stop
// part-way leaves harmless.

const run = `w${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
let tests = 0;

const targets = availableTargets();

describe.each(targets)('writes made together, on %s', (engineName, setup) => {
  let target: StoreTarget;
  const engines: KvEngine[] = [];

  beforeAll(async () => {
    target = await setup();
  });
  afterAll(async () => {
    await target?.dispose?.();
  });
  afterEach(async () => {
    for (const engine of engines.splice(0)) await engine.close();
  });

  async function kvOfTest() {
    tests += 1;
    const engine = await target.openEngine();
    engines.push(engine);
    return createAtomicKv(engine, `${run}_${tests}`);
  }

  it('when every condition holds, then each write lands: inserted, replaced over its version, deleted', async () => {
    const kv = await kvOfTest();
    await kv.putIfAbsent('kept', { version: 0 });
    await kv.putIfAbsent('gone', { version: 0 });
    const written = await kv.writeTogether([
      { key: 'new', record: { version: 0 } },
      { key: 'kept', record: { version: 1 }, expectedVersion: 0 },
      { key: 'gone' },
    ]);
    expect(written).toBe(true);
    expect(await kv.getMany(['new', 'kept', 'gone'])).toEqual([{ version: 0 }, { version: 1 }, undefined]);
  });

  it('when a later write finds its record changed, then false, and on SQLite the earlier writes are undone with it', async () => {
    const kv = await kvOfTest();
    await kv.putIfAbsent('moved', { version: 3 });
    const written = await kv.writeTogether([
      { key: 'first', record: { version: 0 } },
      { key: 'moved', record: { version: 2 }, expectedVersion: 1 },
      { key: 'never', record: { version: 0 } },
    ]);
    expect(written).toBe(false);
    // One transaction on SQLite: nothing of it stays. One by one elsewhere: what came before the refusal stays.
    const first = engineName === 'SQLite' ? undefined : { version: 0 };
    expect(await kv.getMany(['first', 'moved', 'never'])).toEqual([first, { version: 3 }, undefined]);
  });
});

describe('a filing refused part-way through its writes, on SQLite', () => {
  const dirs: string[] = [];
  const opened: Stores[] = [];
  afterEach(async () => {
    for (const stores of opened.splice(0)) await stores.close();
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  /** A store on a file of its own, and a second connection to it that can refuse a write as a full disk would. */
  async function storeRefusing(keyPattern: string): Promise<{ stores: Stores; other: DatabaseSync; path: string }> {
    const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-together-'));
    dirs.push(dir);
    const path = join(dir, 'cases.sqlite');
    const stores = await openStores(`sqlite://${path}`, { log: () => undefined });
    opened.push(stores);
    const other = new DatabaseSync(path);
    other.exec(`CREATE TRIGGER refuse BEFORE INSERT ON keyv WHEN NEW.key LIKE '${keyPattern}'
      BEGIN SELECT RAISE(ABORT, 'the disk refused'); END`);
    return { stores, other, path };
  }

  /** The keys in the file, as another process reading it would see them. */
  function keysInFile(path: string, like: string): string[] {
    const reader = new DatabaseSync(path, { readOnly: true });
    try {
      const rows = reader.prepare('SELECT key FROM keyv WHERE key LIKE ? ORDER BY key').all(like);
      return rows.map((row) => String(row.key));
    } finally {
      reader.close();
    }
  }

  /** The index records in the file that name case `id`. */
  function indexesNaming(path: string, id: string): string[] {
    const reader = new DatabaseSync(path, { readOnly: true });
    try {
      const rows = reader.prepare("SELECT key FROM keyv WHERE key LIKE '%:index:%' AND value LIKE ?").all(`%"${id}"%`);
      return rows.map((row) => String(row.key));
    } finally {
      reader.close();
    }
  }

  it('when the case record is refused after its indexes were written, then none of its index entries is in the file, and filed again it is listed once', async () => {
    const { stores, other, path } = await storeRefusing('%:case:C-REFUSED');
    await expect(stores.cases.create(makeCase({ id: 'C-REFUSED', owner: 'U_OWNER' }))).rejects.toThrow(
      /the disk refused/,
    );
    expect(indexesNaming(path, 'C-REFUSED')).toEqual([]);
    other.exec('DROP TRIGGER refuse');
    other.close();
    expect((await stores.cases.create(makeCase({ id: 'C-REFUSED', owner: 'U_OWNER' }))).created).toBe(true);
    expect((await stores.cases.listByOwner('U_OWNER', 10)).map((found) => found.id)).toEqual(['C-REFUSED']);
    expect(indexesNaming(path, 'C-REFUSED').length).toBeGreaterThanOrEqual(4);
  });

  it('when a job’s due entry is refused, then the job is not in the file either, and queued again it is due once', async () => {
    const { stores, other, path } = await storeRefusing('%:outbox:due');
    const job = {
      id: 'review-post:C-1',
      caseId: 'C-1',
      kind: 'review-post' as const,
      dueAt: new Date(Date.now() - 60_000).toISOString(),
      attempts: 0,
    };
    await expect(stores.outbox.enqueue(job)).rejects.toThrow(/the disk refused/);
    expect(keysInFile(path, '%:outbox:%')).toEqual([]);
    other.exec('DROP TRIGGER refuse');
    other.close();
    await stores.outbox.enqueue(job);
    await stores.outbox.enqueue(job);
    expect((await stores.outbox.due(new Date(), 10)).map((due) => due.id)).toEqual(['review-post:C-1']);
  });

  it('when a finished job’s lease cannot be let go, then the job and its due entry stay too, to be finished again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-together-'));
    dirs.push(dir);
    const path = join(dir, 'cases.sqlite');
    const stores = await openStores(`sqlite://${path}`, { log: () => undefined });
    opened.push(stores);
    const job = {
      id: 'j-1',
      caseId: 'C-1',
      kind: 'review-post' as const,
      dueAt: new Date().toISOString(),
      attempts: 0,
    };
    await stores.outbox.enqueue(job);
    expect(await stores.outbox.claim('j-1', 'worker-a', 60_000)).toBe(true);
    const other = new DatabaseSync(path);
    other.exec(`CREATE TRIGGER refuse BEFORE DELETE ON keyv WHEN OLD.key LIKE '%:outbox:lease:j-1'
      BEGIN SELECT RAISE(ABORT, 'the disk refused'); END`);
    await expect(stores.outbox.complete('j-1')).rejects.toThrow(/the disk refused/);
    expect(keysInFile(path, '%:outbox:%')).toEqual([
      'complaint-desk:outbox:due',
      'complaint-desk:outbox:job:j-1',
      'complaint-desk:outbox:lease:j-1',
    ]);
    other.exec('DROP TRIGGER refuse');
    other.close();
    await stores.outbox.complete('j-1');
    expect(keysInFile(path, '%:outbox:%')).toEqual(['complaint-desk:outbox:due']);
    expect(await stores.outbox.due(new Date(8.64e15), 10)).toEqual([]);
  });
});
