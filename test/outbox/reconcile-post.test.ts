import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WebClient } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { PostJob } from '../../src/domain/post-job.ts';
import { jobForChange, jobsForNewCase, type PostDelivery } from '../../src/outbox/deliver-posts.ts';
import {
  LOOKUP_MARGIN_MS,
  LOOKUP_MAX_PAGES,
  LOOKUP_PAGE_SIZE,
  POST_EVENT_TYPE,
  reconcilingClient,
  withPostMarkers,
} from '../../src/outbox/reconcile-post.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.ts';
import { REPO_ROOT } from '../helpers/run-cli.ts';
import { appending, makeCase, noteEvent } from '../store/case-fixtures.ts';
import { appLikeClient, testDelivery } from './delivery-kit.ts';

// Issue 14, exactly once through a crash: every post the outbox makes carries its job as message
// metadata, and a job whose earlier try may have reached Slack looks for that post (conversations.history,
// or .replies in a thread, or the DM's history) before posting again. Here the earlier try's answer is lost
// as a crash would lose it: the fake Slack takes the post and holds its answer past the client's timeout.

let slack: FakeSlackApi;
/** A client that gives up on an answer after 300 ms: the post is in Slack, the bot never heard. */
let client: WebClient;
let stores: Stores;
let warnings: string[];
const now = new Date('2026-11-23T06:00:00.000Z'); // 14:00 in Shanghai

beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  client = appLikeClient(slack.url, 300);
});
afterAll(async () => {
  await slack?.stop();
});
beforeEach(async () => {
  stores = await openStores('sqlite://:memory:', { log: () => undefined });
  warnings = [];
  // Each test's channel holds only its own posts.
  slack.messages.length = 0;
});
afterEach(async () => {
  await stores.close();
});

const quiet = () => undefined;
const logger = { warn: (line: string) => warnings.push(line), error: quiet, info: quiet, debug: quiet };

function delivery(): PostDelivery {
  return testDelivery({ stores, client, clock: () => now, logger, workerId: 'reconcile' });
}

async function filedCase(id: string, owner = 'U_STAFF') {
  const { record } = await stores.cases.create(makeCase({ id, owner }));
  return record;
}

const queued = () => stores.outbox.due(new Date(8.64e15), 100);
const since = (start: number) => (call: RecordedCall) => call.at >= start;
const payload = (call: RecordedCall | undefined) =>
  (call?.args.metadata as { event_payload?: Record<string, unknown> } | undefined)?.event_payload;

/** Sends `jobs` with the first post `when` picks taken by Slack and its answer lost; resolves once the try failed. */
async function loseAnswer(jobs: PostJob[], when: (args: Record<string, unknown>) => boolean) {
  const held = slack.hold('chat.postMessage', when);
  const before = Date.now();
  await delivery().send(jobs);
  const call = await held.arrived;
  held.release();
  expect(await queued()).toHaveLength(1);
  return { call, before };
}

