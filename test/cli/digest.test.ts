import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/open-stores.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeCase } from '../store/case-fixtures.ts';

const DIGEST = 'src/cli/digest.ts';
// The fixtures file cases on 2026-11-21 from 10:00 Beijing time; this is the next morning after 08:30.
const NEXT_MORNING = '2026-11-22T09:00:00+08:00';

let dir: string;
let storeUrl: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-digest-cli-'));
  storeUrl = `sqlite://${join(dir, 'cases.sqlite')}`;
  const stores = await openStores(storeUrl);
  await stores.cases.create(makeCase({ id: 'C-CLI1', store: 'Wuyi Road' }));
  await stores.cases.create(makeCase({ id: 'C-CLI2', store: 'Wuyi Road', minute: 30 }));
  await stores.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every one of `lines` is in `text`. */
function expectLines(text: string, lines: readonly string[]): void {
  for (const line of lines) expect(text).toContain(line);
}

const env = () => ({ STORE_URL: storeUrl, DEFAULT_LOCALE: 'en', SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '' });

describe('npm run digest', () => {
  it('when no digest went out yet and the cases were filed after the day’s slot, then the dry run shows the next slot, its period and those cases, without Slack tokens, claiming nothing', async () => {
    // 15:00 on the day the cases were filed: today's 08:30 slot is past, and the bot's next digest is tomorrow's.
    const run = await runCli(DIGEST, ['--dry-run', '--at', '2026-11-21T15:00:00+08:00'], undefined, env());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Next digest: 2026-11-22 08:30 (Asia/Shanghai), posted by the bot at that time (DIGEST_CRON "30 8 * * *").',
      'Covers: 2026-11-21 08:30 – 2026-11-22 08:30: the first digest, so every complaint filed before it (since the first case).',
      'What it would post if it ran now (2026-11-21 15:00), with the period so far:',
      '',
    ]);
    expect(run.stdout).toContain(
      'Morning digest 2026-11-22\nPeriod: 2026-11-21 08:30 – 2026-11-21 15:00 (Asia/Shanghai)',
    );
    expect(run.stdout).toContain('New complaints: 2');
    expect(run.stdout).toContain('Wuyi Road  2');
    expect(run.stdout).toContain('• C-CLI1 Wuyi Road');
    expect(run.stdout).toContain('• C-CLI2 Wuyi Road');
    expect(run.stdout).toContain('[chart] Complaints per category per store 2026-11-22');
    expect(run.stdout).not.toContain('late');
    const stores = await openStores(storeUrl);
    try {
      expect(await stores.digests.last()).toBeUndefined();
    } finally {
      await stores.close();
    }
  });

  it('when the first digest comes days after the first case, then it covers every case since the first one, not just the day before', async () => {
    const run = await runCli(DIGEST, ['--dry-run', '--at', '2026-11-24T15:00:00+08:00'], undefined, env());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Next digest: 2026-11-25 08:30 (Asia/Shanghai)');
    expect(run.stdout).toContain('Covers: 2026-11-21 10:00 – 2026-11-25 08:30: the first digest');
    expect(run.stdout).toContain('New complaints: 2');
    expect(run.stdout).toContain('• C-CLI1 Wuyi Road');
  });

  it('when the store holds no case yet, then the dry run says so plainly, not "since the first case"', async () => {
    const own = await mkdtemp(join(tmpdir(), 'complaint-desk-digest-empty-'));
    try {
      const emptyEnv = { ...env(), STORE_URL: `sqlite://${join(own, 'cases.sqlite')}` };
      // The bot made the store at its first start; nobody has filed a complaint yet.
      await (await openStores(emptyEnv.STORE_URL, { log: () => undefined })).close();
      const run = await runCli(DIGEST, ['--dry-run', '--at', '2026-11-21T15:00:00+08:00'], undefined, emptyEnv);
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n')[1]).toBe(
        'Covers: 2026-11-21 08:30 – 2026-11-22 08:30: the first digest; there are no cases in the store yet.',
      );
      expect(run.stdout).not.toContain('first case');
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });

  it('when a digest went out at today’s slot and cases came after it, then the dry run previews tomorrow’s with them; once that slot is missed, it is due now, and posting it posts what was shown', async () => {
    const own = await mkdtemp(join(tmpdir(), 'complaint-desk-digest-next-'));
    const slack = await new FakeSlackApi().start();
    try {
      const ownEnv = { ...env(), STORE_URL: `sqlite://${join(own, 'cases.sqlite')}` };
      const postEnv = {
        ...ownEnv,
        SLACK_BOT_TOKEN: 'xoxb-cli-test',
        SLACK_SIGNING_SECRET: 'cli-signing-secret-0123',
        SLACK_API_URL: slack.url,
        REVIEW_CHANNEL: 'C0REVIEW',
        DIGEST_CHANNEL: 'C0DIGEST',
      };
      // 08:30 on the 21st: the first digest goes out on an empty store (the bot made it at its first start);
      // the two cases come at 10:00 and 10:30.
      await (await openStores(ownEnv.STORE_URL, { log: () => undefined })).close();
      const morning = await runCli(DIGEST, ['--at', '2026-11-21T08:30:05+08:00'], undefined, postEnv);
      expect(morning.stdout).toMatch(/^digest: 2026-11-21T00:30:00.000Z: posted/);
      const stores = await openStores(ownEnv.STORE_URL);
      await stores.cases.create(makeCase({ id: 'C-NEXT1', store: 'Wuyi Road' }));
      await stores.cases.create(makeCase({ id: 'C-NEXT2', store: 'Wuyi Road', minute: 30 }));
      await stores.close();

      const afternoon = await runCli(DIGEST, ['--dry-run', '--at', '2026-11-21T15:00:00+08:00'], undefined, ownEnv);
      expect(afternoon.code).toBe(0);
      expectLines(afternoon.stdout, [
        'Next digest: 2026-11-22 08:30 (Asia/Shanghai), posted by the bot at that time',
        'Covers: 2026-11-21 08:30 – 2026-11-22 08:30: everything since the previous digest.',
        'Period: 2026-11-21 08:30 – 2026-11-21 15:00 (Asia/Shanghai)',
        'New complaints: 2',
        '• C-NEXT1 Wuyi Road',
      ]);

      // Noon on the 22nd, and the 08:30 digest never went out (the bot was down): it is due now, late.
      const noon = '2026-11-22T12:00:00+08:00';
      const missed = await runCli(DIGEST, ['--dry-run', '--at', noon], undefined, ownEnv);
      expectLines(missed.stdout, [
        'Next digest: 2026-11-22 08:30 (Asia/Shanghai), due now: its slot passed without a digest',
        'Covers: 2026-11-21 08:30 – 2026-11-22 08:30: everything since the previous digest.',
        'What it would post now:',
        'Morning digest 2026-11-22 (late: due 08:30)',
        'Period: 2026-11-21 08:30 – 2026-11-22 08:30 (Asia/Shanghai)',
        'New complaints: 2',
      ]);

      const posted = await runCli(DIGEST, ['--at', noon], undefined, postEnv);
      expect(posted.stdout).toMatch(/^digest: 2026-11-22T00:30:00.000Z: posted/);
      const body = slack
        .callsOf('chat.postMessage')
        .filter((call) => call.args.channel === 'C0DIGEST')
        .map((call) => JSON.stringify(call.args.blocks))
        .join('\n');
      expectLines(body, [
        'Morning digest 2026-11-22 (late: due 08:30)',
        'Period: 2026-11-21 08:30 – 2026-11-22 08:30 (Asia/Shanghai)',
        'New complaints: 2',
        'C-NEXT1',
        'C-NEXT2',
      ]);
    } finally {
      await slack.stop();
      await rm(own, { recursive: true, force: true });
    }
  });

  it('when nothing is due (the schedule has not fired yet), then it says so in one line and exits 0', async () => {
    const postEnv = {
      ...env(),
      SLACK_BOT_TOKEN: 'xoxb-cli-test',
      SLACK_SIGNING_SECRET: 'cli-signing-secret-0123',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      REVIEW_CHANNEL: 'C0REVIEW',
    };
    const posting = await runCli(DIGEST, ['--at', '0001-01-01T00:00:00Z'], undefined, postEnv);
    expect(posting.stderr).toBe('');
    expect(posting.code).toBe(0);
    expect(posting.stdout).toMatch(/^digest: nothing due: the schedule has not fired yet\n?$/);
    // A pattern croner accepts but that names no day (30 February) never fires: the dry run has nothing to show.
    const never = { ...env(), DIGEST_CRON: '30 8 30 2 *' };
    const preview = await runCli(DIGEST, ['--dry-run', '--at', '2026-11-22T09:00:00+08:00'], undefined, never);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toBe(
      'digest: nothing due: DIGEST_CRON "30 8 30 2 *" never fires after 2026-11-22T01:00:00.000Z\n',
    );
  });

  it('when given an unknown option or a bad --at, then it prints one line and exits 2', async () => {
    for (const args of [['--bogus'], ['--dry-run', '--at', 'yesterday'], ['stray']]) {
      const run = await runCli(DIGEST, args, undefined, env());
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^digest: /);
    }
  });

  it('when DIGEST_CRON or TZ is malformed, then it names the variable in one line and exits 2', async () => {
    const cron = await runCli(DIGEST, ['--dry-run'], undefined, { ...env(), DIGEST_CRON: '61 8 * * *' });
    expect(cron.code).toBe(2);
    expect(cron.stderr).toMatch(/^digest: DIGEST_CRON is not a cron pattern such as "30 8 \* \* \*"/);
    const zone = await runCli(DIGEST, ['--dry-run'], undefined, { ...env(), TZ: 'Mars/Olympus' });
    expect(zone.code).toBe(2);
    expect(zone.stderr).toBe('digest: TZ must be an IANA time zone such as Asia/Shanghai (got "Mars/Olympus")\n');
  });

  it('when run to post, then the slot’s digest goes to Slack once; a second run finds it claimed and posts nothing', async () => {
    const slack = await new FakeSlackApi().start();
    try {
      const postEnv = {
        ...env(),
        SLACK_BOT_TOKEN: 'xoxb-cli-test',
        SLACK_SIGNING_SECRET: 'cli-signing-secret-0123',
        SLACK_API_URL: slack.url,
        REVIEW_CHANNEL: 'C0REVIEW',
        DIGEST_CHANNEL: 'C0DIGEST',
      };
      const first = await runCli(DIGEST, ['--at', NEXT_MORNING], undefined, postEnv);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/^digest: 2026-11-22T00:30:00.000Z: posted; 3 parts in Slack/);
      const posts = slack.callsOf('chat.postMessage').filter((call) => call.args.channel === 'C0DIGEST');
      expect(posts).toHaveLength(2);
      expect(String(posts[0]?.args.text)).toBe('Morning digest 2026-11-22 (late: due 08:30)');
      expect(slack.callsOf('files.completeUploadExternal')).toHaveLength(1);

      const second = await runCli(DIGEST, ['--at', NEXT_MORNING], undefined, postEnv);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/already claimed; resumed; 3 parts in Slack/);
      expect(slack.callsOf('chat.postMessage').filter((call) => call.args.channel === 'C0DIGEST')).toHaveLength(2);
    } finally {
      await slack.stop();
    }
  });
});

