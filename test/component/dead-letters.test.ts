import { afterEach, describe, expect, it } from 'vitest';
import { caseIdFor } from '../../src/complaints/file-complaint.ts';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.ts';
import { runCli } from '../helpers/run-cli.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 12: posts Slack refuses for good are not retried for ever; they are kept as dead letters and seen.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function appWithSlack(): Promise<{ slack: FakeSlackApi; app: TestApp }> {
  const slack = await new FakeSlackApi().start();
  cleanups.push(() => slack.stop());
  const app = await startTestApp({ slack });
  cleanups.push(() => app.stop({ keepStore: false }));
  return { slack, app };
}

async function untilDead(app: TestApp, count = 1) {
  for (let tries = 0; tries < 250; tries++) {
    const letters = await app.stores.outbox.deadLetters(10);
    if (letters.length >= count) return letters;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no dead letter within 5 s');
}

describe('a review post Slack refuses for good', () => {
  it('when the bot is not in the review channel, then the post is tried once, kept as a dead letter and logged once', async () => {
    const { slack, app } = await appWithSlack();
    slack.refuse('chat.postMessage', 'not_in_channel', (args) => args.channel === REVIEW_CHANNEL);
    await app.interact(complaintForm('Earring back lost', 'Replace it.', { viewId: 'VDEAD1' }));
    const id = caseIdFor('VDEAD1');
    const [letter] = await untilDead(app);
    expect(letter).toMatchObject({
      job: { caseId: id, kind: 'review-post' },
      error: 'not_in_channel',
      method: 'chat.postMessage',
      channel: REVIEW_CHANNEL,
      permanent: true,
    });
    // The private analysis still reached its owner; only the channel post is dead.
    await slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U_STAFF');
    await app.running.delivery.deliverDue({ all: true });
    const tries = slack.callsOf('chat.postMessage').filter((call) => call.args.channel === REVIEW_CHANNEL);
    expect(tries).toHaveLength(1);
    // The bot's own lines (the Web API client's debug lines name the error too); written just after the letter.
    const deadLines = () =>
      app.logger.lines.filter((line) => line.includes('outbox:') && line.includes('not_in_channel'));
    await expect.poll(() => deadLines().length).toBe(1);
    const lines = deadLines();
    expect(JSON.parse(lines[0]?.slice(0, (lines[0]?.indexOf('} ') ?? 0) + 1) ?? '{}')).toMatchObject({
      caseId: id,
      method: 'chat.postMessage',
      error: 'not_in_channel',
    });
  });
});

async function homeOf(app: TestApp, slack: FakeSlackApi, user: string): Promise<string> {
  const before = slack.calls.length;
  await app.event({ type: 'app_home_opened', user, channel: `D${user}`, tab: 'home', event_ts: '9.1' });
  const home: RecordedCall = await slack.waitFor(
    'views.publish',
    (call) => slack.calls.indexOf(call) >= before && call.args.user_id === user,
  );
  return JSON.stringify(home.args.view);
}

describe('dead letters seen and sent again', () => {
  it('when a review post is dead, then App Home shows it to approvers (in their language) and not to staff', async () => {
    const { slack, app } = await appWithSlack();
    slack.locales.set('UMANAGER01', 'zh-CN');
    slack.refuse('chat.postMessage', 'not_in_channel', (args) => args.channel === REVIEW_CHANNEL);
    await app.interact(complaintForm('Bracelet clasp broke', 'Fix it.', { viewId: 'VDEADHOME' }));
    const id = caseIdFor('VDEADHOME');
    await untilDead(app);

    const manager = await homeOf(app, slack, 'UMANAGER01');
    expect(manager).toContain('没能发到 Slack 的消息');
    expect(manager).toContain(`#${id}* · 审核频道里的案例帖子`);
    expect(manager).toContain(
      `Slack: \`not_in_channel\` — 机器人不在 <#${REVIEW_CHANNEL}> 里 → 在该频道输入 /invite @complaint-desk 把它邀请进去`,
    );
    const staff = await homeOf(app, slack, 'U_STAFF');
    expect(staff).not.toContain('not_in_channel');
    expect(staff).not.toContain('Posts that could not be sent');
  });

  it('when the bot is invited and npm run outbox -- retry --all is run, then the running bot posts it on its next round and Home no longer shows it', async () => {
    const { slack, app } = await appWithSlack();
    slack.refuse('chat.postMessage', 'not_in_channel', (args) => args.channel === REVIEW_CHANNEL);
    await app.interact(complaintForm('Chain snapped', 'Again!', { viewId: 'VDEADRETRY' }));
    const id = caseIdFor('VDEADRETRY');
    await untilDead(app);
    expect(await homeOf(app, slack, 'UMANAGER01')).toContain('the bot is not in <#C0REVIEW> → invite it there');

    // The bot was invited.
    slack.refuse('chat.postMessage', 'none', () => false);
    const run = await runCli('src/cli/outbox.ts', ['retry', '--all'], undefined, {
      STORE_URL: app.storeUrl,
      DEFAULT_LOCALE: 'en',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`outbox: queued again: review-post:${id} (case ${id})`);
    // The bot's next round.
    await app.running.delivery.deliverDue();
    const review = await slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === REVIEW_CHANNEL && JSON.stringify(call.args).includes('Chain snapped'),
    );
    expect(JSON.stringify(review.args.blocks)).toContain(`#${id}`);
    expect((await app.stores.cases.get(id))?.reviewPost?.channel).toBe(REVIEW_CHANNEL);
    expect(await app.stores.outbox.deadLetters(10)).toEqual([]);
    expect(await homeOf(app, slack, 'UMANAGER01')).not.toContain('Posts that could not be sent');
  });
});
