import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { CALLBACK } from '../../src/blocks/ids.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let slack: FakeSlackApi;
let server: WebSocketServer;
let socket: WebSocket;
let app: TestApp;
const acks: string[] = [];

beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  slack.socketUrl = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const connected = new Promise<WebSocket>((resolve) => {
    server.on('connection', (ws) => {
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id?: string };
        if (message.envelope_id) acks.push(message.envelope_id);
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
      resolve(ws);
    });
  });
  app = await startTestApp({ slack, env: { SLACK_APP_TOKEN: 'xapp-1-A1-test' } });
  socket = await connected;
});

afterAll(async () => {
  await app?.stop({ keepStore: false });
  server?.close();
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
    expect(acks).toContain('env-1');
  });
});
