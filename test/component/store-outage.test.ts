import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRulesAnalyser } from '../../src/analysis/rules-analyser.ts';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Case } from '../../src/domain/case.ts';
import { DEFAULT_POLICY_PATH, loadPolicy } from '../../src/policy/load-policy.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { closedPort } from '../helpers/run-bot.ts';
import { interactionBody, postToSlackEndpoint } from '../helpers/signed-request.ts';
import { quietLogger, REVIEW_CHANNEL, SIGNING_SECRET } from '../helpers/test-app.ts';

// Issue 14, "A store that fails loudly": Redis or PostgreSQL going away while the bot runs and coming back.
// Nothing crashes; /healthz answers 503 with the reason while the store is away; the log says so once, and
// once more when it is back; staff filing a complaint meanwhile keep it in the open form with a message;
// the posts that were queued go out as soon as the store answers again. Redis is a server of the test's
// own, stopped and started again on its port (with its append-only file, so it keeps what it held);
// PostgreSQL is the shared test server, reached through a loopback proxy the test cuts and restores, since
// the server itself is shared with other tests.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A redis-server of the test's own on `port`, keeping its data in `dir` (AOF) across a stop and a start. */
async function startRedis(port: number, dir: string): Promise<ChildProcess> {
  const server = spawn('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    'yes',
    '--appendfsync',
    'always',
  ]);
  let out = '';
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('Ready to accept connections')) resolve();
    });
    server.on('exit', () => reject(new Error(`redis-server exited: ${out}`)));
  });
  return server;
}

async function stopRedis(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  await exited;
}

/** A loopback TCP proxy to `target` that can be cut (every connection dropped, new ones refused) and restored. */
async function startProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const port = await closedPort();
  const open = async () => {
    server = createServer((client) => {
      const upstream = connect(target.port, target.host);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', resolve));
  };
  const cut = async () => {
    const closing = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    for (const socket of sockets) socket.destroy();
    await closing;
  };
  await open();
  return { port, cut, restore: open };
}

/** The real app in HTTP mode on `storeUrl`, under a namespace of its own, against a fake Slack. */
async function startApp(storeUrl: string) {
  const slack = await new FakeSlackApi().start();
  cleanups.push(() => slack.stop());
  const stores = await openStores(storeUrl, { namespace: `outage-${Date.now().toString(36)}`, log: () => undefined });
  const logger = quietLogger();
  const running = createApp(
    loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.url,
      REVIEW_CHANNEL,
      PORT: '0',
      STORE_URL: storeUrl,
      DIGEST_CRON: 'off',
    }),
    {
      policy: await loadPolicy(DEFAULT_POLICY_PATH),
      stores,
      analyser: createRulesAnalyser(),
      clock: () => new Date(),
      logger,
    },
  );
  const port = await running.start();
  cleanups.push(async () => {
    await running.stop();
    await stores.close().catch(() => undefined);
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    slack,
    stores,
    logger,
    submit: (viewId: string, narrative: string) =>
      postToSlackEndpoint(
        `${base}/slack/events`,
        SIGNING_SECRET,
        interactionBody(complaintForm(narrative, 'I want it sorted today', { viewId })),
        'application/x-www-form-urlencoded',
      ),
    health: async () => {
      const response = await fetch(`${base}/healthz`);
      return { status: response.status, body: (await response.json()) as { ok: boolean; reason?: string } };
    },
    /** A case of U_STAFF that satisfies `predicate`, read while the store answers. */
    findCase: async (predicate: (record: Case) => boolean) =>
      (await stores.cases.listByOwner('U_STAFF', 50)).find(predicate),
  };
}

type OutageApp = Awaited<ReturnType<typeof startApp>>;

