import type { Logger } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { digestJob } from '../../src/digest/post-digest.ts';
import type { PostJob } from '../../src/domain/post-job.ts';
import { createPostDelivery, jobsForNewCase, type PostDelivery } from '../../src/outbox/deliver-posts.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { policy } from '../policy/policy-test-kit.ts';
import { makeCase } from '../store/case-fixtures.ts';

// The outbox's delivery at the edges the first mutation run (docs/mutation-testing.md) found untested:
// when a failed post is tried again, what a reminder does at night, which rounds run, and the timer.
// Real stores (SQLite in memory) and the fake Slack Web API; the clock is the test's.

let slack: FakeSlackApi;
let client: WebClient;
let stores: Stores;
let now: Date;
let warnings: string[];
let errors: string[];

beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  // As the app builds it: a 429 reaches the outbox at once, with its Retry-After.
  client = new WebClient('xoxb-test', {
    slackApiUrl: slack.url,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
});
afterAll(async () => {
  await slack?.stop();
});
beforeEach(async () => {
  stores = await openStores('sqlite://:memory:', { log: () => undefined });
  // 14:00 in Shanghai: the store is open.
  now = new Date('2026-11-23T06:00:00.000Z');
  warnings = [];
  errors = [];
  fields = [];
});
afterEach(async () => {
  await stores.close();
});

/** A line's fields (the leading object, pino-style), which the outbox passes before its text. */
let fields: Record<string, unknown>[];
/** The text of a log call; its leading fields, if any, are kept in `fields`. */
const text = (lines: unknown[]) => {
  const [first, ...rest] = lines;
  if (typeof first !== 'object' || first === null || first instanceof Error) return lines.join(' ');
  fields.push(first as Record<string, unknown>);
  return rest.join(' ');
};
const logger = {
  warn: (...lines: unknown[]) => warnings.push(text(lines)),
  error: (...lines: unknown[]) => errors.push(text(lines)),
  info: () => undefined,
  debug: () => undefined,
} as unknown as Logger;

function delivery(overrides: { stores?: Stores; client?: WebClient } = {}): PostDelivery {
  return createPostDelivery({
    stores: overrides.stores ?? stores,
    client: overrides.client ?? client,
    policy,
    reviewChannel: 'C_REVIEW',
    channelLanguage: 'en',
    languageOf: async () => 'en',
    clock: () => now,
    logger,
    workerId: 'guards',
    approvers: { isApprover: async () => false, listApprovers: async () => [] },
  });
}

/** Every job still queued, whenever it is due. */
const queued = () => stores.outbox.due(new Date(8.64e15), 100);

async function filedCase(id: string, owner = 'U_STAFF') {
  const { record } = await stores.cases.create(makeCase({ id, owner }));
  return record;
}

const postsTo = (channel: string) => slack.callsOf('chat.postMessage').filter((call) => call.args.channel === channel);

describe('a failed post', () => {
  it('when Slack answers 429 with Retry-After, then the post waits exactly that many seconds', async () => {
    const record = await filedCase('D1');
    slack.fail('chat.postMessage', 429, 1, 30);
    await delivery().send([jobsForNewCase(record, now)[1] as PostJob]);
    const [waiting] = await queued();
    expect(waiting?.attempts).toBe(1);
    expect(waiting?.dueAt).toBe(new Date(now.getTime() + 30_000).toISOString());
  });

  it('when Slack fails without Retry-After, then the wait doubles with each try and stops growing at ten minutes', async () => {
    const record = await filedCase('D2');
    const [, review] = jobsForNewCase(record, now) as [PostJob, PostJob];
    slack.fail('chat.postMessage', 500);
    await delivery().send([review]);
    let [waiting] = await queued();
    expect(waiting?.dueAt).toBe(new Date(now.getTime() + 2_000).toISOString());
    expect(warnings.join('\n')).toMatch(/^outbox: review-post:D2 failed \(try 1\), retrying at /m);

    // The twelfth try: 2^11 s would be over half an hour; ten minutes is the most it waits.
    await stores.outbox.reschedule(review.id, now.toISOString(), 11, 'earlier failures');
    slack.fail('chat.postMessage', 500);
    await delivery().deliverDue();
    [waiting] = await queued();
    expect(waiting?.attempts).toBe(12);
    expect(waiting?.dueAt).toBe(new Date(now.getTime() + 10 * 60_000).toISOString());
  });

  it('when a reminder fails at night, then it waits a quarter of an hour for the store to open, and is not tried', async () => {
    const record = await filedCase('D3');
    now = new Date('2026-11-23T15:00:00.000Z'); // 23:00 in Shanghai
    const reminder: PostJob = {
      id: `follow-up-reminder:${record.id}`,
      caseId: record.id,
      kind: 'follow-up-reminder',
      dueAt: now.toISOString(),
      attempts: 2,
    };
    await delivery().send([reminder]);
    const [waiting] = await queued();
    expect(waiting).toMatchObject({ attempts: 2, lastError: 'waiting for business hours' });
    expect(waiting?.dueAt).toBe(new Date(now.getTime() + 15 * 60_000).toISOString());
    expect(slack.callsOf('chat.postMessage').filter((call) => call.args.channel === record.owner)).toEqual([]);
  });

  it('when a digest part comes to an instance without a digest poster, then it stays queued saying why', async () => {
    const part = digestJob('2026-11-23T08:30', 0, now);
    await delivery().send([part]);
    const [waiting] = await queued();
    expect(waiting?.lastError).toBe(`outbox: no digest poster for ${part.id}`);
  });

  it('when Slack answers the review post without a ts, then the post is tried again saying why, and no post is recorded', async () => {
    const record = await filedCase('D4');
    const [, review] = jobsForNewCase(record, now) as [PostJob, PostJob];
    // A post Slack took without saying where it is could never be edited: the case must not point at it.
    const tsless = {
      ...client,
      chat: { ...client.chat, postMessage: async () => ({ ok: true, channel: 'C_REVIEW' }) },
    } as unknown as WebClient;
    await delivery({ client: tsless }).send([review]);
    const [waiting] = await queued();
    expect(waiting).toMatchObject({ id: review.id, attempts: 1, lastError: 'chat.postMessage returned no ts' });
    expect((await stores.cases.get(record.id))?.reviewPost).toBeNull();
  });

  it('when the case of a job is gone, then the job is dropped with a warning naming both', async () => {
    const job: PostJob = {
      id: 'review-post:C-GONE',
      caseId: 'C-GONE',
      kind: 'review-post',
      dueAt: now.toISOString(),
      attempts: 0,
    };
    await delivery().send([job]);
    expect(await queued()).toEqual([]);
    expect(warnings).toContain('outbox: case C-GONE of job review-post:C-GONE is gone; dropping the job');
  });
});

