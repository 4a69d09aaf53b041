import type { Logger } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DeadLetter, PostJob } from '../../src/domain/post-job.ts';
import { createPostDelivery, jobsForNewCase } from '../../src/outbox/deliver-posts.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { closedPort } from '../helpers/run-bot.ts';
import { policy } from '../policy/policy-test-kit.ts';
import { makeCase } from '../store/case-fixtures.ts';
import { PERMANENT_REFUSALS } from './permanent-refusals.ts';

// Issue 12: a post that can never succeed is not retried for ever. Slack's permanent refusals stop the
// retries at once and keep the job as a dead letter (case, kind, Slack's error, when), with one structured
// log line; temporary failures are retried, until they have lasted a day. Real SQLite, the real Web API
// client (configured as the app configures it) and the fake Slack on loopback; the clock is the test's.

let slack: FakeSlackApi;
let stores: Stores;
let now: Date;
let logged: { level: string; fields: Record<string, unknown>; text: string }[];
let buried: DeadLetter[];

const webClient = (url: string) =>
  new WebClient('xoxb-test', { slackApiUrl: url, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });

beforeAll(async () => {
  slack = await new FakeSlackApi().start();
});
afterAll(async () => {
  await slack?.stop();
});
beforeEach(async () => {
  stores = await openStores('sqlite://:memory:', { log: () => undefined });
  now = new Date('2026-11-23T06:00:00.000Z');
  logged = [];
  buried = [];
});
afterEach(async () => {
  await stores.close();
  slack.refuse('chat.postMessage', 'none', () => false);
  slack.refuse('chat.update', 'none', () => false);
  slack.fail('chat.postMessage', 500, 0);
});

const log =
  (level: string) =>
  (...messages: unknown[]) => {
    const [first, ...rest] = messages;
    const hasFields = typeof first === 'object' && first !== null;
    logged.push({
      level,
      fields: hasFields ? (first as Record<string, unknown>) : {},
      text: (hasFields ? rest : messages).join(' '),
    });
  };
const logger = { warn: log('warn'), error: log('error'), info: log('info'), debug: log('debug') } as unknown as Logger;

function delivery(client: WebClient = webClient(slack.url)) {
  return createPostDelivery({
    stores,
    client,
    policy,
    reviewChannel: 'C_REVIEW',
    channelLanguage: 'en',
    languageOf: async () => 'en',
    clock: () => now,
    logger,
    workerId: 'dead-letters',
    approvers: { isApprover: async () => false, listApprovers: async () => [] },
    onDeadLetter: (letter) => buried.push(letter),
  });
}

const queued = () => stores.outbox.due(new Date(8.64e15), 100);

async function reviewJob(id: string): Promise<PostJob> {
  const { record } = await stores.cases.create(makeCase({ id }));
  return jobsForNewCase(record, now)[1] as PostJob;
}

describe('a post Slack refuses for good', () => {
  it.each(PERMANENT_REFUSALS)(
    'when chat.postMessage answers %s, then it is tried once and kept as a dead letter, with one log line',
    async (code) => {
      const job = await reviewJob(`P-${code}`);
      slack.refuse('chat.postMessage', code, (args) => args.channel === 'C_REVIEW');
      const before = slack.callsOf('chat.postMessage').length;
      const posts = delivery();
      await posts.send([job]);
      await posts.deliverDue({ all: true });

      expect(slack.callsOf('chat.postMessage').length - before).toBe(1);
      expect(await queued()).toEqual([]);
      const [letter, ...others] = await stores.outbox.deadLetters(10);
      expect(others).toEqual([]);
      expect(letter).toMatchObject({
        job: { id: job.id, caseId: `P-${code}`, kind: 'review-post', attempts: 1 },
        error: code,
        method: 'chat.postMessage',
        channel: 'C_REVIEW',
        permanent: true,
        diedAt: now.toISOString(),
      });
      expect(buried).toEqual([letter]);
      const lines = logged.filter((line) => line.level === 'error');
      expect(lines).toHaveLength(1);
      expect(lines[0]?.fields).toMatchObject({ caseId: `P-${code}`, method: 'chat.postMessage', error: code });
    },
  );

  it('when chat.update answers message_not_found for the review post, then the update is a dead letter naming chat.update', async () => {
    const { record } = await stores.cases.create(makeCase({ id: 'P-UPDATE' }));
    await stores.cases.update(record.id, (current) => ({ ...current, reviewPost: { channel: 'C_REVIEW', ts: '1.2' } }));
    slack.refuse('chat.update', 'message_not_found');
    const update: PostJob = {
      id: 'review-update:P-UPDATE:0',
      caseId: record.id,
      kind: 'review-update',
      dueAt: now.toISOString(),
      attempts: 0,
      eventIndex: 0,
    };
    await delivery().send([update]);
    expect(await stores.outbox.deadLetters(10)).toMatchObject([
      {
        job: { id: update.id },
        error: 'message_not_found',
        method: 'chat.update',
        channel: 'C_REVIEW',
        permanent: true,
      },
    ]);
  });
});

