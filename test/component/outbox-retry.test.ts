import { describe, expect, it } from 'vitest';
import { caseIdFor } from '../../src/complaints/file-complaint.ts';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

/** The review post is recorded on the case just after Slack answers; wait for that write. */
async function waitForReviewPost(app: TestApp, caseId: string) {
  for (let tries = 0; tries < 100; tries++) {
    const record = await app.stores.cases.get(caseId);
    if (record?.reviewPost) return record.reviewPost;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

describe('posting to Slack', () => {
  it('when Slack fails while a case is filed, then the case is kept and posted after a restart', async () => {
    const slack = await new FakeSlackApi().start();
    slack.fail('chat.postMessage', 503, 10);
    const first = await startTestApp({ slack });
    await first.interact(complaintForm('Bracelet clasp broke', 'Please fix it.', { viewId: 'VOUTAGE' }));
    await slack.waitFor('chat.postMessage');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [stored] = await first.stores.cases.listByOwner('U_STAFF', 1);
    expect(stored?.reviewPost).toBeNull();
    await first.stop();

    slack.fail('chat.postMessage', 503, 0);
    const callsBeforeRestart = slack.calls.length;
    const second = await startTestApp({ slack, storeUrl: first.storeUrl });
    const review = await slack.waitFor(
      'chat.postMessage',
      (call) =>
        slack.calls.indexOf(call) >= callsBeforeRestart &&
        call.args.channel === REVIEW_CHANNEL &&
        JSON.stringify(call.args).includes('Bracelet clasp broke'),
    );
    expect(JSON.stringify(review.args.blocks)).toContain(`#${stored?.id}`);
    expect((await waitForReviewPost(second, stored?.id ?? ''))?.channel).toBe(REVIEW_CHANNEL);
    await second.stop({ keepStore: false });
    await slack.stop();
  });

  it('when chat.postMessage answers 429 with Retry-After: 1 twice, then the review post arrives right after those waits, not after the outbox interval', async () => {
    // The bot's Web API client hands a 429 straight to the outbox (rejectRateLimitedCalls, no retries of its
    // own); the outbox tries again once Retry-After has passed, not at its next regular round (15 s).
    const slack = await new FakeSlackApi().start();
    // Picked by this case's id, not its words: other test files run beside this one, and an app of theirs
    // still retrying may reach a fake Slack that took over its old port.
    const caseId = caseIdFor('VRATE');
    const isReview = (call: { args: Record<string, unknown> }) =>
      call.args.channel === REVIEW_CHANNEL && JSON.stringify(call.args).includes(`#${caseId}`);
    slack.fail('chat.postMessage', 429, 2, 1, (args) => isReview({ args }));
    const app = await startTestApp({ slack });
    await app.interact(complaintForm('Ring plating wore off', 'Hmm.', { viewId: 'VRATE' }));
    // Two refused tries and the third that lands, well before the outbox's 15 s round would have come.
    await slack.waitFor(
      'chat.postMessage',
      (call) => isReview(call) && slack.callsOf('chat.postMessage').filter(isReview).indexOf(call) === 2,
      8_000,
    );
    const [stored] = await app.stores.cases.listByOwner('U_STAFF', 1);
    expect((await waitForReviewPost(app, stored?.id ?? ''))?.channel).toBe(REVIEW_CHANNEL);
    expect(slack.callsOf('chat.postMessage').filter(isReview)).toHaveLength(3);
    expect(await app.stores.outbox.deadLetters(10)).toEqual([]);
    await app.stop({ keepStore: false });
    await slack.stop();
  });
});
