import { afterEach, describe, expect, it } from 'vitest';
import { caseIdFor } from '../../src/complaints/file-complaint.js';
import { complaintForm } from '../helpers/complaint-payloads.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.js';

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