describe('a post that fails for a while', () => {
  it.each([
    ['internal_error', () => slack.refuse('chat.postMessage', 'internal_error')],
    ['fatal_error', () => slack.refuse('chat.postMessage', 'fatal_error')],
    ['request_timeout', () => slack.refuse('chat.postMessage', 'request_timeout')],
    ['ratelimited', () => slack.fail('chat.postMessage', 429, 1, 5)],
    ['http_503', () => slack.fail('chat.postMessage', 503)],
  ])(
    'when Slack answers %s, then the post stays queued for another try and nothing is dead',
    async (error, breakSlack) => {
      const job = await reviewJob(`T-${error}`);
      breakSlack();
      await delivery().send([job]);
      expect(await queued()).toMatchObject([{ id: job.id, attempts: 1, firstFailedAt: now.toISOString() }]);
      expect(await stores.outbox.deadLetters(10)).toEqual([]);
      expect(logged.filter((line) => line.level === 'warn')[0]?.fields).toMatchObject({ caseId: `T-${error}`, error });
    },
  );

  it('when Slack cannot be reached, then the post stays queued, the network error named', async () => {
    const job = await reviewJob('T-NET');
    await delivery(webClient(`http://127.0.0.1:${await closedPort()}/api/`)).send([job]);
    expect(await queued()).toMatchObject([{ id: job.id, attempts: 1 }]);
    expect(logged.find((line) => line.level === 'warn')?.fields.error).toBe('ECONNREFUSED');
  });

  it('when it has failed for 24 h, then it is a dead letter and the log line says for how long; a millisecond less, it is still retried', async () => {
    const job = await reviewJob('T-DAY');
    const start = now;
    const posts = delivery();
    slack.fail('chat.postMessage', 503, 100);
    await posts.send([job]);
    now = new Date(start.getTime() + 24 * 3600_000 - 1);
    await posts.deliverDue();
    expect(await queued()).toMatchObject([{ id: job.id, attempts: 2, firstFailedAt: start.toISOString() }]);
    expect(await stores.outbox.deadLetters(10)).toEqual([]);

    // Its next try is seconds away (backoff); `all` tries it now.
    now = new Date(start.getTime() + 24 * 3600_000);
    await posts.deliverDue({ all: true });
    expect(await queued()).toEqual([]);
    expect(await stores.outbox.deadLetters(10)).toMatchObject([
      { job: { id: job.id, attempts: 3, firstFailedAt: start.toISOString() }, error: 'http_503', permanent: false },
    ]);
    expect(logged.filter((line) => line.level === 'error').map((line) => line.text)).toEqual([
      'outbox: gave up on review-post:T-DAY (case T-DAY): chat.postMessage failed with http_503 for 24 h; kept as a dead letter (npm run outbox)',
    ]);
  });
});

describe('the log line of a post given up on', () => {
  it('when Slack refuses it for good, then the line names the post, its case, the call and Slack’s error', async () => {
    const job = await reviewJob('L-REFUSED');
    slack.refuse('chat.postMessage', 'channel_not_found', (args) => args.channel === 'C_REVIEW');
    await delivery().send([job]);
    expect(logged.filter((line) => line.level === 'error').map((line) => line.text)).toEqual([
      'outbox: gave up on review-post:L-REFUSED (case L-REFUSED): chat.postMessage failed with channel_not_found; kept as a dead letter (npm run outbox)',
    ]);
  });

  it('when something other than Slack failed for a day with a very long message, then the letter keeps 2,000 characters and the line says "post"', async () => {
    const job = await reviewJob('L-LONG');
    const message = `no review post yet ${'x'.repeat(3_000)}`;
    const broken = {
      chat: {
        postMessage: async () => {
          throw new Error(message);
        },
      },
    } as unknown as WebClient;
    const start = now;
    const posts = delivery(broken);
    await posts.send([job]);
    now = new Date(start.getTime() + 24 * 3600_000);
    await posts.deliverDue();

    const [letter] = await stores.outbox.deadLetters(10);
    expect(letter?.job.lastError).toBe(message.slice(0, 2000));
    expect(letter).toMatchObject({ error: message.slice(0, 2000), permanent: false });
    expect(letter?.method).toBeUndefined();
    expect(logged.filter((line) => line.level === 'error').map((line) => line.text)).toEqual([
      `outbox: gave up on review-post:L-LONG (case L-LONG): post failed with ${message} for 24 h; kept as a dead letter (npm run outbox)`,
    ]);
  });
});

describe('a dead letter put back on the queue', () => {
  it('when it is revived after the cause is fixed, then it is posted once and no longer dead', async () => {
    const job = await reviewJob('R-1');
    slack.refuse('chat.postMessage', 'not_in_channel', (args) => args.channel === 'C_REVIEW');
    const posts = delivery();
    await posts.send([job]);
    expect(await stores.outbox.deadLetters(10)).toHaveLength(1);

    // The bot was invited.
    slack.refuse('chat.postMessage', 'none', () => false);
    now = new Date(now.getTime() + 3600_000);
    const revived = await stores.outbox.revive(job.id, now);
    expect(revived).toEqual({ id: job.id, caseId: 'R-1', kind: 'review-post', dueAt: now.toISOString(), attempts: 0 });
    expect(await stores.outbox.deadLetters(10)).toEqual([]);
    expect(await stores.outbox.revive(job.id, now)).toBeUndefined();
    await posts.deliverDue();
    expect(await queued()).toEqual([]);
    expect((await stores.cases.get('R-1'))?.reviewPost?.channel).toBe('C_REVIEW');
  });
});
