import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/open-stores.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { runCli } from '../helpers/run-cli.js';
import { makeCase } from '../store/case-fixtures.js';

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

const env = () => ({ STORE_URL: storeUrl, DEFAULT_LOCALE: 'en', SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '' });

describe('npm run digest', () => {
  it('when run with --dry-run, then it prints the digest without Slack tokens and claims nothing', async () => {
    const run = await runCli(DIGEST, ['--dry-run', '--at', NEXT_MORNING], undefined, env());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Morning digest 2026-11-22');
    expect(run.stdout).toContain('Period: 2026-11-21 08:30 – 2026-11-22 08:30 (Asia/Shanghai)');
    expect(run.stdout).toContain('*New complaints: 2*');
    expect(run.stdout).toContain('Wuyi Road  *2*');
    expect(run.stdout).toContain('• C-CLI1 Wuyi Road');
    expect(run.stdout).toContain('[chart] Complaints per category per store 2026-11-22');
    const stores = await openStores(storeUrl);
    try {
      expect(await stores.digests.last()).toBeUndefined();
    } finally {
      await stores.close();
    }
  });

  it('when a dry run comes long after the slot, then the preview is not marked late', async () => {
    const evening = new Date(Date.parse(NEXT_MORNING) + 10 * 3_600_000).toISOString();
    const run = await runCli(DIGEST, ['--dry-run', '--at', evening], undefined, env());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Morning digest 2026-11-22');
    expect(run.stdout).not.toContain('late');
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
    const preview = await runCli(DIGEST, ['--dry-run', '--at', '0001-01-01T00:00:00Z'], undefined, env());
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/^digest: nothing due: DIGEST_CRON "30 8 \* \* \*" has not fired before/);
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
    expect(zone.stderr).toBe('digest: TZ must be an IANA time zone such as Asia/Shanghai\n');
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
