import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLBACK } from '../../src/blocks/ids.ts';
import { type BotProcess, startBotProcess } from '../helpers/bot-process.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { startFakeSocketMode } from '../helpers/fake-socket-mode.ts';
import { httpBotEnv } from '../helpers/run-bot.ts';
import { postToSlackEndpoint, slashCommandBody } from '../helpers/signed-request.ts';
import { SIGNING_SECRET } from '../helpers/test-app.ts';

let slack: FakeSlackApi;
let dir: string;
beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-bodies-'));
});
afterAll(async () => {
  await slack?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The slash command's fields as Socket Mode carries them (the payload of a slash_commands envelope). */
function commandPayload(trigger: string) {
  return Object.fromEntries(new URLSearchParams(slashCommandBody({ text: 'the strap broke', triggerId: trigger })));
}

describe('a bot started with npm start, sent bodies no Slack request has', () => {
  it('when HTTP mode gets a signed null body, as JSON and as a form, then it answers 400, keeps running and serves the next /complaint', async () => {
    const bot: BotProcess = await startBotProcess(httpBotEnv(slack.url, dir));
    try {
      const url = `http://127.0.0.1:${bot.port}/slack/events`;
      const form = 'application/x-www-form-urlencoded';
      for (const [body, type] of [
        ['null', 'application/json'],
        ['payload=null', form],
        [`payload=${encodeURIComponent('{"type":"view_submission","view":"x","user":{"id":"U1"}}')}`, form],
      ] as const) {
        expect((await postToSlackEndpoint(url, SIGNING_SECRET, body, type)).status).toBe(400);
      }
      const good = slashCommandBody({ text: 'the strap broke', triggerId: 'trigger-process-http' });
      expect((await postToSlackEndpoint(url, SIGNING_SECRET, good, form)).status).toBe(200);
      await slack.waitFor('views.open', (call) => call.args.trigger_id === 'trigger-process-http');
      expect(bot.running()).toBe(true);
    } finally {
      // 0 only for a bot that was still running when told to stop: one that died of a body exits 1.
      expect(await bot.stop()).toBe(0);
    }
    expect(bot.output()).not.toContain('unexpected error');
    expect(bot.output().match(/refused a request to \/slack\/events \(400\)/g)).toHaveLength(3);
  });

  it('when Socket Mode gets messages whose envelope or payload is null or garbage, then it logs and drops each, keeps running and serves the next /complaint', async () => {
    const socketMode = await startFakeSocketMode(slack);
    const bot = await startBotProcess(httpBotEnv(slack.url, dir, { SLACK_APP_TOKEN: 'xapp-1-A1-test' }));
    const garbage = [
      'null',
      '[]',
      '"x"',
      '{"type":"events_api","envelope_id":"e-null","payload":null}',
      '{"type":"events_api","envelope_id":"e-no-event","payload":{"type":"event_callback"}}',
      '{"type":"events_api","envelope_id":"e-event-null","payload":{"type":"event_callback","event":null}}',
      '{"type":"slash_commands","envelope_id":"e-command-null","payload":null}',
      '{"type":"slash_commands","envelope_id":"e-command-no-text","payload":{"command":"/complaint"}}',
      '{"type":"interactive","envelope_id":"e-view-string","payload":{"type":"view_submission","view":"x","user":{"id":"U1"}}}',
      '{"type":"interactive","envelope_id":"e-actions-null","payload":{"type":"block_actions","actions":null,"user":{"id":"U1"}}}',
    ];
    try {
      const socket = await socketMode.connected;
      for (const message of garbage) socket.send(message);
      socket.send(
        JSON.stringify({
          envelope_id: 'e-good',
          type: 'slash_commands',
          accepts_response_payload: true,
          payload: commandPayload('trigger-process-socket'),
        }),
      );
      const open = await slack.waitFor('views.open', (call) => call.args.trigger_id === 'trigger-process-socket');
      expect(open.args.view).toMatchObject({ callback_id: CALLBACK.complaintForm });
      expect(bot.running()).toBe(true);
    } finally {
      expect(await bot.stop()).toBe(0);
      socketMode.close();
    }
    expect(socketMode.acks).toContain('e-good');
    // A dropped envelope is not acknowledged, as a refused HTTP request is not.
    expect(socketMode.acks.filter((id) => id !== 'e-good')).toEqual([]);
    expect(bot.output().match(/dropped a Socket Mode message/g)).toHaveLength(garbage.length);
    expect(bot.output()).not.toContain('unexpected error');
  });
});
