import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi } from './helpers/fake-slack-api.ts';
import { httpBotEnv, runNpmStart, startCommand } from './helpers/run-bot.ts';
import { REPO_ROOT, runProcess } from './helpers/run-cli.ts';

// Issue 14, "A store that fails loudly", at start: a SQLite STORE_URL whose directory does not exist is a
// typo until proven otherwise, so the bot and the commands refuse it in one line (exit 2) instead of
// starting on an empty store; only the documented default is created on a first run, and the log says so.

let slack: FakeSlackApi;
let dir: string;

beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-store-start-'));
});
afterAll(async () => {
  await slack?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

describe('npm start with a SQLite STORE_URL whose directory is missing', () => {
  it('when the directory does not exist (a typo), then one line names it, exit 2, nothing is created and Slack is not asked', async () => {
    const before = slack.calls.length;
    const missing = join(dir, 'dta');
    const path = join(missing, 'complaints.sqlite');
    const run = await runNpmStart(httpBotEnv(slack.url, dir, { STORE_URL: `sqlite://${path}` }));
    expect(lines(run.stderr)).toEqual([
      `complaint-desk: the directory ${missing} of the SQLite store ${path} does not exist: check STORE_URL for a typo, or create the directory if a new store is meant`,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).not.toMatch(/running/);
    expect(existsSync(missing)).toBe(false);
    expect(slack.calls.length).toBe(before);
  });

  it('when the directory cannot be created (under /proc), then it fails with one line rather than hanging', async () => {
    const run = await runNpmStart(httpBotEnv(slack.url, dir, { STORE_URL: 'sqlite:///proc/x/y.sqlite' }));
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(
        /^complaint-desk: the directory \/proc\/x of the SQLite store \/proc\/x\/y\.sqlite does not exist: /,
      ),
    ]);
    expect(run.code).toBe(2);
  });
});

describe('npm start on the default store, first run', () => {
  it('when STORE_URL is unset and ./data is not there yet, then the store is created and the log says where', async () => {
    const project = await mkdtemp(join(dir, 'project-'));
    const env = httpBotEnv(slack.url, dir, { STORE_URL: '', LOG_FORMAT: 'pretty' });
    const [, ...args] = startCommand();
    // The start command's own paths are relative to the repository; here it runs from the new project.
    const absolute = args.map((arg) => (arg.startsWith('./') || arg.startsWith('src/') ? join(REPO_ROOT, arg) : arg));
    const run = await runProcess(process.execPath, absolute, {
      env,
      cwd: project,
      stopWhen: /is running/,
      timeoutMs: 20_000,
    });
    const path = join(project, 'data', 'complaints.sqlite');
    expect(run.stdout).toContain(`created a new store at ${path}`);
    expect(run.stdout).toMatch(/complaint-desk is running/);
    expect(existsSync(path)).toBe(true);
  });
});

describe('the commands that open the store', () => {
  const missing = () => join(dir, 'no-such-dir', 'complaints.sqlite');

  it('when npm run outbox is given a STORE_URL whose directory does not exist, then one line, exit 2', async () => {
    const run = await runProcess('npm', ['run', '-s', 'outbox'], {
      env: httpBotEnv(slack.url, dir, { STORE_URL: `sqlite://${missing()}` }),
    });
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(
        /^outbox: there is no store at .*no-such-dir\/complaints\.sqlite: check STORE_URL for a typo/,
      ),
    ]);
    expect(run.code).toBe(2);
  });

  it('when npm run digest is given a STORE_URL whose directory does not exist, then one line, exit 2', async () => {
    const run = await runProcess('npm', ['run', '-s', 'digest', '--', '--dry-run'], {
      env: httpBotEnv(slack.url, dir, { STORE_URL: `sqlite://${missing()}` }),
    });
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(
        /^digest: there is no store at .*no-such-dir\/complaints\.sqlite: check STORE_URL for a typo/,
      ),
    ]);
    expect(run.code).toBe(2);
    expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
  });
});

