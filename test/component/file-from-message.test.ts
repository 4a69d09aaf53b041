import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SHORTCUT } from '../../src/blocks/ids.ts';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { REPO_ROOT } from '../helpers/run-cli.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 15, through the real entry points: "File as a complaint" on any message opens the complaint form
// with the message as what happened, and the case's review post links back to the message; the global
// shortcut opens the empty form.

let app: TestApp;
let counter = 0;
const json = (call: RecordedCall) => JSON.stringify(call.args);

/** A message shortcut as Slack sends it, on message `ts` in `channel`. */
function messageShortcut(text: string, channel: string, ts: string, user = 'U_STAFF') {
  return {
    type: 'message_action',
    callback_id: SHORTCUT.fileMessage,
    trigger_id: `trigger-shortcut-${++counter}`,
    action_ts: '1700000000.000900',
    team: { id: 'T1', domain: 'test' },
    user: { id: user, username: 'staff', team_id: 'T1', name: 'staff' },
    channel: { id: channel, name: 'store-chat' },
    message: { type: 'message', user: 'U_COLLEAGUE', ts, text },
    message_ts: ts,
    response_url: 'https://hooks.slack.com/actions/T1/1/x',
    token: 'legacy',
    api_app_id: 'A1',
  };
}

function narrativeInitial(call: RecordedCall): unknown {
  const view = call.args.view as { blocks: { block_id: string; element: { initial_value?: string } }[] };
  return view.blocks.find((block) => block.block_id === 'narrative')?.element.initial_value;
}

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('filing a complaint from a Slack message', () => {
  it('when staff use "File as a complaint" on a message, then the form opens with it and the case links back to it', async () => {
    const text = 'Customer e-mail: the clasp of my bracelet broke two days after I bought it. Call me on 13812345678.';
    await app.interact(messageShortcut(text, 'C0STORECHAT', '1700000123.000200'));
    const opened = await app.slack.waitFor('views.open', (call) => json(call).includes('clasp of my bracelet'));
    expect(narrativeInitial(opened)).toBe(text);
    const view = opened.args.view as { private_metadata: string };

    const narrative = 'The clasp of her bracelet broke two days after she bought it.';
    const submit = complaintForm(narrative, 'It broke!', { viewId: 'VFROMMESSAGE' });
    submit.view.private_metadata = view.private_metadata;
    await app.interact(submit);
    const record = await app.waitForCase((item) => item.complaint.narrative === narrative);
    expect(record.complaint.source).toEqual({
      channel: 'C0STORECHAT',
      ts: '1700000123.000200',
      link: 'https://example.slack.com/archives/C0STORECHAT/p1700000123000200',
    });
    const review = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === REVIEW_CHANNEL && json(call).includes(record.id),
    );
    expect(json(review)).toContain('<https://example.slack.com/archives/C0STORECHAT/p1700000123000200|');
  });

  it('when the form’s metadata names no message (or was tampered with), then the case files without a source', async () => {
    const narrative = 'A bangle came apart at the hinge.';
    const submit = complaintForm(narrative, '', { viewId: 'VNOSOURCE' });
    submit.view.private_metadata = JSON.stringify({ channel: 'C1', source: { channel: '<!channel>', ts: 'x' } });
    await app.interact(submit);
    const record = await app.waitForCase((item) => item.complaint.narrative === narrative);
    expect(record.complaint.source).toBeUndefined();
  });

  it('when the global shortcut is used, then the empty complaint form opens', async () => {
    const before = app.slack.callsOf('views.open').length;
    await app.interact({
      type: 'shortcut',
      callback_id: SHORTCUT.fileComplaint,
      trigger_id: `trigger-global-${++counter}`,
      action_ts: '1700000000.000901',
      team: { id: 'T1', domain: 'test' },
      user: { id: 'U_STAFF', username: 'staff', team_id: 'T1' },
      token: 'legacy',
      api_app_id: 'A1',
    });
    const opened = await app.slack.waitFor('views.open', () => app.slack.callsOf('views.open').length > before);
    expect(json(opened)).toContain('"block_id":"narrative"');
    expect(narrativeInitial(app.slack.callsOf('views.open').at(-1) as RecordedCall)).toBeUndefined();
  });

  it('when the app is set up from manifest.yml, then both shortcuts are declared with the ids the bot listens to', async () => {
    const manifest = parseYaml(await readFile(join(REPO_ROOT, 'manifest.yml'), 'utf8')) as {
      features: { shortcuts: { type: string; callback_id: string }[] };
    };
    expect(manifest.features.shortcuts.map(({ type, callback_id }) => [type, callback_id])).toEqual([
      ['message', SHORTCUT.fileMessage],
      ['global', SHORTCUT.fileComplaint],
    ]);
  });
});
