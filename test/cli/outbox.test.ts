import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeadLetter, PostJob } from '../../src/domain/post-job.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { runCli } from '../helpers/run-cli.ts';

// Issue 12: `npm run outbox` lists the posts the bot gave up on and queues them again once the cause is
// fixed. Run as its own process, as `npm run outbox` runs it, on a real SQLite store.

const OUTBOX = 'src/cli/outbox.ts';

let dir: string;
let storeUrl: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-outbox-cli-'));
  storeUrl = `sqlite://${join(dir, 'cases.sqlite')}`;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const env = (locale = 'en') => ({ STORE_URL: storeUrl, DEFAULT_LOCALE: locale, SLACK_BOT_TOKEN: '' });

function job(id: string, caseId: string, kind: PostJob['kind']): PostJob {
  return { id, caseId, kind, dueAt: '2026-12-06T08:00:00.000Z', attempts: 0 };
}

/** A store where two posts were given up on (one refused for good, one after a day of 503s) and one is queued. */
async function storeWithDeadLetters(): Promise<void> {
  const stores = await openStores(storeUrl, { log: () => undefined });
  try {
    const letters: DeadLetter[] = [
      {
        job: {
          ...job('review-post:C-NOTIN', 'C-NOTIN', 'review-post'),
          attempts: 1,
          lastError: 'An API error occurred: not_in_channel',
        },
        error: 'not_in_channel',
        method: 'chat.postMessage',
        channel: 'C0REVIEW',
        permanent: true,
        diedAt: '2026-12-06T09:00:00.000Z',
      },
      {
        job: {
          ...job('staff-analysis:C-DOWN', 'C-DOWN', 'staff-analysis'),
          attempts: 40,
          firstFailedAt: '2026-12-05T08:00:00.000Z',
        },
        error: 'http_503',
        method: 'chat.postMessage',
        channel: 'U_STAFF',
        permanent: false,
        diedAt: '2026-12-06T08:30:00.000Z',
      },
    ];
    for (const letter of letters) {
      await stores.outbox.enqueue(letter.job);
      await stores.outbox.bury(letter);
    }
    await stores.outbox.enqueue(job('review-post:C-QUEUED', 'C-QUEUED', 'review-post'));
  } finally {
    await stores.close();
  }
}

async function deadIds(): Promise<string[]> {
  const stores = await openStores(storeUrl, { log: () => undefined });
  try {
    return (await stores.outbox.deadLetters(100)).map((letter) => letter.job.id);
  } finally {
    await stores.close();
  }
}

