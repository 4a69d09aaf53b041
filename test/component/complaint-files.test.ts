import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHORTCUT } from '../../src/blocks/ids.ts';
import { caseIdFor } from '../../src/complaints/file-complaint.ts';
import { complaintForm, filesAttached, slackFile } from '../helpers/complaint-payloads.ts';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 15, "Photos and receipts", through the real entry points: a signed view_submission whose file input
// holds photos and a receipt files a case that keeps them as Slack links, and the owner's DM and the review
// thread link them; a file that is no photo or PDF comes back inline and nothing is stored.

let app: TestApp;
const json = (call: RecordedCall) => JSON.stringify(call.args);

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

const PHOTO = slackFile('F0STRAP01', 'strap <!channel>.jpg', 'image/jpeg');
const RECEIPT = slackFile('F0RECEIPT1', 'receipt.pdf', 'application/pdf');

describe('photos and receipts on the complaint form', () => {
  it('when staff attach a photo and a receipt, then the case keeps their links, and the DM and the review thread link them', async () => {
    const narrative = 'The watch strap snapped on the second day; photo and receipt attached.';
    const response = await app.interact(
      complaintForm(narrative, 'It just fell off my wrist!', {
        viewId: 'VFILES01',
        extra: filesAttached([PHOTO, RECEIPT]),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.text).toBe('');

    const record = await app.waitForCase((item) => item.complaint.narrative === narrative);
    expect(
      record.complaint.files?.map((file) => [file.id, file.name, file.mimetype, file.size, file.permalink]),
    ).toEqual([
      [PHOTO.id, PHOTO.name, 'image/jpeg', PHOTO.size, PHOTO.permalink],
      [RECEIPT.id, RECEIPT.name, 'application/pdf', RECEIPT.size, RECEIPT.permalink],
    ]);
    // Only what the case needs: Slack's private download URLs are never kept.
    expect(JSON.stringify(record)).not.toContain('files-pri');

    const dm = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && json(call).includes(record.id),
    );
    expect(json(dm)).toContain(`<${RECEIPT.permalink}|receipt.pdf>`);
    // The name is escaped: a file called "<!channel>" pings nobody.
    expect(json(dm)).toContain(`<${PHOTO.permalink}|strap &lt;!channel&gt;.jpg>`);

    const thread = await app.slack.waitFor(
      'chat.postMessage',
      (call) =>
        call.args.channel === REVIEW_CHANNEL &&
        call.args.thread_ts !== undefined &&
        json(call).includes(RECEIPT.permalink),
    );
    const posted = await app.waitForCase((item) => item.id === record.id && item.reviewPost !== null);
    expect(thread.args.thread_ts).toBe(posted.reviewPost?.ts);
    expect(json(thread)).toContain(`<${PHOTO.permalink}|strap &lt;!channel&gt;.jpg>`);
    expect(json(thread)).not.toContain('<!channel>');
    expect(thread.args).toMatchObject({ unfurl_links: 'false', unfurl_media: 'false' });
    // Links only: nothing is uploaded or shared again.
    expect(app.slack.calls.filter((call) => /^files\./.test(call.method))).toEqual([]);
  });

  it('when Slack retries the submission, then the thread lists the files once', async () => {
    const narrative = 'A pendant chain broke; photo of the clasp attached.';
    const clasp = slackFile('F0CLASP01', 'clasp.jpg', 'image/jpeg');
    const submission = complaintForm(narrative, '', { viewId: 'VFILESRETRY', extra: filesAttached([clasp]) });
    expect((await app.interact(submission)).status).toBe(200);
    const filed = await app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
    const listed = () =>
      app.slack
        .callsOf('chat.postMessage')
        .filter((call) => call.args.thread_ts !== undefined && json(call).includes(clasp.permalink));
    await app.slack.waitFor('chat.postMessage', (call) => listed().includes(call));

    const since = app.slack.calls.length;
    expect((await app.interact(submission, { retryNum: 1 })).status).toBe(200);
    // The retry has run once it re-renders the review post and leaves nothing of the case queued.
    await app.slack.waitFor(
      'chat.update',
      (call) => app.slack.calls.indexOf(call) >= since && call.args.ts === filed.reviewPost?.ts,
    );
    for (let tries = 0; tries < 250; tries++) {
      const queued = await app.stores.outbox.due(new Date(8.64e15), 50);
      if (!queued.some((job) => job.caseId === filed.id)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(listed()).toHaveLength(1);
  });

  it('when a file is not a photo or a PDF, then the form says so under the file input and nothing is stored', async () => {
    const script = slackFile('F0SCRIPT1', 'receipt.exe', 'application/x-msdownload', { filetype: 'binary' });
    const viewId = 'VFILESBAD';
    const response = await app.interact(
      complaintForm('A strap snapped.', '', { viewId, extra: filesAttached([PHOTO, script]) }),
    );
    expect(response.status).toBe(200);
    expect(response.json).toEqual({
      response_action: 'errors',
      errors: { files: expect.stringContaining('“receipt.exe” is not a photo or a PDF') },
    });
    expect(await app.stores.cases.get(caseIdFor(viewId))).toBeUndefined();
    expect(await app.stores.intake.heldBefore(new Date(Date.now() + 3_600_000), 10)).toEqual([]);
  });

  it('when a message with photos is filed as a complaint, then the case keeps the message’s file links and the thread shows them', async () => {
    const photo = slackFile('F0MSGPHOTO', 'scratch.png', 'image/png');
    await app.interact({
      type: 'message_action',
      callback_id: SHORTCUT.fileMessage,
      trigger_id: 'trigger-files-shortcut',
      action_ts: '1700000000.000900',
      team: { id: 'T1', domain: 'test' },
      user: { id: 'U_STAFF', username: 'staff', team_id: 'T1', name: 'staff' },
      channel: { id: 'C0STORECHAT', name: 'store-chat' },
      message: {
        type: 'message',
        user: 'U_COLLEAGUE',
        ts: '1700000555.000100',
        text: 'Customer sent this',
        files: [photo],
      },
      message_ts: '1700000555.000100',
      response_url: 'https://hooks.slack.com/actions/T1/1/x',
      token: 'legacy',
      api_app_id: 'A1',
    });
    const opened = await app.slack.waitFor('views.open', (call) => json(call).includes('Customer sent this'));
    const submit = complaintForm('A customer sent a photo of a scratched ring.', '', { viewId: 'VFILESMSG' });
    submit.view.private_metadata = (opened.args.view as { private_metadata: string }).private_metadata;
    await app.interact(submit);

    const record = await app.waitForCase((item) => item.complaint.narrative.startsWith('A customer sent a photo'));
    expect(record.complaint.source?.files?.map((file) => file.permalink)).toEqual([photo.permalink]);
    expect(record.complaint.files).toBeUndefined();
    const thread = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.thread_ts !== undefined && json(call).includes(photo.permalink),
    );
    expect(json(thread)).toContain('Files of the message it was filed from');
  });
});

/** An app whose token Slack says has `scopes`, as `npm start` would meet it; stopped after `use`. */
async function withScopes(scopes: string[], use: (scoped: TestApp) => Promise<void>): Promise<void> {
  const slack = new FakeSlackApi();
  slack.oauthScopes = scopes;
  await slack.start();
  const scoped = await startTestApp({ slack });
  try {
    await use(scoped);
  } finally {
    await scoped.stop({ keepStore: false });
    await slack.stop();
  }
}

describe('an app installed before the form took files', () => {
  it('when Slack says the token lacks files:read, then the form opens without the file input and the start-up log says what to do', async () => {
    await withScopes(['commands', 'chat:write', 'users:read', 'files:write'], async (old) => {
      expect(old.logger.lines.join('\n')).toContain('lacks the files:read scope');
      await old.command('');
      const opened = await old.slack.waitFor('views.open');
      const ids = (opened.args.view as { blocks: { block_id?: string }[] }).blocks.map((block) => block.block_id);
      expect(ids).toContain('narrative');
      expect(ids).not.toContain('files');
    });
  });

  it('when Slack says the token has files:read, then the form offers photos and receipts', async () => {
    await withScopes(['commands', 'chat:write', 'files:read', 'files:write'], async (current) => {
      expect(current.logger.lines.join('\n')).not.toContain('lacks the files:read scope');
      await current.command('');
      const opened = await current.slack.waitFor('views.open');
      expect(JSON.stringify(opened.args.view)).toContain('"type":"file_input"');
    });
  });
});
