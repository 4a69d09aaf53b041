import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/case.ts';
import { POST_EVENT_TYPE } from '../../src/outbox/reconcile-post.ts';
import { compensationForm, complaintForm } from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 14: a post can be found in Slack after a crash only if it says which job made it. Every
// chat.postMessage the outbox makes — the review post, its thread lines, the staff member's analysis, the
// request for approval in the thread and in each approver's DM, each part of the digest — carries its case
// and job as message metadata; what the listeners send at once (ephemeral answers, modals) does not.

const started: TestApp[] = [];
afterEach(async () => {
  for (const app of started.splice(0)) await app.stop({ keepStore: false }).catch(() => undefined);
});

const metadataOf = (call: RecordedCall) =>
  call.args.metadata as { event_type?: string; event_payload?: { case_id?: string; job_id?: string } } | undefined;

async function until<T>(find: () => Promise<T | undefined>): Promise<T> {
  for (let tries = 0; tries < 250; tries++) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('not reached within 5 s');
}

describe('the metadata on the outbox’s posts', () => {
  it('when a case is filed, asked about and digested, then every post to a channel, thread or DM names its case and job', async () => {
    let now = new Date('2026-12-01T02:00:00Z'); // 10:00 in Shanghai
    const app = await startTestApp({
      clock: () => now,
      env: { APPROVERS: 'UMANAGER01,UMANAGER02', DIGEST_CHANNEL: 'C0DIGEST', STORES: '' },
    });
    started.push(app);
    await app.interact(
      complaintForm('the chain snapped on the second day', 'I want it sorted today', { viewId: 'VMETA1' }),
    );
    const filed = await app.waitForCase((record) => record.reviewPost !== null);
    await app.interact(compensationForm(filed.id, 'compensation', '200', 'Customer insists on 200', 'U_STAFF'));
    const asked = await until(async () => {
      const record = await app.stores.cases.get(filed.id);
      return (record?.approvalMessages ?? []).length >= 3 ? (record as Case) : undefined;
    });
    now = new Date('2026-12-02T00:30:02Z'); // 08:30:02 the next morning
    expect((await app.running.digest.runDue()).kind).toBe('posted');

    // The one message not from the outbox: the listener's own answer to the request, sent as it is handled.
    const [answer, ...others] = app.slack.callsOf('chat.postMessage').filter((post) => !metadataOf(post));
    expect(others).toEqual([]);
    expect(answer?.args).toMatchObject({ channel: 'U_STAFF', text: expect.stringMatching(/^Sent to the approvers/) });
    const posts = app.slack.callsOf('chat.postMessage').filter((post) => post !== answer);
    const where = (call: RecordedCall) =>
      call.args.channel === 'C0DIGEST'
        ? 'digest'
        : call.args.thread_ts
          ? 'thread'
          : call.args.channel === REVIEW_CHANNEL
            ? 'review'
            : 'dm';
    expect(new Set(posts.map(where))).toEqual(new Set(['review', 'thread', 'dm', 'digest']));
    for (const post of posts) {
      expect(metadataOf(post)?.event_type, `${where(post)} ${String(post.args.channel)}`).toBe(POST_EVENT_TYPE);
    }
    const jobs = posts.filter((post) => where(post) !== 'digest').map((post) => metadataOf(post)?.event_payload);
    expect(new Set(jobs.map((payload) => payload?.case_id))).toEqual(new Set([filed.id]));
    expect(jobs.map((payload) => payload?.job_id)).toEqual(
      expect.arrayContaining([
        `staff-analysis:${filed.id}`,
        `review-post:${filed.id}`,
        expect.stringMatching(new RegExp(`^review-update:${filed.id}:`)),
        expect.stringMatching(new RegExp(`^approval-post:${filed.id}:\\d+:thread$`)),
        expect.stringMatching(new RegExp(`^approval-post:${filed.id}:\\d+:UMANAGER01$`)),
      ]),
    );
    expect(asked.approvalMessages?.length).toBeGreaterThanOrEqual(3);
    const digest = posts.filter((post) => where(post) === 'digest').map((post) => metadataOf(post)?.event_payload);
    expect(digest[0]).toEqual({
      case_id: 'digest:2026-12-02T00:30:00.000Z',
      job_id: 'digest:2026-12-02T00:30:00.000Z:0',
      post: 0,
    });
  });
});