describe('npm run digest, when Slack refuses the digest for good', () => {
  it('when the bot is not in the digest channel, then it says so in one line, points to npm run outbox and exits 1', async () => {
    const refusedDir = await mkdtemp(join(tmpdir(), 'complaint-desk-digest-refused-'));
    const refusedStore = `sqlite://${join(refusedDir, 'cases.sqlite')}`;
    const stores = await openStores(refusedStore);
    await stores.cases.create(makeCase({ id: 'C-REFUSED1', store: 'Wuyi Road' }));
    await stores.close();
    const slack = await new FakeSlackApi().start();
    slack.refuse('chat.postMessage', 'not_in_channel', (args) => args.channel === 'C0DIGEST');
    try {
      const run = await runCli(DIGEST, ['--at', NEXT_MORNING], undefined, {
        STORE_URL: refusedStore,
        DEFAULT_LOCALE: 'en',
        SLACK_BOT_TOKEN: 'xoxb-cli-test',
        SLACK_SIGNING_SECRET: 'cli-signing-secret-0123',
        SLACK_API_URL: slack.url,
        REVIEW_CHANNEL: 'C0REVIEW',
        DIGEST_CHANNEL: 'C0DIGEST',
      });
      expect(run.code).toBe(1);
      // The outbox's own log line (JSON, as the bot logs it), then the command's answer, one line each.
      const [logLine, answer, ...rest] = run.stderr.trim().split('\n');
      expect(rest).toEqual([]);
      expect(JSON.parse(logLine ?? '')).toMatchObject({ level: 'error', error: 'not_in_channel' });
      expect(answer).toContain('1 refused by Slack (not_in_channel)');
      expect(answer).toContain('npm run outbox -- retry');
    } finally {
      await slack.stop();
      await rm(refusedDir, { recursive: true, force: true });
    }
  });
});
