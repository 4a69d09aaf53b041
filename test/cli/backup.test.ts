import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/store/open-engine.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import { REPO_ROOT, runCli, runProcess } from '../helpers/run-cli.ts';
import { startTestApp } from '../helpers/test-app.ts';

// Issue 14, "Backups": `npm run backup -- --to FILE` copies the SQLite store while the bot runs, one
// consistent moment checked before it is named FILE; restoring is stop, copy back, start. Bad options and
// paths are one line and exit 2, and nothing is created where it was not asked for.

const BACKUP = 'src/cli/backup.ts';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-backup-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

describe('npm run backup, while the bot runs', () => {
  it('when complaints are filed during the backup, then the copy is whole and holds every case filed before it, the bot goes on, and a restore brings them back', async () => {
    const path = join(dir, 'live.sqlite');
    const storeUrl = `sqlite://${path}`;
    const app = await startTestApp({ storeUrl });
    let restored: Awaited<ReturnType<typeof startTestApp>> | undefined;
    try {
      for (const n of [1, 2, 3])
        await app.interact(complaintForm(`Before backup ${n}`, 'Refund!', { viewId: `VB${n}` }));
      for (const n of [1, 2, 3]) await app.waitForCase((item) => item.complaint.narrative === `Before backup ${n}`);

      // Complaints keep coming while the copy is taken.
      const target = join(dir, 'copy.sqlite');
      const during = Promise.all(
        [4, 5, 6].map((n) => app.interact(complaintForm(`During backup ${n}`, 'Now!', { viewId: `VD${n}` }))),
      );
      const run = await runCli(BACKUP, ['--to', target], undefined, { STORE_URL: storeUrl });
      await during;
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(lines(run.stdout)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^backup: copied ${path} to ${target} \\(\\d+ records, \\d+ KB\\); to restore it: stop the bot, delete ${path}-wal and -shm if there, copy it to ${path}, start the bot$`,
          ),
        ),
      ]);
      // A single file, no half-written leftovers beside it.
      expect(existsSync(`${target}-wal`)).toBe(false);
      expect(existsSync(`${target}.partial-${process.pid}`)).toBe(false);

      // The bot went on: what was filed during the backup is stored.
      for (const n of [4, 5, 6]) await app.waitForCase((item) => item.complaint.narrative === `During backup ${n}`);

      // The copy opens as a store, and every case it lists can be read whole.
      const copy = await openStores(`sqlite://${target}`, { log: () => undefined });
      const copied = await copy.cases.listByOwner('U_STAFF', 50);
      await copy.close();
      const narratives = copied.map((item) => item.complaint.narrative);
      for (const n of [1, 2, 3]) expect(narratives).toContain(`Before backup ${n}`);

      // Restore: stop, copy back (the store's -wal and -shm belong to the old file), start.
      await app.stop();
      await rm(`${path}-wal`, { force: true });
      await rm(`${path}-shm`, { force: true });
      await copyFile(target, path);
      restored = await startTestApp({ storeUrl });
      const back = await restored.stores.cases.listByOwner('U_STAFF', 50);
      expect(back.map((item) => item.complaint.narrative).sort()).toEqual([...narratives].sort());
    } finally {
      await restored?.stop();
      await app.stop().catch(() => undefined);
    }
  });
});

describe('npm run backup, when it cannot', () => {
  const store = () => join(dir, 'small.sqlite');
  beforeAll(async () => {
    // One row, written below the stores (which keep their identity and index version on opening).
    const engine = await openEngine(`sqlite://${store()}`);
    await engine.keyv.set('only', { version: 0 });
    await engine.close();
  });
  const backup = (args: string[], storeUrl = `sqlite://${store()}`) =>
    runCli(BACKUP, args, undefined, { STORE_URL: storeUrl });

  it('when the store holds one record, then the line says "1 record", exit 0', async () => {
    const target = join(dir, 'one.sqlite');
    const run = await backup(['--to', target]);
    expect(lines(run.stdout)).toEqual([
      expect.stringMatching(/^backup: copied .* \(1 record, \d+ KB\); to restore it: /),
    ]);
    expect(run.code).toBe(0);
  });

  it('when --to is missing, then one line says it is required, exit 2', async () => {
    const run = await backup([]);
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/^backup: --to FILE is required: /)]);
    expect(run.code).toBe(2);
  });

  it('when an option is unknown, then one line names it, exit 2', async () => {
    const run = await backup(['--to', join(dir, 'a.sqlite'), '--force']);
    expect(lines(run.stderr)).toEqual(['backup: unknown option --force (usage: npm run backup -- --to FILE)']);
    expect(run.code).toBe(2);
  });

  it('when the file is there already, then it is not overwritten: one line, exit 2', async () => {
    const taken = join(dir, 'taken.sqlite');
    await writeFile(taken, 'keep me');
    const run = await backup(['--to', taken]);
    expect(lines(run.stderr)).toEqual([
      `backup: ${taken} already exists: give the backup a new file name, or remove the old one first`,
    ]);
    expect(run.code).toBe(2);
  });

  it('when the directory for the copy does not exist, then one line says how to make it, exit 2, and it is not created', async () => {
    const missing = join(dir, 'no-such-dir');
    const run = await backup(['--to', join(missing, 'copy.sqlite')]);
    expect(lines(run.stderr)).toEqual([
      `backup: the directory ${missing} for the backup does not exist: make it first (mkdir -p ${missing}) and run the backup again`,
    ]);
    expect(run.code).toBe(2);
    expect(existsSync(missing)).toBe(false);
  });

  it("when README's example runs in a fresh clone with no backups/, then the line says mkdir -p backups, exit 2, and nothing is created", async () => {
    const clone = await mkdtemp(join(dir, 'clone-'));
    const run = await runProcess(
      process.execPath,
      [join(REPO_ROOT, BACKUP), '--to', 'backups/complaints-2027-01-01.sqlite'],
      { env: { ...process.env, NO_COLOR: '1', STORE_URL: `sqlite://${store()}` }, cwd: clone },
    );
    expect(lines(run.stderr)).toEqual([
      `backup: the directory ${join(clone, 'backups')} for the backup does not exist: make it first (mkdir -p backups) and run the backup again`,
    ]);
    expect(run.code).toBe(2);
    expect(existsSync(join(clone, 'backups'))).toBe(false);
  });

  it('when --to names a directory that exists, then one line says it is a directory and how to name a file in it, exit 2', async () => {
    const run = await backup(['--to', dir]);
    expect(lines(run.stderr)).toEqual([
      `backup: ${dir} is a directory: give the copy a file name in it, e.g. --to ${dir}/complaints-$(date +%F).sqlite`,
    ]);
    expect(run.code).toBe(2);
  });

  it('when --to is given twice, then one line refuses it rather than pick one, exit 2, and neither is written', async () => {
    const [first, second] = [join(dir, 'first.sqlite'), join(dir, 'second.sqlite')];
    const run = await backup(['--to', first, '--to', second]);
    expect(lines(run.stderr)).toEqual([
      `backup: --to was given 2 times (${first}, ${second}): give one file for the copy (usage: npm run backup -- --to FILE)`,
    ]);
    expect(run.code).toBe(2);
    expect([existsSync(first), existsSync(second)]).toEqual([false, false]);
  });

  it('when --help is asked for, then the usage and the mkdir step are printed, exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await backup([flag]);
      expect(run.stdout).toMatch(/^usage: npm run backup -- --to FILE\n/);
      expect(run.stdout).toContain('mkdir -p backups && npm run backup -- --to backups/complaints-$(date +%F).sqlite');
      expect(run.stdout).toContain("README, 'Backups and restore'");
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
  });

  it('when a copy is made in backups/, then git does not list it: customer data never shows in git status', async () => {
    const run = await runProcess('git', ['check-ignore', '--no-index', 'backups/complaints-2027-01-01.sqlite'], {
      env: process.env,
    });
    expect(run.stdout.trim()).toBe('backups/complaints-2027-01-01.sqlite');
    expect(run.code).toBe(0);
  });

  it('when STORE_URL names no store, then one line, exit 2, and no store is created', async () => {
    const none = join(dir, 'none.sqlite');
    const run = await backup(['--to', join(dir, 'b.sqlite')], `sqlite://${none}`);
    expect(lines(run.stderr)).toEqual([
      `backup: there is no SQLite store at ${none}: nothing to back up (check STORE_URL)`,
    ]);
    expect(run.code).toBe(2);
    expect(existsSync(none)).toBe(false);
  });

  it('when the store is Redis or PostgreSQL, then one line names the server’s own tools, password masked, exit 2', async () => {
    const redis = await backup(['--to', join(dir, 'r.rdb')], 'redis://:hunter2@127.0.0.1:6379');
    expect(lines(redis.stderr)).toEqual([
      expect.stringMatching(
        /^backup: STORE_URL redis:\/\/:\*\*\*@127\.0\.0\.1:6379 is not a SQLite store, .*RDB.*AOF.*\(see README, 'Backups and restore'\)$/,
      ),
    ]);
    expect(redis.code).toBe(2);
    const postgres = await backup(['--to', join(dir, 'p.sql')], 'postgres://desk:hunter2@db/desk');
    expect(lines(postgres.stderr)).toEqual([
      expect.stringMatching(
        /^backup: .*desk:\*\*\*@db.* pg_dump --table=public\.keyv \(see README, 'Backups and restore'\)$/,
      ),
    ]);
    expect(postgres.code).toBe(2);
  });
});
