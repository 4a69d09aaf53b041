import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/store/open-engine.ts';
import { DEFAULT_STORE_NAMESPACE, openStores } from '../../src/store/open-stores.ts';
import { INDEX_SCHEMA_VERSION } from '../../src/store/reindex-cases.ts';

// The records the release of 1 December 2026 (4313c2a) wrote through its own Slack app, as they are in
// test/fixtures/store/release-2026-12-01.sqlite (see that folder's README). That release stored the same
// text on Redis and PostgreSQL (checked by hand: the same records, byte for byte but Slack's timestamps), so
// the rows are put, as they are, on every engine at hand and opened there by today's store.

const FIXTURE = new URL('../fixtures/store/release-2026-12-01.sqlite', import.meta.url);
const PREFIX = `${DEFAULT_STORE_NAMESPACE}:`;

/** The fixture's rows: each key without the namespace, and its stored text. */
async function oldRows(): Promise<[string, string][]> {
  // From a copy: even a reader of a file in WAL mode leaves its -wal and -shm beside it.
  const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-fixture-'));
  const copy = join(dir, 'release.sqlite');
  await copyFile(FIXTURE, copy);
  const db = new DatabaseSync(copy, { readOnly: true });
  try {
    return db
      .prepare('SELECT key, value FROM keyv ORDER BY key')
      .all()
      .map((row) => [String(row.key).slice(PREFIX.length), String(row.value)]);
  } finally {
    db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const ids = (found: readonly { id: string }[]) => found.map((record) => record.id);
const run = `upgrade${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

/** A fresh SQLite file, and the Redis and PostgreSQL test servers the environment names. */
const engines: [string, () => Promise<{ url: string; dispose: () => Promise<void> }>][] = [
  [
    'SQLite',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-release-'));
      return {
        url: `sqlite://${join(dir, 'complaints.sqlite')}`,
        dispose: () => rm(dir, { recursive: true, force: true }),
      };
    },
  ],
  ...Object.entries({
    Redis: process.env.TEST_REDIS_URL?.trim(),
    PostgreSQL: process.env.TEST_POSTGRES_URL?.trim(),
  }).flatMap(([engine, url]): [string, () => Promise<{ url: string; dispose: () => Promise<void> }>][] =>
    url ? [[engine, async () => ({ url, dispose: async () => undefined })]] : [],
  ),
];

describe.each(engines)('the 1 December 2026 release’s records on the %s store', (engine, setup) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('when today’s store opens them, then every case is on its lists, the queued posts are due, and the digest mark is read', async () => {
    const { url, dispose } = await setup();
    cleanups.push(dispose);
    // A namespace of this run's own: the servers are shared with other tests.
    const namespace = `${run}_${engine}`;
    const raw = await openEngine(url);
    cleanups.push(async () => {
      for await (const keys of raw.keysWithPrefix(`${namespace}:`, 100))
        for (const key of keys) await raw.keyv.delete(key);
      await raw.close();
    });
    // keyv writes `{"value":…}`: the text that release stored.
    for (const [key, text] of await oldRows()) await raw.keyv.set(`${namespace}:${key}`, JSON.parse(text).value);
    const logged: string[] = [];

    const stores = await openStores(url, { namespace, log: (line) => logged.push(line) });
    cleanups.push(() => stores.close());

    expect(logged).toEqual([`store indexes brought from version 2 to ${INDEX_SCHEMA_VERSION}: 4 cases reindexed`]);
    const { cases, outbox, digests } = stores;
    const november = await cases.listCreatedBetween(new Date('2026-11-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    expect(ids(november)).toEqual(['C-5G9CGSBN', 'C-2HMZDSBC', 'C-L5RQL8CX', 'C-UDHWUTPG']);
    // Not closed: the resolved case waits for its follow-up call.
    expect(ids(await cases.listOpen())).toEqual(['C-5G9CGSBN', 'C-2HMZDSBC', 'C-L5RQL8CX', 'C-UDHWUTPG']);
    expect(ids(await cases.listAwaitingApproval(10))).toEqual(['C-L5RQL8CX']);
    expect(ids(await cases.listByOwner('U_STAFF', 10))).toEqual([
      'C-UDHWUTPG',
      'C-L5RQL8CX',
      'C-2HMZDSBC',
      'C-5G9CGSBN',
    ]);
    expect((await cases.get('C-5G9CGSBN'))?.status).toBe('resolved');
    const due = await outbox.due(new Date('2026-12-01T00:00:00Z'), 10);
    expect(due.map((job) => job.id).sort()).toEqual(['review-post:C-UDHWUTPG', 'staff-analysis:C-UDHWUTPG']);
    expect(await digests.last()).toMatchObject({ slot: '2026-11-28T00:30:00.000Z', to: '2026-11-28T00:30:00.000Z' });
  });
});
