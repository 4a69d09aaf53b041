import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/case.ts';
import { DEFAULT_POLICY_PATH } from '../../src/policy/load-policy.ts';
import { complaintForm, outcomeForm } from '../helpers/complaint-payloads.ts';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

// The example policy: Asia/Shanghai (UTC+8), open 09:00–21:00 every day; jewellery (what the test form
// files) must be first answered within 2 h and resolved within 2 opening days (24 h), at risk under 25% left.
let now = new Date('2026-12-01T02:00:00Z'); // Tue 1 Dec, 10:00 in the store
const clock = () => now;
const local = (time: string) => new Date(`${time}+08:00`);

let dir: string;
let noSlaPolicy: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sla-clocks-'));
  noSlaPolicy = join(dir, 'no-sla.policy.yml');
  const example = await readFile(DEFAULT_POLICY_PATH, 'utf8');
  const withoutSla = example.replace(/^sla:\n(?: {2}.*\n|\s*#.*\n)*/m, '');
  expect(withoutSla).not.toMatch(/^sla:/m);
  await writeFile(noSlaPolicy, withoutSla);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileCase(app: TestApp, viewId: string, narrative: string): Promise<Case> {
  await app.interact(complaintForm(narrative, 'Please sort this out.', { viewId }));
  return app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
}

/** The review post as first posted, as text. */
async function reviewPostOf(app: TestApp, record: Case): Promise<string> {
  const post = await app.slack.waitFor(
    'chat.postMessage',
    (call) => call.args.channel === record.reviewPost?.channel && JSON.stringify(call.args.blocks).includes(record.id),
  );
  return JSON.stringify(post.args.blocks);
}

/** The lines in a review post's thread that match. */
function threadLines(slack: FakeSlackApi, record: Case, pattern: RegExp): RecordedCall[] {
  return slack
    .callsOf('chat.postMessage')
    .filter((call) => call.args.thread_ts === record.reviewPost?.ts && pattern.test(String(call.args.text)));
}

function lastUpdateOf(slack: FakeSlackApi, record: Case): string {
  const updates = slack.callsOf('chat.update').filter((call) => call.args.ts === record.reviewPost?.ts);
  return JSON.stringify(updates.at(-1)?.args.blocks ?? []);
}

describe('SLA clocks in the review channel (English)', () => {
  const slack = new FakeSlackApi();
  let app: TestApp;
  let second: TestApp;
  let late: Case;
  let prompt: Case;

  beforeAll(async () => {
    await slack.start();
    app = await startTestApp({ slack, clock });
  });
  afterAll(async () => {
    await second?.stop();
    await app?.stop({ keepStore: false });
    await slack.stop();
  });

  it('when a case is filed, then the review post shows the time left on each clock, in business hours', async () => {
    now = local('2026-12-01T10:00:00');
    late = await fileCase(app, 'VSLA1', 'The pendant clasp broke on the second day');
    const post = await reviewPostOf(app, late);
    expect(post).toContain('Time targets (business hours)');
    expect(post).toContain('⏳ First response: 2 h left · due 2026-12-01 12:00');
    // 24 opening hours: 11 h on Tuesday, 12 h on Wednesday, 1 h on Thursday.
    expect(post).toContain('⏳ Resolution: 24 h left · due 2026-12-03 10:00');
  });

  it('when less than a quarter of the time is left, then one "at risk" update is posted, however often the sweep runs', async () => {
    now = local('2026-12-01T11:20:00');
    expect(await app.running.sweepSla()).toBe(0);
    now = local('2026-12-01T11:35:00');
    expect(await app.running.sweepSla()).toBe(1);
    expect(await app.running.sweepSla()).toBe(0);
    const [line, ...more] = threadLines(slack, late, /First response \*is at risk\*/);
    expect(more).toEqual([]);
    expect(String(line?.args.text)).toBe(
      '⚠️ First response *is at risk* · 25 min left · due 2026-12-01 12:00 · owner <@U_STAFF>',
    );
    expect(lastUpdateOf(slack, late)).toContain('⚠️ First response *at risk*: 25 min left · due 2026-12-01 12:00');
  });

  it('when App Home is opened, then the owner sees the clock most at risk', async () => {
    await app.event({ type: 'app_home_opened', user: 'U_STAFF', channel: 'D_S1', tab: 'home', event_ts: '5.1' });
    const home = await slack.waitFor('views.publish', (call) => call.args.user_id === 'U_STAFF');
    expect(JSON.stringify(home.args.view)).toContain('⚠️ 25 min to respond (*at risk*)');
  });

  it('when the target passes, then one "breached" update is posted, even with two instances sweeping at once', async () => {
    second = await startTestApp({ slack, clock, storeUrl: app.storeUrl });
    now = local('2026-12-01T12:30:00');
    const swept = await Promise.all([app.running.sweepSla(), second.running.sweepSla(), app.running.sweepSla()]);
    expect(swept.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await second.running.sweepSla()).toBe(0);
    await slack.waitFor('chat.postMessage', (call) => /First response \*is breached\*/.test(String(call.args.text)));
    await app.running.delivery.deliverDue();
    await second.running.delivery.deliverDue();
    const lines = threadLines(slack, late, /First response \*is breached\*/);
    expect(lines.map((call) => call.args.text)).toEqual([
      '🔴 First response *is breached* · 30 min overdue · due 2026-12-01 12:00 · owner <@U_STAFF>',
    ]);
    expect(threadLines(slack, late, /at risk/)).toHaveLength(1);
    expect(lastUpdateOf(slack, late)).toContain('🔴 First response *breached*: 30 min overdue');
  });

  it('when the owner answers late, then the post says the first response was breached and by how much', async () => {
    now = local('2026-12-01T13:00:00');
    await app.interact(outcomeForm(late.id, 'Replaced the clasp free of charge', '4', 'Check clasps on delivery'));
    await slack.waitFor(
      'chat.update',
      (call) => call.args.ts === late.reviewPost?.ts && JSON.stringify(call.args.blocks).includes('Resolution met'),
    );
    expect(lastUpdateOf(slack, late)).toContain('🔴 First response *breached*: done 2026-12-01 13:00, 1 h late');
  });

  it('when the owner acts in time, then the clock shows met and later sweeps say nothing of it', async () => {
    now = local('2026-12-01T14:00:00');
    prompt = await fileCase(app, 'VSLA2', 'The earring stud came loose after a day');
    now = local('2026-12-01T14:40:00');
    await app.interact(outcomeForm(prompt.id, 'Re-soldered the stud while she waited', '5', 'Check studs before sale'));
    const update = await slack.waitFor(
      'chat.update',
      (call) => call.args.ts === prompt.reviewPost?.ts && JSON.stringify(call.args.blocks).includes('met'),
    );
    const blocks = JSON.stringify(update.args.blocks);
    expect(blocks).toContain('✅ First response met · 2026-12-01 14:40');
    expect(blocks).toContain('✅ Resolution met · 2026-12-01 14:40');
    now = local('2026-12-10T14:00:00');
    expect(await app.running.sweepSla()).toBe(0);
    expect(threadLines(slack, prompt, /at risk|breached/)).toEqual([]);
  });
});

describe('old cases when the clocks are first turned on', () => {
  it('when a clock broke over a day ago, then the sweep posts nothing for it, and its post shows it breached when edited', async () => {
    const storeUrl = `sqlite://${join(dir, 'old-cases.sqlite')}`;
    now = local('2026-12-01T10:00:00');
    const before = await startTestApp({ clock, storeUrl, env: { POLICY_FILE: noSlaPolicy } });
    const old = await fileCase(before, 'VSLAOLD', 'The chain snapped the day after I bought it');
    await before.stop();
    // The next day the policy gains its sla section: the first response broke at 12:00 on 1 Dec, over a day ago.
    const after = await startTestApp({ clock, storeUrl });
    try {
      now = local('2026-12-02T12:30:00');
      expect(await after.running.sweepSla()).toBe(0);
      expect(threadLines(after.slack, old, /breached/)).toEqual([]);
      // The resolution target (24 opening hours: 3 Dec 10:00) breaks now: that is news, posted once.
      now = local('2026-12-03T10:05:00');
      expect(await after.running.sweepSla()).toBe(1);
      expect(threadLines(after.slack, old, /breached/).map((call) => call.args.text)).toEqual([
        '🔴 Resolution *is breached* · 5 min overdue · due 2026-12-03 10:00 · owner <@U_STAFF>',
      ]);
      expect(lastUpdateOf(after.slack, old)).toContain('🔴 First response *breached*: 22 h 5 min overdue');
    } finally {
      await after.stop();
    }
  });
});

describe('SLA clocks in the morning digest', () => {
  it('when the digest covers a breach, then it lists it and gives the share of cases within target', async () => {
    const app = await startTestApp({ clock, env: { DIGEST_CHANNEL: 'C0DIGEST' } });
    try {
      now = local('2026-12-01T10:00:00');
      const late = await fileCase(app, 'VSLAD1', 'The pendant clasp broke on the second day');
      const prompt = await fileCase(app, 'VSLAD2', 'The earring stud came loose after a day');
      now = local('2026-12-01T10:30:00');
      await app.interact(outcomeForm(prompt.id, 'Re-soldered the stud', '5', 'Check studs before sale'));
      await app.waitForCase((item) => item.id === prompt.id && item.status === 'resolved');
      now = local('2026-12-02T08:31:00');
      expect((await app.running.digest.runDue()).kind).toBe('posted');
      const digest = app.slack
        .callsOf('chat.postMessage')
        .filter((call) => call.args.channel === 'C0DIGEST')
        .map((call) => JSON.stringify(call.args.blocks))
        .join('\n');
      // The first response of `late` came due at 12:00 unanswered; `prompt` was answered and resolved in time.
      expect(digest).toContain('*Time targets*: 1 of 2 cases within target (50%)');
      expect(digest).toContain('*Breached in the period*');
      expect(digest).toMatch(
        new RegExp(`🔴 [^"]*${late.id}[^"]*First response · due 2026-12-01 12:00 · \\*still not done\\*`),
      );
      expect(digest).not.toMatch(new RegExp(`🔴 [^"]*${prompt.id}`));
    } finally {
      await app.stop({ keepStore: false });
    }
  });
});

describe('SLA clocks in Chinese', () => {
  it('when the review channel is in Chinese, then the clocks and the updates are in Chinese', async () => {
    const app = await startTestApp({ clock, env: { DEFAULT_LOCALE: 'zh-CN' } });
    try {
      now = local('2026-12-01T20:00:00');
      const record = await fileCase(app, 'VSLAZH', '吊坠扣第二天就坏了');
      const post = await reviewPostOf(app, record);
      expect(post).toContain('时效(按营业时间计)');
      // 1 h before closing, 1 h after the next opening.
      expect(post).toContain('⏳ 首次响应:还剩 2小时 · 截止 2026-12-02 10:00');
      now = local('2026-12-02T09:45:00');
      expect(await app.running.sweepSla()).toBe(1);
      const line = await app.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === record.reviewPost?.ts);
      expect(String(line.args.text)).toBe(
        '⚠️ 首次响应*即将超时* · 还剩 15分钟 · 截止 2026-12-02 10:00 · 负责人 <@U_STAFF>',
      );
    } finally {
      await app.stop({ keepStore: false });
    }
  });
});

describe('a policy without an sla section', () => {
  it('when a case is filed and time passes, then no clock is shown or posted and nothing breaks', async () => {
    const app = await startTestApp({ clock, env: { POLICY_FILE: noSlaPolicy } });
    try {
      now = local('2026-12-01T10:00:00');
      const record = await fileCase(app, 'VSLANONE', 'The bracelet lost its shine in a week');
      const post = await reviewPostOf(app, record);
      expect(post).not.toContain('Time targets');
      now = local('2026-12-20T10:00:00');
      expect(await app.running.sweepSla()).toBe(0);
      await app.event({ type: 'app_home_opened', user: 'U_STAFF', channel: 'D_S1', tab: 'home', event_ts: '6.1' });
      const home = await app.slack.waitFor('views.publish', (call) => call.args.user_id === 'U_STAFF');
      expect(JSON.stringify(home.args.view)).not.toMatch(/to respond|to resolve|overdue/);
      expect(JSON.stringify(home.args.view)).toContain(record.id);
      expect(
        app.slack.callsOf('chat.postMessage').filter((call) => call.args.thread_ts === record.reviewPost?.ts),
      ).toEqual([]);
    } finally {
      await app.stop({ keepStore: false });
    }
  });
});
