import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PostJob } from '../../src/domain/post-job.ts';
import { createPostDelivery, jobsForNewCase, type PostDelivery } from '../../src/outbox/deliver-posts.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { policy } from '../policy/policy-test-kit.ts';
import { makeCase } from '../store/case-fixtures.ts';

// When Slack answers 429 with a Retry-After shorter than the outbox's interval, the outbox sets a timer to
// try again then (deliver-posts.ts, wakeAt). The post arriving says little about when that timer was set,
// so here the timers and the clock are vitest's fake ones: the test reads how many timers the outbox keeps
// and, by running the next one, when it asked to wake. Nothing waits on real time.

const START = Date.parse('2026-11-23T06:00:00.000Z'); // 14:00 in Shanghai: the store is open
const INTERVAL_MS = 60_000;

let stores: Stores;
let posts: PostDelivery;
/** Seconds of Retry-After for each chat.postMessage in turn; a call past the list is posted. */
let retryAfters: number[];
/** When (ms after START) each chat.postMessage was called, and to where. */
let calls: { at: number; channel: unknown }[];
let errors: string[];

const rateLimited = (seconds: number) =>
  Object.assign(new Error('A rate limit was exceeded'), {
    code: 'slack_webapi_rate_limited_error',
    retryAfter: seconds,
  });

// The Web API as the outbox sees it once @slack/web-api has turned a 429 into its rate-limited error.
const client = {
  chat: {
    postMessage: async (args: { channel: string }) => {
      calls.push({ at: Date.now() - START, channel: args.channel });
      const wait = retryAfters.shift();
      if (wait !== undefined) throw rateLimited(wait);
      return { ok: true, channel: args.channel, ts: `${calls.length}.000100` };
    },
  },
} as unknown as WebClient;

const logger = {
  error: (...lines: unknown[]) => errors.push(lines.map(String).join(' ')),
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
} as unknown as Logger;

function delivery(overrides: { stores?: Stores } = {}): PostDelivery {
  return createPostDelivery({
    stores: overrides.stores ?? stores,
    client,
    policy,
    reviewChannel: 'C_REVIEW',
    channelLanguage: 'en',
    languageOf: async () => 'en',
    clock: () => new Date(),
    logger,
    workerId: 'wake',
    approvers: { isApprover: async () => false, listApprovers: async () => [] },
  });
}

beforeEach(async () => {
  stores = await openStores('sqlite://:memory:', { log: () => undefined });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now: START });
  retryAfters = [];
  calls = [];
  errors = [];
  posts = delivery();
});
afterEach(async () => {
  posts.stop();
  vi.useRealTimers();
  await stores.close();
});

/** Lets the round a timer started run to its end: the store and the fake client answer within a few turns. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** Runs the outbox's next timer and its round; returns when it fired, in ms after START. */
async function nextWake(): Promise<number> {
  vi.advanceTimersToNextTimer();
  await settle();
  return Date.now() - START;
}

async function reviewPost(id: string): Promise<PostJob> {
  const { record } = await stores.cases.create(makeCase({ id }));
  return jobsForNewCase(record, new Date())[1] as PostJob;
}

const posted = async (id: string) => (await stores.cases.get(id))?.reviewPost?.ts !== undefined;

describe('a post Slack asks to retry in a moment', () => {
  it('when Slack says Retry-After: 2, then the outbox wakes exactly 2 s later, posts it, and keeps no wake-up after', async () => {
    posts.start(INTERVAL_MS);
    retryAfters = [2];
    await posts.send([await reviewPost('W1')]);
    // The regular round and one wake-up.
    expect(vi.getTimerCount()).toBe(2);

    expect(await nextWake()).toBe(2_000);
    expect(calls.map((call) => call.at)).toEqual([0, 2_000]);
    expect(await posted('W1')).toBe(true);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('when two posts wait 5 s and 2 s, then it wakes at 2 s for the one, and again at 5 s for the other', async () => {
    posts.start(INTERVAL_MS);
    retryAfters = [5, 2];
    await posts.send([await reviewPost('W-LATE'), await reviewPost('W-SOON')]);
    // The earlier wake-up replaced the later one: one timer for both.
    expect(vi.getTimerCount()).toBe(2);

    expect(await nextWake()).toBe(2_000);
    expect([await posted('W-SOON'), await posted('W-LATE')]).toEqual([true, false]);
    expect(vi.getTimerCount()).toBe(2);

    expect(await nextWake()).toBe(5_000);
    expect(await posted('W-LATE')).toBe(true);
    expect(calls.map((call) => call.at)).toEqual([0, 0, 2_000, 5_000]);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('when the wait is as long as the interval or longer, then no wake-up is set: the next round takes it', async () => {
    posts.start(30_000);
    retryAfters = [30, 45];
    await posts.send([await reviewPost('W-EVEN'), await reviewPost('W-LONGER')]);
    expect(vi.getTimerCount()).toBe(1);
    expect(await nextWake()).toBe(30_000);
    expect(await posted('W-EVEN')).toBe(true);
  });

  it('when the outbox is stopped, then its wake-up goes too', async () => {
    posts.start(INTERVAL_MS);
    retryAfters = [2];
    await posts.send([await reviewPost('W-STOP')]);
    expect(vi.getTimerCount()).toBe(2);
    posts.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('when a post waits while the outbox is stopped, then a restart does not wake for it: its round does', async () => {
    posts.start(INTERVAL_MS);
    posts.stop();
    retryAfters = [2, 10];
    await posts.send([await reviewPost('W-WHILE-STOPPED')]);
    expect(vi.getTimerCount()).toBe(0);

    posts.start(INTERVAL_MS);
    await posts.send([await reviewPost('W-AFTER')]);
    expect(await nextWake()).toBe(10_000);
    expect([await posted('W-WHILE-STOPPED'), await posted('W-AFTER')]).toEqual([true, true]);
  });

  it('when the round a wake-up starts fails, then the error is logged and nothing is left waking', async () => {
    let storeDown = false;
    // The store's outbox with its listing broken; its other methods are the store's own (bound: they use
    // private fields).
    const outbox = new Proxy(stores.outbox, {
      get: (target, key) => {
        if (key === 'due' && storeDown) return () => Promise.reject(new Error('database is locked'));
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const failing: Stores = { ...stores, outbox };
    posts = delivery({ stores: failing });
    posts.start(INTERVAL_MS);
    retryAfters = [2];
    await posts.send([await reviewPost('W-DOWN')]);
    storeDown = true;

    expect(await nextWake()).toBe(2_000);
    expect(errors).toEqual(['outbox: database is locked']);
    expect(vi.getTimerCount()).toBe(1);
  });
});
