import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { httpBotEnv, runStartCommand } from '../helpers/run-bot.ts';

// Issue 12, "Operating it": the log of the bot started by npm start's own command (as the container runs
// it, so SIGTERM reaches the bot), read as a log collector and a person would.

let slack: FakeSlackApi;
let dir: string;

beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-logs-'));
});
afterAll(async () => {
  await slack?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * Starts the bot in HTTP mode against the fake Slack and stops it (SIGTERM) once it says it is running. Each
 * start gets a directory of its own: a new store beside another one is logged as a warning (a likely typo).
 */
async function startAndStop(extra: Record<string, string>) {
  const store = join(await mkdtemp(join(dir, 'start-')), 'complaints.sqlite');
  return runStartCommand(httpBotEnv(slack.url, dir, { STORE_URL: `sqlite://${store}`, ...extra }), {
    stopWhen: /is running/,
    timeoutMs: 60_000,
  });
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

describe('the start command, logging', () => {
  it('when standard output is not a terminal, then every line is JSON — Bolt and the Slack clients too at LOG_LEVEL=debug', async () => {
    const run = await startAndStop({ LOG_LEVEL: 'debug' });
    const records = lines(run.stdout).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toContainEqual(
      expect.objectContaining({ level: 'info', msg: expect.stringMatching(/^complaint-desk is running \(HTTP mode/) }),
    );
    expect(records).toContainEqual(
      expect.objectContaining({ level: 'info', msg: 'complaint-desk stopping (SIGTERM)' }),
    );
    // The libraries' own debug lines (Bolt, @slack/web-api) came through the same log.
    expect(records.filter((record) => record.level === 'debug').length).toBeGreaterThan(0);
    for (const record of records) expect(typeof record.time).toBe('string');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('when LOG_FORMAT=pretty, then the lines are for a person: time, level, message', async () => {
    const run = await startAndStop({ LOG_FORMAT: 'pretty' });
    expect(lines(run.stdout)).toContainEqual(
      expect.stringMatching(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] INFO: complaint-desk is running \(HTTP mode/),
    );
    expect(run.stdout).not.toMatch(/^\{/m);
  });

  it('when a start fails with JSON logs, then standard error still has the one plain line and the log one fatal record', async () => {
    slack.refuse('auth.test', 'invalid_auth');
    try {
      const run = await startAndStop({});
      expect(lines(run.stderr)).toEqual([
        expect.stringMatching(/^complaint-desk: Slack refused SLACK_BOT_TOKEN \(invalid_auth\)/),
      ]);
      // The store is opened (here a new one, which is said) before Slack is asked.
      expect(lines(run.stdout).map((line) => JSON.parse(line) as unknown)).toEqual([
        expect.objectContaining({ level: 'info', msg: expect.stringMatching(/^created a new store at \//) }),
        expect.objectContaining({
          level: 'fatal',
          error: 'slack_refused',
          msg: expect.stringMatching(/^Slack refused SLACK_BOT_TOKEN/),
        }),
      ]);
      expect(run.code).toBe(2);
    } finally {
      slack.refuse('auth.test', 'invalid_auth', () => false);
    }
  });
});
