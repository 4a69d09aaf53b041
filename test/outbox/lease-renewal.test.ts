import type { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PostJob } from '../../src/domain/post-job.ts';
import { jobsForNewCase, LEASE_MS } from '../../src/outbox/deliver-posts.ts';
import { SLACK_CALL_TIMEOUT_MS } from '../../src/slack/call-timeout.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { makeCase } from '../store/case-fixtures.ts';
import { testDelivery } from './delivery-kit.ts';

// Issue 14: a try holds its job for one Slack call and a margin, not a minute, so a bot that died holding
// it keeps it from the others only that long; a try that takes longer (a slow Slack, a digest's many
// calls) renews its lease while it runs, so no other instance posts the job meanwhile. The timers and the
// clock are vitest's fake ones: nothing waits on real time.

const START = Date.parse('2026-11-23T06:00:00.000Z'); // 14:00 in Shanghai: the store is open

let stores: Stores;
beforeEach(async () => {
  stores = await openStores('sqlite://:memory:', { log: () => undefined });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now: START });
});
afterEach(async () => {
  vi.useRealTimers();
  await stores.close();
});

const logger = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined };

/**
 * A Web API whose chat.postMessage answers only when told (or at once, `prompt`); `posted` counts the posts
 * it was asked for.
 */
function slowSlack(prompt = false) {
  const state = { posted: 0, answer: () => undefined as unknown };
  const client = {
    // The earlier try's post is not in Slack yet: a second try that looked would post it again.
    conversations: { history: async () => ({ ok: true, messages: [] }) },
    chat: {
      postMessage: (args: { channel: string }) => {
        state.posted += 1;
        return new Promise((resolve) => {
          state.answer = () => resolve({ ok: true, channel: args.channel, ts: `${state.posted}.000100` });
          if (prompt) state.answer();
        });
      },
    },
  } as unknown as WebClient;
  return { client, state };
}

function delivery(client: WebClient, workerId: string) {
  return testDelivery({ stores, client, clock: () => new Date(), logger, workerId });
}

describe('the lease on a job being posted', () => {
  it('is one Slack call and a margin', () => {
    expect(LEASE_MS).toBe(SLACK_CALL_TIMEOUT_MS + 5_000);
    expect(LEASE_MS).toBeLessThanOrEqual(15_000);
  });

  it('when a try takes three leases long, then it keeps renewing it and the other instance posts nothing meanwhile', async () => {
    const { record } = await stores.cases.create(makeCase({ id: 'L-1' }));
    const review = jobsForNewCase(record, new Date())[1] as PostJob;
    const slow = slowSlack();
    const other = slowSlack(true);
    const sending = delivery(slow.client, 'slow').send([review]);
    while (slow.state.posted === 0) await new Promise(setImmediate);

    await vi.advanceTimersByTimeAsync(3 * LEASE_MS);
    await delivery(other.client, 'other').deliverDue({ all: true });
    expect(other.state.posted).toBe(0);

    slow.state.answer();
    await sending;
    expect(await stores.outbox.due(new Date(8.64e15), 10)).toEqual([]);
    expect((await stores.cases.get('L-1'))?.reviewPost).toEqual({ channel: 'C_REVIEW', ts: '1.000100' });
    // Done, the try renews no more: nothing is left ticking.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('when the bot holding it is gone (its try never ends, nothing renews), then another instance takes it once the lease lapses', async () => {
    const { record } = await stores.cases.create(makeCase({ id: 'L-2' }));
    const review = jobsForNewCase(record, new Date())[1] as PostJob;
    const dead = slowSlack();
    await stores.outbox.enqueue(review);
    expect(await stores.outbox.claim(review.id, 'dead-run:try', LEASE_MS)).toBe(true);
    const other = slowSlack();

    await vi.advanceTimersByTimeAsync(LEASE_MS - 1);
    await delivery(other.client, 'other').deliverDue({ all: true });
    expect(other.state.posted).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    const taking = delivery(other.client, 'other').deliverDue({ all: true });
    while (other.state.posted === 0) await new Promise(setImmediate);
    other.state.answer();
    await taking;
    expect(dead.state.posted).toBe(0);
    expect(await stores.outbox.due(new Date(8.64e15), 10)).toEqual([]);
  });
});
