import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stores } from '../../src/store/case-store.ts';
import { openEngine } from '../../src/store/open-engine.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { appending, noteEvent } from './case-fixtures.ts';

// The SQLite store moved from @keyv/sqlite 4 (on the compiled sqlite3 module) to Node's built-in
// node:sqlite (issue 12). test/fixtures/store/sqlite3-era.sqlite was written by the old engine, at
// 902eda1, through openStores like the app: three cases filed by two staff members in two shops (C-OLD-1
// changed once since), a review post waiting on a 429, a dead letter (not_in_channel), a form submission
// seen, the last digest's slot, and an LLM answer cached through keyv with keyv's own `expires`. A store
// people have today must open and read the same with the new engine, and take writes.

const FIXTURE = new URL('../fixtures/store/sqlite3-era.sqlite', import.meta.url);
/** keyv's table as @keyv/sqlite 4 created it, so that an earlier version can open a file this one made. */
const EARLIER_TABLE = 'CREATE TABLE keyv(key VARCHAR(255) PRIMARY KEY, value TEXT )';

let dir: string;
let path: string;
const opened: Stores[] = [];
const logged: string[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-earlier-'));
  path = join(dir, 'complaints.sqlite');
  // A copy: opening a file in WAL mode writes beside it, and the test writes to it.
  await copyFile(FIXTURE, path);
});

afterEach(async () => {
  for (const stores of opened.splice(0)) await stores.close();
  logged.splice(0);
  await rm(dir, { recursive: true, force: true });
});

async function open(): Promise<Stores> {
  const stores = await openStores(`sqlite://${path}`, { log: (line) => logged.push(line) });
  opened.push(stores);
  return stores;
}

const ids = (found: readonly { id: string }[]) => found.map((record) => record.id);

describe('a SQLite store written by the engine on sqlite3, opened by the one on node:sqlite', () => {
  it('when its cases are read, then each is whole, and the lists by owner, shop, recency and status find them', async () => {
    const { cases } = await open();

    const first = await cases.get('C-OLD-1');
    expect(first).toMatchObject({ id: 'C-OLD-1', owner: 'U_A', store: '黄兴店', status: 'open', version: 1 });
    expect(first?.history.map((event) => event.type)).toEqual(['created', 'temperament-corrected']);
    // The complaint's own words, colon and all (keyv's default serializer would have eaten a leading one).
    expect(first?.complaint.narrative).toBe('顾客昨天买的水钻项链掉了两颗钻,拍着柜台要求换新的 :(');
    expect(await cases.get('C-OLD-2')).toMatchObject({ owner: 'U_B', store: '五一店', version: 0 });

    expect(ids(await cases.listByOwner('U_A', 10))).toEqual(['C-OLD-3', 'C-OLD-1']);
    expect(ids(await cases.listRecent(10, '五一店'))).toEqual(['C-OLD-2']);
    expect(ids(await cases.listRecent(10))).toEqual(['C-OLD-3', 'C-OLD-2', 'C-OLD-1']);
    expect(ids(await cases.listOpen())).toEqual(['C-OLD-1', 'C-OLD-2', 'C-OLD-3']);
    const firstDay = await cases.listCreatedBetween(new Date('2026-11-21T00:00:00Z'), new Date('2026-11-22T00:00:00Z'));
    expect(ids(firstDay)).toEqual(['C-OLD-1', 'C-OLD-2']);
    expect(await cases.firstCreatedAt()).toEqual(new Date('2026-11-21T02:00:00.000Z'));
    // Its indexes were version 3's: opening it split them into shards (index version 4), once.
    expect(logged).toEqual(['store indexes brought from version 3 to 4: 3 cases reindexed']);
  });

  it('when its outbox, dead letters, seen ids, digests and cached answers are read, then they are there', async () => {
    const { outbox, idempotency, digests } = await open();

    expect(await outbox.due(new Date('2026-11-23T00:00:00Z'), 10)).toEqual([
      {
        id: 'review:C-OLD-3:v1',
        caseId: 'C-OLD-3',
        kind: 'review-post',
        dueAt: '2026-11-22T02:00:00.000Z',
        attempts: 2,
        lastError: 'ratelimited',
      },
    ]);
    expect(await outbox.deadLetters(10)).toEqual([
      expect.objectContaining({
        job: expect.objectContaining({ id: 'review:C-OLD-2:v1', caseId: 'C-OLD-2' }),
        error: 'not_in_channel',
        method: 'chat.postMessage',
        channel: 'C_REVIEW',
        permanent: true,
      }),
    ]);
    expect(await idempotency.seen('view:V-OLD')).toBe(true);
    expect(await idempotency.firstTime('view:V-OLD', 60_000)).toBe(false);
    expect(await digests.last()).toEqual({
      version: 0,
      slot: '2026-11-22T08:30:00.000+08:00',
      to: '2026-11-22T08:30:00.000+08:00',
    });

    const engine = await openEngine(`sqlite://${path}`);
    try {
      expect(await engine.keyv.get('llm-answer:old')).toEqual({ answer: 'kept', expiresAt: 4102444800000 });
    } finally {
      await engine.close();
    }
  });

  it('when it is changed and opened again, then the changes and the old records are both there', async () => {
    const before = await open();
    const changed = await before.cases.update('C-OLD-2', (current) => appending(noteEvent(current, 'U_B'))(current));
    expect(changed.version).toBe(1);
    expect(await before.outbox.revive('review:C-OLD-2:v1', new Date('2026-11-23T00:00:00Z'))).toMatchObject({
      id: 'review:C-OLD-2:v1',
    });
    await before.outbox.complete('review:C-OLD-3:v1');
    await before.close();

    const after = await open();
    expect(await after.cases.get('C-OLD-2')).toEqual(changed);
    expect(ids(await after.cases.listByOwner('U_B', 10))).toEqual(['C-OLD-2']);
    expect(ids(await after.outbox.due(new Date('2026-11-24T00:00:00Z'), 10))).toEqual(['review:C-OLD-2:v1']);
    expect(await after.outbox.deadLetters(10)).toEqual([]);
  });

  it('when the new engine makes a store, then its table is the one the earlier engine made and reads', async () => {
    const fresh = join(dir, 'fresh.sqlite');
    const engine = await openEngine(`sqlite://${fresh}`);
    await engine.close();

    expect(schemaOf(fresh)).toEqual(schemaOf(path));
    expect(schemaOf(fresh)).toContain(EARLIER_TABLE);
  });
});

/** The statements that made the file's tables and indexes, and its journal mode. */
function schemaOf(file: string): string[] {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const made = db.prepare('SELECT sql FROM sqlite_master ORDER BY name').all();
    const mode = db.prepare('PRAGMA journal_mode').get();
    return [...made.map((row) => String(row.sql)), `journal_mode=${String(mode?.journal_mode)}`];
  } finally {
    db.close();
  }
}