async function until<T>(find: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let tries = 0; tries < 400; tries++) {
    const found = await find().catch(() => undefined);
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what}: not within 20 s`);
}

const NOT_SAVED =
  'Your complaint could not be saved: the case records cannot be written just now. Everything you typed is still here; press Analyse again in a moment, and tell your manager if it keeps failing.';

/**
 * The outage, the same for every engine: a complaint filed while Slack fails its review post (so the post
 * waits in the outbox), the store taken away, a complaint refused in the form, Slack and the store back,
 * and the waiting post sent.
 */
async function sitOutAnOutage(
  app: OutageApp,
  store: { stop(): Promise<void>; start(): Promise<void> },
  engine: RegExp,
) {
  const toReview = (args: Record<string, unknown>) => args.channel === REVIEW_CHANNEL;
  app.slack.refuse('chat.postMessage', 'internal_error', toReview);
  expect((await app.submit('VOUTAGE1', 'Bracelet snapped before the outage')).status).toBe(200);
  const filed = await until(
    () => app.findCase((item) => item.complaint.narrative === 'Bracelet snapped before the outage'),
    'the first case',
  );
  await until(async () => app.slack.callsOf('chat.postMessage').find((call) => toReview(call.args)), 'a review try');

  await store.stop();
  const down = await until(async () => {
    const answer = await app.health();
    return answer.status === 503 ? answer : undefined;
  }, '/healthz 503');
  expect(down.body.ok).toBe(false);
  expect(down.body.reason).toMatch(engine);

  const refused = await app.submit('VOUTAGE2', 'Ring too small, during the outage');
  expect(refused.status).toBe(200);
  expect(refused.json).toEqual({ response_action: 'errors', errors: { narrative: NOT_SAVED } });
  expect((await app.health()).status).toBe(503);
  // Once, with the first reason seen (a dropped connection, then refused ones: the same outage).
  const storeLines = () => app.logger.lines.filter((line) => line.startsWith('store:'));
  expect(storeLines()).toEqual([expect.stringMatching(new RegExp(`^store: ${engine.source.slice(1)}`))]);

  app.slack.refuse('chat.postMessage', 'internal_error', () => false);
  await store.start();
  await until(async () => ((await app.health()).status === 200 ? true : undefined), '/healthz 200 again');
  // The post waiting since before the outage goes out now, not at its backoff's next turn.
  const posted = await until(
    () => app.findCase((item) => item.id === filed.id && item.reviewPost !== null),
    'the review post after the outage',
  );
  expect(posted.reviewPost?.channel).toBe(REVIEW_CHANNEL);
  expect(storeLines()).toEqual([
    expect.stringMatching(new RegExp(`^store: ${engine.source.slice(1)}`)),
    'store: answering again; posts queued meanwhile are being sent',
  ]);
  // Still running, and filing again.
  const after = await app.submit('VOUTAGE3', 'Watch strap broke after the outage');
  expect(after.status).toBe(200);
  expect(after.json).toBeUndefined();
  await until(
    () => app.findCase((item) => item.complaint.narrative === 'Watch strap broke after the outage'),
    'a case after',
  );
}

// CI installs redis-server (.ci/services.sh); a machine without it skips, as the store tests do without their URLs.
const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

describe.skipIf(!hasRedisServer)('a Redis store that goes away and comes back', () => {
  it('when the server stops and starts again, then no crash, /healthz 503 with the reason meanwhile, the form keeps the complaint, and the queued post goes out once it is back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-redis-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const port = await closedPort();
    let redis = await startRedis(port, dir);
    cleanups.push(() => stopRedis(redis));
    const app = await startApp(`redis://127.0.0.1:${port}`);
    await sitOutAnOutage(
      app,
      {
        stop: () => stopRedis(redis),
        start: async () => {
          redis = await startRedis(port, dir);
        },
      },
      /^the Redis store does not answer: /,
    );
  });
});

const postgresUrl = process.env.TEST_POSTGRES_URL?.trim();

describe.skipIf(!postgresUrl)('a PostgreSQL store that goes away and comes back', () => {
  it('when its connections are cut and restored, then no crash, /healthz 503 with the reason meanwhile, the form keeps the complaint, and the queued post goes out once it is back', async () => {
    const url = new URL(postgresUrl ?? '');
    const proxy = await startProxy({ host: url.hostname, port: Number(url.port || 5432) });
    cleanups.push(() => proxy.cut());
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    const app = await startApp(url.toString());
    await sitOutAnOutage(app, { stop: proxy.cut, start: proxy.restore }, /^the PostgreSQL store does not answer: /);
  });
});
