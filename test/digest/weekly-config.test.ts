import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { latestSlot } from '../../src/digest/digest-slot.ts';
import { InputError } from '../../src/errors.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { httpBotEnv, runNpmStart } from '../helpers/run-bot.ts';

const base = {
  SLACK_BOT_TOKEN: 'xoxb-test',
  SLACK_SIGNING_SECRET: 'secret-0123456789',
  REVIEW_CHANNEL: 'C0REVIEW',
};

let slack: FakeSlackApi;
let dir: string;
beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-weekly-config-'));
});
afterAll(async () => {
  await slack.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('WEEKLY_CRON', () => {
  it('when it is not set, then the weekly report is Monday 09:00 in the policy’s time zone', () => {
    const cron = loadConfig(base).weeklyCron;
    expect(cron).toBe('0 9 * * 1');
    // Monday 7 December 2026 13:00 in Shanghai: this morning's 09:00.
    expect(latestSlot(cron, 'Asia/Shanghai', new Date('2026-12-07T05:00:00Z'))?.toISOString()).toBe(
      '2026-12-07T01:00:00.000Z',
    );
  });

  it('when it is set or off, then it is read', () => {
    expect(loadConfig({ ...base, WEEKLY_CRON: '0 18 * * 5' }).weeklyCron).toBe('0 18 * * 5');
    expect(loadConfig({ ...base, WEEKLY_CRON: 'off' }).weeklyCron).toBe('off');
  });

  it('when it is not a cron pattern, then loading stops with one line naming it', () => {
    expect(() => loadConfig({ ...base, WEEKLY_CRON: 'mondays' })).toThrow(InputError);
    expect(() => loadConfig({ ...base, WEEKLY_CRON: 'mondays' })).toThrow(
      'WEEKLY_CRON is not a cron pattern such as "0 9 * * 1"',
    );
  });

  it('when npm start gets a bad one, then one line names WEEKLY_CRON, exit 2, and Slack is not asked', async () => {
    const before = slack.calls.length;
    const run = await runNpmStart(httpBotEnv(slack.url, dir, { WEEKLY_CRON: 'every monday' }));
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toEqual([
      expect.stringMatching(/^complaint-desk: WEEKLY_CRON is not a cron pattern such as "0 9 \* \* 1": /),
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toMatch(/running/);
    expect(slack.calls.length).toBe(before);
  });
});
