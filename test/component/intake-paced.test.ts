import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIdFor } from '../../src/complaints/file-complaint.ts';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 13: the filing that follows a form's acknowledgement waits, step by step, while other requests await
// theirs. Forms submitted while a request is in flight are all filed and posted once that one is answered,
// each exactly once, and a post Slack refuses for one of them holds up none of the others.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

/** A request to the events endpoint whose body has not all arrived: it awaits its answer until `finish`. */
async function requestInFlight(url: string): Promise<{ finish: () => Promise<void> }> {
  const { hostname, port } = new URL(url);
  const socket: Socket = connect(Number(port), hostname);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const body = 'payload=%7B%7D';
  socket.write(
    `POST /slack/events HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 4)}`,
  );
  return {
    finish: async () => {
      const answered = new Promise<string>((resolve) => socket.once('data', (chunk) => resolve(chunk.toString())));
      socket.write(body.slice(4));
      // Unsigned, so it is refused: what matters is that it was answered.
      expect(await answered).toMatch(/^HTTP\/1\.1 401/);
      socket.destroy();
    },
  };
}

const jobOf = (call: RecordedCall) =>
  (call.args.metadata as { event_payload?: { job_id?: string } } | undefined)?.event_payload?.job_id;
const reviewPostsOf = (caseId: string) =>
  app.slack
    .callsOf('chat.postMessage')
    .filter((call) => call.args.channel === REVIEW_CHANNEL && jobOf(call) === `review-post:${caseId}`);

describe('complaint forms submitted while another request awaits its acknowledgement', () => {
  it('when that request is answered, then every form is filed and posted exactly once, and one refused post stops none of the others', async () => {
    app.slack.refuse(
      'chat.postMessage',
      'channel_not_found',
      (args) => args.channel === REVIEW_CHANNEL && JSON.stringify(args).includes('refused by Slack'),
    );
    const inFlight = await requestInFlight(app.url);
    const narratives = Array.from({ length: 6 }, (_, index) =>
      index === 2 ? 'the chain snapped (refused by Slack)' : `the chain snapped, form ${index}`,
    );
    const answers = await Promise.all(
      narratives.map((narrative, index) =>
        app.interact(complaintForm(narrative, 'fix it', { viewId: `V_PACED${index}` })),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(narratives.map(() => 200));
    await inFlight.finish();

    const ids = narratives.map((_, index) => caseIdFor(`V_PACED${index}`));
    const posted = ids.filter((_, index) => index !== 2);
    await expect
      .poll(
        async () =>
          (await Promise.all(posted.map((id) => app.stores.cases.get(id)))).every((found) => found?.reviewPost),
        {
          timeout: 15_000,
          interval: 50,
        },
      )
      .toBe(true);
    // Every filing is over once nothing is held any more: the refused one too.
    await expect
      .poll(async () => (await app.stores.intake.heldBefore(new Date(8.64e15), 10)).length, {
        timeout: 15_000,
        interval: 50,
      })
      .toBe(0);
    for (const id of posted) expect(reviewPostsOf(id)).toHaveLength(1);
    const refused = await app.stores.cases.get(ids[2] ?? '');
    expect(refused?.complaint.narrative).toBe('the chain snapped (refused by Slack)');
    expect(refused?.reviewPost).toBeFalsy();
  });
});
