import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { CALLBACK } from '../../src/blocks/ids.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { type FakeSocketMode, startFakeSocketMode } from '../helpers/fake-socket-mode.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let slack: FakeSlackApi;
let socketMode: FakeSocketMode;
let socket: WebSocket;
let app: TestApp;

beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  socketMode = await startFakeSocketMode(slack);
  app = await startTestApp({ slack, env: { SLACK_APP_TOKEN: 'xapp-1-A1-test' } });
  socket = await socketMode.connected;
});

afterAll(async () => {
  await app?.stop({ keepStore: false });
  socketMode?.close();
  await slack?.stop();
});

describe('Socket Mode', () => {
  it('when SLACK_APP_TOKEN is set, then the bot connects through SLACK_API_URL and serves /complaint over the socket', async () => {
    expect(slack.callsOf('apps.connections.open')[0]?.token).toBe('xapp-1-A1-test');
    socket.send(
      JSON.stringify({
        envelope_id: 'env-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: {
          token: 'legacy',
          team_id: 'T1',
          team_domain: 'test',
          channel_id: 'C_STORE',
          channel_name: 'store',
          user_id: 'U_STAFF',
          user_name: 'staff',
          command: '/complaint',
          text: 'the strap broke',
          api_app_id: 'A1',
          response_url: 'http://127.0.0.1:9/response',
          trigger_id: 'trigger-socket',
        },
      }),
    );
    const open = await slack.waitFor('views.open', (call) => call.args.trigger_id === 'trigger-socket');
    expect(open.args.view).toMatchObject({ callback_id: CALLBACK.complaintForm });
    expect(socketMode.acks).toContain('env-1');
  });
});