describe('a post whose answer was lost', () => {
  it('when the review post was taken by Slack, then the next try finds it by its metadata in a bounded window and records it, posting nothing more', async () => {
    const record = await filedCase('R-1');
    const { call, before } = await loseAnswer(jobsForNewCase(record, now), (args) => args.channel === 'C_REVIEW');
    expect(call.args.metadata).toEqual({
      event_type: POST_EVENT_TYPE,
      event_payload: { case_id: 'R-1', job_id: 'review-post:R-1', post: 0 },
    });
    const start = Date.now();

    await delivery().deliverDue({ all: true });

    expect(slack.callsOf('chat.postMessage').filter(since(start))).toEqual([]);
    const [looked, ...more] = slack.callsOf('conversations.history').filter(since(start));
    expect(more).toEqual([]);
    expect(looked?.args).toMatchObject({ channel: 'C_REVIEW', include_all_metadata: 'true', limit: '50' });
    // From the earlier try's note, less the margin for Slack's clock.
    const oldest = Number(looked?.args.oldest) * 1000;
    expect(oldest).toBeGreaterThanOrEqual(before - LOOKUP_MARGIN_MS - 1);
    expect(oldest).toBeLessThanOrEqual(call.at - LOOKUP_MARGIN_MS + 1);
    const taken = slack.messages.find((message) => message.metadata?.event_payload.job_id === 'review-post:R-1');
    expect((await stores.cases.get('R-1'))?.reviewPost).toEqual({ channel: 'C_REVIEW', ts: taken?.ts });
    expect(await queued()).toEqual([]);
  });

  it('when a thread line was taken, then the next try looks in the thread, edits the post again (harmless) and adds no second line', async () => {
    const record = await filedCase('R-2');
    await delivery().send(jobsForNewCase(record, now));
    const posted = await stores.cases.update('R-2', (current) => appending(noteEvent(current, 'U_STAFF'))(current));
    const review = posted.reviewPost;
    const { call } = await loseAnswer([jobForChange(posted, now)], (args) => args.thread_ts !== undefined);
    expect(payload(call)).toEqual({ case_id: 'R-2', job_id: jobForChange(posted, now).id, post: 0 });
    const start = Date.now();

    await delivery().deliverDue({ all: true });

    expect(slack.callsOf('chat.postMessage').filter(since(start))).toEqual([]);
    expect(
      slack
        .callsOf('conversations.replies')
        .filter(since(start))
        .map((found) => found.args),
    ).toEqual([expect.objectContaining({ channel: review?.channel, ts: review?.ts, include_all_metadata: 'true' })]);
    // chat.update sets the post to what it says: sent again, the post is the same.
    expect(slack.callsOf('chat.update').filter(since(start))).toHaveLength(1);
    expect(slack.messages.filter((message) => message.thread_ts === review?.ts)).toHaveLength(1);
    expect(await queued()).toEqual([]);
  });

  it('when a direct message was taken, then the next try opens the DM, looks in it, and sends nothing more', async () => {
    const record = await filedCase('R-3', 'U_OWNER3');
    await loseAnswer([jobsForNewCase(record, now)[0] as PostJob], (args) => args.channel === 'U_OWNER3');
    const start = Date.now();

    await delivery().deliverDue({ all: true });

    expect(
      slack
        .callsOf('conversations.open')
        .filter(since(start))
        .map((found) => found.args),
    ).toEqual([expect.objectContaining({ users: 'U_OWNER3' })]);
    expect(slack.callsOf('conversations.history').filter(since(start))[0]?.args).toMatchObject({
      channel: 'D_OWNER3',
    });
    expect(slack.callsOf('chat.postMessage').filter(since(start))).toEqual([]);
    expect(await queued()).toEqual([]);
    // Done for good: the analysis is marked sent, so queueing it again sends nothing.
    await delivery().send([jobsForNewCase(record, now)[0] as PostJob]);
    expect(slack.callsOf('chat.postMessage').filter(since(start))).toEqual([]);
  });

  it('when the post is not in Slack after all (never landed, or someone deleted it first), then the next try posts it once', async () => {
    const record = await filedCase('R-4');
    await loseAnswer([jobsForNewCase(record, now)[1] as PostJob], () => true);
    slack.messages.splice(
      slack.messages.findIndex((message) => message.metadata?.event_payload.job_id === 'review-post:R-4'),
      1,
    );
    const start = Date.now();

    await delivery().deliverDue({ all: true });

    expect(slack.callsOf('conversations.history').filter(since(start))).toHaveLength(1);
    const reposted = slack.callsOf('chat.postMessage').filter(since(start));
    expect(reposted.map(payload)).toEqual([{ case_id: 'R-4', job_id: 'review-post:R-4', post: 0 }]);
    expect(await queued()).toEqual([]);
  });

  it('when the earlier post is pages back in a busy channel, then the lookup pages on to it', async () => {
    const record = await filedCase('R-5');
    await loseAnswer([jobsForNewCase(record, now)[1] as PostJob], () => true);
    const last = slack.messages.at(-1);
    for (let index = 0; index < 2 * LOOKUP_PAGE_SIZE + 5; index += 1) {
      slack.messages.push({ channel: 'C_REVIEW', ts: `${last?.ts}${index}`, text: `other ${index}` });
    }
    const start = Date.now();

    await delivery().deliverDue({ all: true });

    const pages = slack.callsOf('conversations.history').filter(since(start));
    expect(pages.map((page) => page.args.cursor)).toEqual([undefined, '50', '100']);
    expect(slack.callsOf('chat.postMessage').filter(since(start))).toEqual([]);
  });

  it('when the window holds more than the lookup reads, then it says so and posts', async () => {
    const record = await filedCase('R-6');
    await loseAnswer([jobsForNewCase(record, now)[1] as PostJob], () => true);
    slack.messages.splice(slack.messages.length - 1, 1);
    for (let index = 0; index < LOOKUP_MAX_PAGES * LOOKUP_PAGE_SIZE + 1; index += 1) {
      slack.messages.push({ channel: 'C_REVIEW', ts: `${Math.floor(Date.now() / 1000)}.9${index}`, text: 'x' });
    }
    const start = Date.now();

    await delivery().deliverDue({ all: true });

    expect(slack.callsOf('conversations.history').filter(since(start))).toHaveLength(LOOKUP_MAX_PAGES);
    expect(slack.callsOf('chat.postMessage').filter(since(start))).toHaveLength(1);
    expect(warnings).toContain(
      'outbox: review-post:R-6: read 500 messages of C_REVIEW without finding or passing its earlier post; posting it',
    );
  });
});

