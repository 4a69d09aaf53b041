import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { FakeSlackApi } from './fake-slack-api.ts';

/** A stand-in for Slack's Socket Mode WebSocket server on loopback, handed out by a fake Slack API. */
export interface FakeSocketMode {
  /** The bot's socket, once it connected and was greeted with `hello`. */
  connected: Promise<WebSocket>;
  /** Every socket the bot opened and was greeted on, the latest last (it reconnects on a new one). */
  sockets: WebSocket[];
  /** The envelope ids the bot acknowledged, in order. */
  acks: string[];
  close(): void;
}

/** Starts the server and makes `slack` hand its URL out from apps.connections.open. */
export async function startFakeSocketMode(slack: FakeSlackApi): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  slack.socketUrl = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const acks: string[] = [];
  const sockets: WebSocket[] = [];
  const connected = new Promise<WebSocket>((resolve) => {
    server.on('connection', (ws) => {
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id?: string };
        if (message.envelope_id) acks.push(message.envelope_id);
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
      sockets.push(ws);
      resolve(ws);
    });
  });
  return { connected, sockets, acks, close: () => server.close() };
}
