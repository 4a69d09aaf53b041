import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.ts';
import { createAtomicKv } from '../../src/store/atomic-kv.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { KvIntakeStore } from '../../src/store/kv-intake-store.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { openSqliteEngine } from '../../src/store/sqlite-engine.ts';
import { makeCase } from './case-fixtures.ts';

// Issue 13, the form submit at bare-Bolt speed: a SQLite write no longer holds the event loop while the disk
// syncs it (synchronous = FULL did, 1.5–4 ms a commit); it commits, then waits for the write-ahead log's sync
// on another thread, shared by the writes committed meanwhile. What a caller was told is stored must be in the
// file, and a write the disk refused is never confirmed.

const opened: Stores[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const stores of opened.splice(0)) await stores.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function storeOnOwnFile(): Promise<{ stores: Stores; path: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-group-'));
  dirs.push(dir);
  const path = join(dir, 'cases.sqlite');
  const stores = await openStores(`sqlite://${path}`, { log: () => undefined });
  opened.push(stores);
  return { stores, path };
}

const held = (id: string) => ({
  version: 0,
  id,
  complaint: makeCase({ id: 'C-X' }).complaint,
  owner: 'U_A',
  receivedAt: '2026-12-07T01:00:00.000Z',
});

/** The held complaints' ids in the file, read by a connection of its own (another process would see the same). */
function heldInFile(path: string): string[] {
  const other = new DatabaseSync(path, { readOnly: true });
  try {
    return other
      .prepare(`SELECT key FROM keyv WHERE key LIKE '%:intake:%' ORDER BY key`)
      .all()
      .map((row) => String(row.key).replace(/^.*:intake:/, ''));
  } finally {
    other.close();
  }
}

describe('SQLite writes synced off the main thread', () => {
  it('when several complaints are held at once, then each resolves with it in the file, read by another connection', async () => {
    const { stores, path } = await storeOnOwnFile();
    await Promise.all(['V1', 'V2', 'V3'].map((id) => stores.intake.hold(held(id))));
    expect(heldInFile(path)).toEqual(['V1', 'V2', 'V3']);
    // Held again (Slack's retry, a double click) beside a new one: still one each, the first kept.
    await Promise.all([stores.intake.hold({ ...held('V2'), owner: 'U_B' }), stores.intake.hold(held('V4'))]);
    expect(heldInFile(path)).toEqual(['V1', 'V2', 'V3', 'V4']);
    expect((await stores.intake.heldBefore(new Date(8.64e15), 10)).map((each) => [each.id, each.owner])).toEqual([
      ['V1', 'U_A'],
      ['V2', 'U_A'],
      ['V3', 'U_A'],
      ['V4', 'U_A'],
    ]);
  });

  it('when the write-ahead log cannot be synced to disk, then every write waiting for it fails with one line, and every later statement is refused until a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-sync-'));
    dirs.push(dir);
    const path = join(dir, 'cases.sqlite');
    const engine = await openSqliteEngine(path);
    // Gone before the first write: SQLite writes its open log all the same, but nothing can sync it by name
    // any more, so no write may be confirmed.
    await rm(`${path}-wal`);
    const record = '{"value":{"version":0}}';
    const waiting = await Promise.allSettled([
      engine.insertIfAbsent('k:1', record, undefined, Date.now()),
      engine.replaceIfVersion('k:1', 0, record),
      engine.keyv.set('k:2', record),
    ]);
    const [first] = waiting;
    const error = first?.status === 'rejected' ? first.reason : undefined;
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({
      code: 'store_unavailable',
      message: expect.stringMatching(
        new RegExp(
          `^the SQLite store ${path} could not sync its writes to disk: .*ENOENT.*; nothing more is read or written until the bot is restarted$`,
        ),
      ),
    });
    expect(String(error?.message)).not.toContain('\n');
    expect(waiting.map((answer) => (answer.status === 'rejected' ? answer.reason : 'resolved'))).toEqual([
      error,
      error,
      error,
    ]);
    // Refused before the statement from now on, reads too: the store counts as lost, and /healthz says why.
    await expect(engine.deleteExpired('k:', Date.now())).rejects.toBe(error);
    await expect(engine.probe()).rejects.toBe(error);
    await expect(engine.keyv.get('k:2')).rejects.toBe(error);
    await engine.close();
  });
});