describe('the lookup itself', () => {
  it('when Slack refuses it for good (an app not reinstalled with channels:history), then it is logged and the post goes out', async () => {
    const record = await filedCase('L-1');
    await loseAnswer([jobsForNewCase(record, now)[1] as PostJob], () => true);
    slack.refuse('conversations.history', 'missing_scope');
    const start = Date.now();
    try {
      await delivery().deliverDue({ all: true });
    } finally {
      slack.refuse('conversations.history', 'missing_scope', () => false);
    }
    expect(slack.callsOf('chat.postMessage').filter(since(start))).toHaveLength(1);
    expect(warnings).toContain(
      'outbox: review-post:L-1: could not look for its earlier post in C_REVIEW (missing_scope); posting it, which may post it twice',
    );
    expect(await queued()).toEqual([]);
  });

  it('when Slack fails it for now (500), then the try fails and is retried, posting nothing meanwhile', async () => {
    const record = await filedCase('L-2');
    await loseAnswer([jobsForNewCase(record, now)[1] as PostJob], () => true);
    slack.fail('conversations.history', 500);
    const start = Date.now();

    await delivery().deliverDue({ all: true });

    expect(slack.callsOf('chat.postMessage').filter(since(start))).toEqual([]);
    const [waiting] = await queued();
    expect(waiting).toMatchObject({ id: 'review-post:L-2', attempts: 2, lastError: expect.stringContaining('500') });
  });
});

describe('a post that surely left nothing in Slack', () => {
  it('when Slack refused it with a 429, then the next try posts without looking (a lookup would only add to the rate limit)', async () => {
    const record = await filedCase('N-1');
    slack.fail('chat.postMessage', 429, 1, 1);
    await delivery().send([jobsForNewCase(record, now)[1] as PostJob]);
    expect((await queued())[0]).not.toHaveProperty('triedAt');
    const start = Date.now();

    await delivery().deliverDue({ all: true });

    expect(slack.callsOf('conversations.history').filter(since(start))).toEqual([]);
    expect(slack.callsOf('chat.postMessage').filter(since(start))).toHaveLength(1);
  });

  it('when Slack answered 500 (it may have posted before failing), then the next try looks first', async () => {
    const record = await filedCase('N-2');
    slack.fail('chat.postMessage', 500);
    await delivery().send([jobsForNewCase(record, now)[1] as PostJob]);
    expect((await queued())[0]?.triedAt).toEqual(expect.any(String));
    const start = Date.now();

    await delivery().deliverDue({ all: true });

    expect(slack.callsOf('conversations.history').filter(since(start))).toHaveLength(1);
    expect(slack.callsOf('chat.postMessage').filter(since(start))).toHaveLength(1);
  });
});

describe('the metadata every outbox post carries', () => {
  it('when a job makes several posts, then each is numbered, and outside a job nothing is added', async () => {
    const marking = reconcilingClient(client, logger);
    const start = Date.now();
    await withPostMarkers(
      { id: 'job-1', caseId: 'C-9' },
      async () => undefined,
      async () => {
        await marking.chat.postMessage({ channel: 'C_REVIEW', text: 'one' });
        await marking.chat.postMessage({ channel: 'U_A', text: 'two' });
      },
    );
    await marking.chat.postMessage({ channel: 'C_REVIEW', text: 'not a job' });

    expect(slack.callsOf('chat.postMessage').filter(since(start)).map(payload)).toEqual([
      { case_id: 'C-9', job_id: 'job-1', post: 0 },
      { case_id: 'C-9', job_id: 'job-1', post: 1 },
      undefined,
    ]);
  });

  it('when the app is set up from manifest.yml, then it may read the history of channels, private channels and DMs', async () => {
    const manifest = parseYaml(await readFile(join(REPO_ROOT, 'manifest.yml'), 'utf8')) as {
      oauth_config: { scopes: { bot: string[] } };
    };
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['channels:history', 'groups:history', 'im:history']),
    );
  });
});
