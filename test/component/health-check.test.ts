import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { createRulesAnalyser } from '../../src/analysis/rules-analyser.ts';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { SlackStartError } from '../../src/errors.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { closedPort } from '../helpers/run-bot.ts';
import { quietLogger, startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 12: Socket Mode has no HTTP server of its own, so HEALTH_PORT serves GET /healthz for a process
// manager. It is honest: 503 while the bot starts, 200 once it is connected and ready, 503 again while
// the socket is down and Socket Mode reconnects, 200 when it is back.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function health(port: number, path = '/healthz'): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, body: await response.json() };
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A Socket Mode server on loopback that says hello only when told to. */
async function startSocketServer(slack: FakeSlackApi) {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  slack.socketUrl = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const sockets: WebSocket[] = [];
  server.on('connection', (ws) => sockets.push(ws));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const hello = (ws: WebSocket) =>
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
  return { sockets, hello };
}

describe('the health check on HEALTH_PORT in Socket Mode', () => {
  it('when the bot starts, connects, loses its socket and reconnects, then /healthz answers 503, 200, 503, 200', async () => {
    const slack = await new FakeSlackApi().start();
    cleanups.push(() => slack.stop());
    const socket = await startSocketServer(slack);
    const healthPort = await closedPort();
    const starting = startTestApp({
      slack,
      env: { SLACK_APP_TOKEN: 'xapp-1-A1-test', HEALTH_PORT: String(healthPort) },
    });
    let app: TestApp | undefined;
    cleanups.push(async () => {
      await (app ?? (await starting.catch(() => undefined)))?.stop({ keepStore: false });
    });

    // Connected, but no hello yet: not ready, and nothing claims it is running.
    await until(async () => socket.sockets.length === 1);
    expect(await health(healthPort)).toEqual({ status: 503, body: { ok: false } });

    const [first] = socket.sockets;
    if (first) socket.hello(first);
    app = await starting;
    expect(app.running.healthPort()).toBe(healthPort);
    expect(await health(healthPort)).toEqual({ status: 200, body: { ok: true } });
    expect((await fetch(`http://127.0.0.1:${healthPort}/other`)).status).toBe(404);

    // Slack drops the socket: not ready, and saying why, from the moment it closes until the bot has reconnected.
    first?.terminate();
    await until(async () => (await health(healthPort)).status === 503);
    expect(await health(healthPort)).toEqual({
      status: 503,
      body: { ok: false, reason: 'no Socket Mode connection to Slack: reconnecting' },
    });
    await until(async () => socket.sockets.length === 2);
    const second = socket.sockets[1];
    if (second) socket.hello(second);
    await until(async () => (await health(healthPort)).status === 200);

    // Slack asks for the socket to be replaced, as it does every few hours: said so, not as a loss.
    second?.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
    await until(async () => socket.sockets.length === 3);
    const third = socket.sockets[2];
    if (third) socket.hello(third);
    await until(async () => (await health(healthPort)).status === 200);
    const said = (pattern: RegExp) => (app?.logger.lines ?? []).filter((line) => pattern.test(line));
    expect(said(/^Socket Mode: lost the connection to Slack; reconnecting$/)).toHaveLength(1);
    expect(said(/^Socket Mode: Slack asked for a new connection \(refresh_requested\); reconnecting$/)).toHaveLength(1);
    expect(said(/^Socket Mode: connected to Slack again after \d+ s \(1 try\)$/)).toHaveLength(2);
  });

  it('when the socket closes before Slack says hello while the bot starts, then it tries again and starts', async () => {
    const slack = await new FakeSlackApi().start();
    cleanups.push(() => slack.stop());
    const socket = await startSocketServer(slack);
    const starting = startTestApp({ slack, env: { SLACK_APP_TOKEN: 'xapp-1-A1-test' } });
    cleanups.push(async () => (await starting.catch(() => undefined))?.stop({ keepStore: false }));
    await until(async () => socket.sockets.length === 1);
    socket.sockets[0]?.terminate();
    await until(async () => socket.sockets.length === 2);
    const second = socket.sockets[1];
    if (second) socket.hello(second);
    await starting;
    expect(slack.callsOf('apps.connections.open')).toHaveLength(2);
  });

  it('when HEALTH_PORT is taken, then start-up fails with one line naming HEALTH_PORT', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    cleanups.push(() => new Promise<void>((resolve) => taken.close(() => resolve())));
    const port = (taken.address() as AddressInfo).port;
    await expect(startTestApp({ env: { HEALTH_PORT: String(port) } })).rejects.toThrow(
      `HEALTH_PORT ${port} is already in use by another process: stop it or choose another HEALTH_PORT`,
    );
  });
});

describe('start-up against a Slack that never answers', () => {
  it('when auth.test gets no answer before the deadline, then start fails with one line, and nothing keeps running', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => {
      silent.closeAllConnections();
      silent.close();
    });
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/api/`;
    const healthPort = await closedPort();
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'test-signing-secret-0123456789',
      SLACK_API_URL: url,
      REVIEW_CHANNEL: 'C0REVIEW',
      PORT: '0',
      HEALTH_PORT: String(healthPort),
    });
    const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-'));
    const stores = await openStores(`sqlite://${join(dir, 'cases.sqlite')}`);
    cleanups.push(async () => {
      await stores.close();
      await rm(dir, { recursive: true, force: true });
    });
    const logger = quietLogger();
    const running = createApp(config, {
      policy: await loadPolicy(DEFAULT_POLICY_PATH),
      stores,
      analyser: createRulesAnalyser(),
      clock: () => new Date(),
      logger,
      startTimeoutMs: 300,
    });
    const failure = running.start();
    await expect(failure).rejects.toThrow(SlackStartError);
    await expect(failure).rejects.toThrow(`no answer from Slack at ${url} within 0.3 s`);
    // The health server went with it, and the libraries' start-up warnings were not let out.
    await expect(fetch(`http://127.0.0.1:${healthPort}/healthz`)).rejects.toThrow();
    expect(logger.lines).toEqual([]);
  });
});