describe('complaints held together, in one transaction', () => {
  it('when one of the holds arriving together ends the transaction, then every one of them is refused, none is in the file, and each is held when tried again', async () => {
    const { stores, path } = await storeOnOwnFile();
    // From outside: a refusal that undoes the whole transaction (as a full disk does), for one hold only.
    const other = new DatabaseSync(path);
    other.exec(`CREATE TRIGGER refuse BEFORE INSERT ON keyv WHEN NEW.key LIKE '%:intake:VBAD'
      BEGIN SELECT RAISE(ROLLBACK, 'the disk refused'); END`);
    const ids = ['VG1', 'VG2', 'VBAD', 'VG3'];
    const answers = await Promise.allSettled(ids.map((id) => stores.intake.hold(held(id))));
    // Refused together: they were one transaction, and no caller was told a hold is kept that is not.
    for (const answer of answers) {
      expect(answer.status).toBe('rejected');
      const reason: unknown = answer.status === 'rejected' ? answer.reason : undefined;
      expect(reason).toBeInstanceOf(StoreError);
      expect(reason).toMatchObject({ code: 'store_unavailable', message: expect.stringContaining('the disk refused') });
    }
    expect(heldInFile(path)).toEqual([]);

    other.exec('DROP TRIGGER refuse');
    other.close();
    await Promise.all(ids.map((id) => stores.intake.hold(held(id))));
    expect(heldInFile(path)).toEqual(['VBAD', 'VG1', 'VG2', 'VG3']);
  });

  it('when one hold of those arriving together is refused alone, then only its caller is told, and the others are in the file when they resolve', async () => {
    const { stores, path } = await storeOnOwnFile();
    const other = new DatabaseSync(path);
    other.exec(`CREATE TRIGGER refuse BEFORE INSERT ON keyv WHEN NEW.key LIKE '%:intake:VBAD'
      BEGIN SELECT RAISE(ABORT, 'the constraint refused'); END`);
    const ids = ['VA1', 'VBAD', 'VA2'];
    const answers = await Promise.allSettled(ids.map((id) => stores.intake.hold(held(id))));
    expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(answers[1]).toMatchObject({
      reason: { code: 'store_unavailable', message: expect.stringContaining('the constraint refused') },
    });
    expect(heldInFile(path)).toEqual(['VA1', 'VA2']);
    other.exec('DROP TRIGGER refuse');
    other.close();
    await stores.intake.hold(held('VBAD'));
    expect(heldInFile(path)).toEqual(['VA1', 'VA2', 'VBAD']);
  });

  it('when the same form is held twice in one group, then it is in the file once, the first kept, and both callers are told it is held', async () => {
    const { stores, path } = await storeOnOwnFile();
    const answers = await Promise.allSettled([
      stores.intake.hold(held('VTWICE')),
      stores.intake.hold({ ...held('VTWICE'), owner: 'U_B' }),
      stores.intake.hold(held('VONCE')),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    expect(heldInFile(path)).toEqual(['VONCE', 'VTWICE']);
    const [first] = await stores.intake
      .heldBefore(new Date(8.64e15), 10)
      .then((all) => all.filter((each) => each.id === 'VTWICE'));
    expect(first?.owner).toBe('U_A');
  });

  it('when the log cannot be synced, then every hold waiting for that sync is refused with the same one line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-group-sync-'));
    dirs.push(dir);
    const path = join(dir, 'cases.sqlite');
    const engine = await openSqliteEngine(path);
    const intake = new KvIntakeStore(createAtomicKv(engine, 'group'));
    // Gone before the first write, as in the test above: nothing can sync the log by name any more.
    await rm(`${path}-wal`);
    const answers = await Promise.allSettled(['VS1', 'VS2', 'VS3'].map((id) => intake.hold(held(id))));
    const reasons = answers.map((answer) => (answer.status === 'rejected' ? answer.reason : 'resolved'));
    expect(reasons[0]).toBeInstanceOf(StoreError);
    expect(reasons[0]).toMatchObject({ message: expect.stringContaining('could not sync its writes to disk') });
    expect(reasons).toEqual([reasons[0], reasons[0], reasons[0]]);
    await engine.close();
  });
});

describe('SQLite checkpoints off the main thread', () => {
  it('when a thousand complaints are held, then the file itself takes them in while the store stays open, and every one reads back after a restart', async () => {
    const { stores, path } = await storeOnOwnFile();
    const empty = (await stat(path)).size;
    const ids = Array.from({ length: 1000 }, (_, index) => `VCK${String(index).padStart(4, '0')}`);
    for (let start = 0; start < ids.length; start += 50) {
      await Promise.all(ids.slice(start, start + 50).map((id) => stores.intake.hold(held(id))));
    }
    // The bot's own connection never checkpoints (wal_autocheckpoint = 0): only the checkpointing thread
    // copies the log into the file before the store is closed.
    await expect.poll(async () => (await stat(path)).size, { timeout: 10_000, interval: 50 }).toBeGreaterThan(empty);
    await stores.close();
    const again = await openStores(`sqlite://${path}`, { log: () => undefined });
    opened.push(again);
    expect(heldInFile(path)).toEqual(ids);
  });
});