describe('what is posted', () => {
  it('when a case is posted, then neither the review post nor the private analysis unfurls links', async () => {
    const record = await filedCase('D4');
    await delivery().send(jobsForNewCase(record, now));
    const [review] = postsTo('C_REVIEW').slice(-1);
    const [analysis] = postsTo(record.owner).slice(-1);
    // The fake records the form-encoded arguments as Slack receives them.
    expect(String(review?.args.unfurl_links)).toBe('false');
    expect(String(analysis?.args.unfurl_links)).toBe('false');
  });
});

describe('rounds of due posts', () => {
  it('when a round runs, then only posts already due are tried; with `all`, also those still waiting', async () => {
    const record = await filedCase('D5');
    const later = new Date(now.getTime() + 60_000);
    await delivery().queue(jobsForNewCase(record, later));
    const before = postsTo('C_REVIEW').length;
    await delivery().deliverDue();
    expect(postsTo('C_REVIEW')).toHaveLength(before);
    await delivery().deliverDue({ all: true });
    expect(postsTo('C_REVIEW')).toHaveLength(before + 1);
  });

  it('when a round is asked for while one runs, then it joins that round instead of listing the jobs again', async () => {
    let listings = 0;
    const counting: Stores = {
      ...stores,
      outbox: {
        ...stores.outbox,
        enqueue: (job) => stores.outbox.enqueue(job),
        complete: (id) => stores.outbox.complete(id),
        reschedule: (id, dueAt, attempts, error) => stores.outbox.reschedule(id, dueAt, attempts, error),
        claim: (id, worker, leaseMs) => stores.outbox.claim(id, worker, leaseMs),
        renew: (id, worker, leaseMs) => stores.outbox.renew(id, worker, leaseMs),
        releaseLeases: (isGone) => stores.outbox.releaseLeases(isGone),
        noteTry: (id, at) => stores.outbox.noteTry(id, at),
        bury: (letter) => stores.outbox.bury(letter),
        deadLetters: (limit) => stores.outbox.deadLetters(limit),
        revive: (id, at) => stores.outbox.revive(id, at),
        due: (at, limit) => {
          listings += 1;
          return stores.outbox.due(at, limit);
        },
      },
    };
    const posts = delivery({ stores: counting });
    await Promise.all([posts.deliverDue(), posts.deliverDue()]);
    expect(listings).toBe(1);
    await posts.deliverDue();
    expect(listings).toBe(2);
  });

  it('when started, then due posts go out on the timer; once stopped, no more', async () => {
    const posts = delivery();
    const first = await filedCase('D6', 'U_FIRST');
    await posts.queue(jobsForNewCase(first, now));
    posts.start(20);
    try {
      await expect.poll(() => postsTo('U_FIRST').length, { timeout: 2_000 }).toBe(1);
      await expect.poll(async () => (await queued()).length, { timeout: 2_000 }).toBe(0);
    } finally {
      posts.stop();
    }
    const second = await filedCase('D7', 'U_SECOND');
    await posts.queue(jobsForNewCase(second, now));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(postsTo(second.owner)).toEqual([]);
    expect(await queued()).toHaveLength(2);
  });

  it('when a round on the timer fails, then the error is logged and the timer goes on', async () => {
    const failing: Stores = {
      ...stores,
      outbox: { ...stores.outbox, due: async () => Promise.reject(new Error('database is locked')) },
    };
    const posts = delivery({ stores: failing });
    posts.start(10);
    try {
      await expect.poll(() => errors.length, { timeout: 2_000 }).toBeGreaterThanOrEqual(2);
    } finally {
      posts.stop();
    }
    expect(errors[0]).toBe('outbox: database is locked');
  });
});