describe('npm run outbox', () => {
  it('when posts were given up on, then list (the default) shows each with its case, what it was, Slack’s error and what to do', async () => {
    await storeWithDeadLetters();
    const run = await runCli(OUTBOX, [], undefined, env());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      'outbox: 2 dead letters, the most recent first; 1 post queued (being tried or waiting to be retried)',
      'review-post:C-NOTIN',
      "  case C-NOTIN · the case's post in the review channel · gave up 2026-12-06T09:00:00.000Z after 1 try",
      '  chat.postMessage → C0REVIEW: not_in_channel — the bot is not in C0REVIEW → invite it there (/invite @complaint-desk in the channel)',
      'staff-analysis:C-DOWN',
      '  case C-DOWN · the private analysis for the staff member · gave up 2026-12-06T08:30:00.000Z after 40 tries',
      "  chat.postMessage → U_STAFF: http_503 — it kept failing for a day (last error: http_503) → check the network and Slack's status (and the case's other posts here), then send it again",
      'Once the cause is fixed: npm run outbox -- retry <id> (or --all) queues them again for the bot.',
      '',
    ]);
    expect((await runCli(OUTBOX, ['list'], undefined, env())).stdout).toBe(run.stdout);
  });

  it('when DEFAULT_LOCALE is zh-CN, then Slack’s errors are explained in Chinese', async () => {
    await storeWithDeadLetters();
    const run = await runCli(OUTBOX, ['list'], undefined, env('zh-CN'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'not_in_channel — 机器人不在 C0REVIEW 里 → 在该频道输入 /invite @complaint-desk 把它邀请进去',
    );
    expect(run.stdout).toContain('case C-NOTIN · 审核频道里的案例帖子');
  });

  it('when --json is given, then standard output is JSON only, each letter with its reason', async () => {
    await storeWithDeadLetters();
    const run = await runCli(OUTBOX, ['--json'], undefined, env());
    expect(run.code).toBe(0);
    const letters = JSON.parse(run.stdout) as (DeadLetter & { id: string; caseId: string; reason: string })[];
    expect(
      letters.map((letter) => [letter.id, letter.caseId, letter.job.kind, letter.error, letter.permanent]),
    ).toEqual([
      ['review-post:C-NOTIN', 'C-NOTIN', 'review-post', 'not_in_channel', true],
      ['staff-analysis:C-DOWN', 'C-DOWN', 'staff-analysis', 'http_503', false],
    ]);
    expect(letters[0]?.reason).toBe(
      'the bot is not in C0REVIEW → invite it there (/invite @complaint-desk in the channel)',
    );
  });

  it('when nothing was given up on, then list says so', async () => {
    // The bot's store, as its first start made it, with nothing queued yet.
    await (await openStores(storeUrl, { log: () => undefined })).close();
    const run = await runCli(OUTBOX, [], undefined, env());
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('outbox: no dead letters; 0 posts queued (being tried or waiting to be retried)\n');
    expect(JSON.parse((await runCli(OUTBOX, ['--json'], undefined, env())).stdout)).toEqual([]);
  });

  it('when one is retried by id, then it is queued again for the bot, its tries forgotten, and no longer dead', async () => {
    await storeWithDeadLetters();
    const run = await runCli(OUTBOX, ['retry', 'review-post:C-NOTIN'], undefined, env());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('outbox: queued again: review-post:C-NOTIN (case C-NOTIN)');
    expect(await deadIds()).toEqual(['staff-analysis:C-DOWN']);
    const stores = await openStores(storeUrl, { log: () => undefined });
    try {
      const queued = await stores.outbox.due(new Date(8.64e15), 10);
      expect(queued.map((found) => [found.id, found.attempts, found.lastError])).toEqual([
        ['review-post:C-QUEUED', 0, undefined],
        ['review-post:C-NOTIN', 0, undefined],
      ]);
    } finally {
      await stores.close();
    }
  });

  it('when all are retried with --json, then every dead letter is queued again and the jobs are printed as JSON', async () => {
    await storeWithDeadLetters();
    const run = await runCli(OUTBOX, ['retry', '--all', '--json'], undefined, env());
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as PostJob[]).map((queued) => queued.id)).toEqual([
      'review-post:C-NOTIN',
      'staff-analysis:C-DOWN',
    ]);
    expect(await deadIds()).toEqual([]);
  });

  it.each([
    [
      ['--bogus'],
      'outbox: unknown option --bogus (usage: npm run outbox [-- list] [--json] | npm run outbox -- retry <id>… | --all [--json])',
    ],
    [
      ['resend'],
      'outbox: unknown command "resend": list or retry (usage: npm run outbox [-- list] [--json] | npm run outbox -- retry <id>… | --all [--json])',
    ],
    [['retry'], 'outbox: retry needs the id of a dead letter (npm run outbox lists them) or --all'],
    [['retry', 'x', '--all'], 'outbox: retry takes ids or --all, not both'],
    [
      ['list', 'review-post:C-NOTIN'],
      'outbox: list takes no ids; to send one again: npm run outbox -- retry review-post:C-NOTIN',
    ],
    [['retry', 'review-post:C-NOTIN', 'nope'], 'outbox: no dead letter has the id "nope" (npm run outbox lists them)'],
  ])('when run with %j, then it says what is wrong in one line and exits 2, changing nothing', async (args, line) => {
    await storeWithDeadLetters();
    const run = await runCli(OUTBOX, args, undefined, env());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${line}\n`);
    expect(await deadIds()).toEqual(['review-post:C-NOTIN', 'staff-analysis:C-DOWN']);
  });

  it('when STORE_URL is not a store, then it says so in one line and exits 2', async () => {
    const run = await runCli(OUTBOX, [], undefined, { STORE_URL: 'ftp://nowhere', DEFAULT_LOCALE: 'en' });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^outbox: .*STORE_URL/);
  });
});