describe('npm start when its SQLite store is removed while it runs', () => {
  it('when the store’s directory is deleted, then /healthz answers 503 with the reason and the log has one error line saying so', async () => {
    const own = join(dir, 'running-store');
    await mkdir(own);
    const path = join(own, 'cases.sqlite');
    const [, ...args] = startCommand();
    const bot = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env: httpBotEnv(slack.url, dir, { STORE_URL: `sqlite://${path}`, LOG_FORMAT: 'json' }),
    });
    let stdout = '';
    const exited = new Promise<number | null>((resolve) => bot.on('close', resolve));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        bot.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          const found = /HTTP mode on port (\d+)/.exec(stdout);
          if (found) resolve(Number(found[1]));
        });
        bot.on('close', () => reject(new Error(`the bot exited: ${stdout}`)));
      });
      const healthz = `http://127.0.0.1:${port}/healthz`;
      expect((await fetch(healthz)).status).toBe(200);

      await rm(own, { recursive: true, force: true });
      const answers = [await fetch(healthz), await fetch(healthz)];
      expect(answers.map((answer) => answer.status)).toEqual([503, 503]);
      expect(await answers[0]?.json()).toEqual({
        ok: false,
        reason: expect.stringMatching(new RegExp(`^the SQLite store ${path} was removed while the bot was running`)),
      });
      bot.kill('SIGTERM');
      expect(await exited).toBe(0);
      const errors = stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { level: string; msg: string })
        .filter((record) => record.level === 'error');
      expect(errors.map((record) => record.msg)).toEqual([
        expect.stringMatching(new RegExp(`^store: the SQLite store ${path} was removed while the bot was running`)),
      ]);
      expect(existsSync(own)).toBe(false);
    } finally {
      bot.kill('SIGKILL');
    }
  });
});

describe('npm start on a new SQLite file beside another store', () => {
  it('when STORE_URL names a new file where another store file already sits (a typo), then the start warns and names that file, which stays untouched', async () => {
    const folder = await mkdtemp(join(dir, 'typo-'));
    const real = join(folder, 'complaints.sqlite');
    await writeFile(real, 'the cases of last year');
    const typo = join(folder, 'complaint.sqlite');
    const [, ...args] = startCommand();
    const run = await runProcess(process.execPath, args, {
      env: httpBotEnv(slack.url, dir, { STORE_URL: `sqlite://${typo}` }),
      stopWhen: /is running/,
      timeoutMs: 15_000,
    });
    const line = lines(run.stdout).find((entry) => entry.includes('created a new store'));
    expect(line).toBeDefined();
    const logged = JSON.parse(line ?? '{}') as { level: string; msg: string };
    expect(logged.level).toBe('warn');
    expect(logged.msg).toBe(
      `created a new store at ${typo}, beside ${real} in the same directory: if your cases are there, STORE_URL has a typo — stop the bot and correct it (nothing was written to that file)`,
    );
    expect(await readFile(real, 'utf8')).toBe('the cases of last year');
  });

  it('when no other store file is in its directory (a text file is none), then the new store is told as information only', async () => {
    const folder = await mkdtemp(join(dir, 'alone-'));
    await writeFile(join(folder, 'notes.txt'), 'not a store');
    const path = join(folder, 'complaints.sqlite');
    const [, ...args] = startCommand();
    const run = await runProcess(process.execPath, args, {
      env: httpBotEnv(slack.url, dir, { STORE_URL: `sqlite://${path}` }),
      stopWhen: /is running/,
      timeoutMs: 15_000,
    });
    const line = lines(run.stdout).find((entry) => entry.includes('created a new store'));
    const logged = JSON.parse(line ?? '{}') as { level: string; msg: string };
    expect(logged).toMatchObject({ level: 'info', msg: `created a new store at ${path}` });
  });
});
