import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLBACK } from '../../src/blocks/ids.ts';
import { startBotProcess } from '../helpers/bot-process.ts';
import { type CuttableLink, startCuttableLink } from '../helpers/cuttable-link.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { type FakeSocketMode, startFakeSocketMode } from '../helpers/fake-socket-mode.ts';
import { closedPort, httpBotEnv } from '../helpers/run-bot.ts';
import { slashCommandBody } from '../helpers/signed-request.ts';

// Issue 14: in Socket Mode, Slack out of reach while the bot reconnects (its Web API and its socket gone,
// as in a network outage) once ended the bot on an unhandled rejection from the Socket Mode client. Now the
// bot keeps trying, says so on /healthz and in its log, and comes back when Slack does.

let slack: FakeSlackApi;
let socketMode: FakeSocketMode;
let api: CuttableLink;
let socket: CuttableLink;
let dir: string;

beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  socketMode = await startFakeSocketMode(slack);
  // The bot reaches both through links a test can cut and restore on the same ports.
  api = await startCuttableLink(Number(new URL(slack.url).port));
  socket = await startCuttableLink(Number(new URL(slack.socketUrl).port));
  slack.socketUrl = `ws://127.0.0.1:${socket.port}/`;
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-reconnect-'));
});

afterAll(async () => {
  await api?.cut();
  await socket?.cut();
  socketMode?.close();
  await slack?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function health(port: number): Promise<{ status: number; body: { ok: boolean; reason?: string } }> {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: response.status, body: (await response.json()) as { ok: boolean; reason?: string } };
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 40_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a Socket Mode bot started with npm start, when Slack becomes unreachable', () => {
  it('when Slack is out of reach for a while, then the bot keeps running with /healthz 503 and a reason, and serves /complaint again once Slack is back', async () => {
    const healthPort = await closedPort();
    const url = `http://127.0.0.1:${api.port}/api/`;
    const bot = await startBotProcess(
      httpBotEnv(url, dir, { SLACK_APP_TOKEN: 'xapp-1-A1-test', HEALTH_PORT: String(healthPort) }),
    );
    try {
      expect(await health(healthPort)).toEqual({ status: 200, body: { ok: true } });

      await api.cut();
      await socket.cut();
      const cutAt = Date.now();
      // Unhealthy as soon as the socket is gone, with why.
      await until(async () => (await health(healthPort)).status === 503);
      // Past the five seconds after which the Socket Mode client's own retry once ended the bot, and several
      // tries in, each failing on a refused connection.
      const failedTries = () => bot.output().match(/Socket Mode: could not reconnect/g)?.length ?? 0;
      await until(() => failedTries() >= 3 && Date.now() - cutAt > 6_000);
      expect(bot.running()).toBe(true);
      const down = await health(healthPort);
      expect(down.status).toBe(503);
      expect(down.body.ok).toBe(false);
      expect(down.body.reason).toMatch(
        new RegExp(
          `^no Socket Mode connection to Slack: reconnecting \\(last try: cannot reach Slack at ${url.replace(/[.?]/g, '\\$&')} \\(ECONNREFUSED\\)`,
        ),
      );

      const before = socketMode.sockets.length;
      await api.restore();
      await socket.restore();
      await until(async () => (await health(healthPort)).status === 200);
      expect(socketMode.sockets.length).toBe(before + 1);
      socketMode.sockets.at(-1)?.send(
        JSON.stringify({
          envelope_id: 'e-after-outage',
          type: 'slash_commands',
          accepts_response_payload: true,
          payload: Object.fromEntries(
            new URLSearchParams(slashCommandBody({ text: 'the strap broke', triggerId: 'trigger-after-outage' })),
          ),
        }),
      );
      const open = await slack.waitFor('views.open', (call) => call.args.trigger_id === 'trigger-after-outage');
      expect(open.args.view).toMatchObject({ callback_id: CALLBACK.complaintForm });
    } finally {
      // 0 only for a bot that was still running when told to stop.
      expect(await bot.stop()).toBe(0);
    }
    const output = bot.output();
    expect(output).not.toContain('unexpected error');
    expect(output).toContain('Socket Mode: lost the connection to Slack');
    expect(output).toMatch(/Socket Mode: reconnecting to Slack \(try 1\)/);
    expect(output).toMatch(/Socket Mode: connected to Slack again after \d+ s \(\d+ tries\)/);
    // The library's own lines about it are at debug, below LOG_LEVEL's default.
    expect(output).not.toContain('WebSocket error');
    expect(output).not.toContain('Failed to retrieve a new WSS URL');
  }, 90_000);
});
