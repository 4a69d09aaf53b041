import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
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
import { findPostgresBin, startOwnPostgres } from '../helpers/own-postgres.ts';
import { closedPort } from '../helpers/run-bot.ts';
import { interactionBody, postToSlackEndpoint } from '../helpers/signed-request.ts';
import { quietLogger, REVIEW_CHANNEL, SIGNING_SECRET } from '../helpers/test-app.ts';

// Issue 14, "A store that fails loudly": Redis or PostgreSQL going away while the bot runs and coming back.
// Nothing crashes; /healthz answers 503 with the reason while the store is away; the log says so once, and
// once more when it is back; staff filing a complaint meanwhile keep it in the open form with a message;
// the post waiting in the outbox goes out as soon as the store answers again, and every post goes out once
// (nothing can be queued while the store is away: the outbox lives in it, and filing is refused). Both
// servers are the test's own, really stopped and started again on their port with their data: a
// redis-server (its append-only file keeps what it held) and a PostgreSQL cluster made by initdb (stopped
// with pg_ctl's immediate mode, so it recovers from its log as after a crash). Stopping the real server
// covers what cutting a proxy in front of the shared one did (every connection dropped, new ones refused,
// then accepted again) and adds the server's own goodbye to its clients and its restart, so the proxy
// variant is gone.

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
 * The outage, the same for every engine: a complaint filed while Slack rate-limits its review post for a
 * minute (so the post waits in the outbox, due after the test is over), the store taken away, a complaint
 * refused in the form, the store back, and the waiting post sent at once and only once.
 */
async function sitOutAnOutage(
  app: OutageApp,
  store: { stop(): Promise<void>; start(): Promise<void> },
  engine: RegExp,
) {
  const toReview = (args: Record<string, unknown>) => args.channel === REVIEW_CHANNEL;
  app.slack.fail('chat.postMessage', 429, 1, 60, toReview);
  expect((await app.submit('VOUTAGE1', 'Bracelet snapped before the outage')).status).toBe(200);
  const filed = await until(
    () => app.findCase((item) => item.complaint.narrative === 'Bracelet snapped before the outage'),
    'the first case',
  );
  // Its try over and its retry stored before the store goes: a try the outage broke off would hold its
  // lease for LEASE_MS, which is another story (and a slower one).
  await until(async () => {
    const waiting = await app.stores.outbox.due(new Date(8.64e15), 10);
    return waiting.some((job) => job.id === `review-post:${filed.id}` && job.attempts === 1) ? true : undefined;
  }, 'the review post waiting for its retry');

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

  await store.start();
  await until(async () => ((await app.health()).status === 200 ? true : undefined), '/healthz 200 again');
  // The post waiting since before the outage goes out now, not at its retry a minute on.
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
  const later = await until(
    () =>
      app.findCase(
        (item) => item.complaint.narrative === 'Watch strap broke after the outage' && item.reviewPost !== null,
      ),
    'a case after, in the review channel',
  );
  // Once the outbox is empty, every post is in Slack once: the waiting one was not sent again by a second
  // round (the store's return, the timer, its backoff) or by a try the outage broke off.
  await until(
    async () => ((await app.stores.outbox.due(new Date(8.64e15), 100)).length === 0 ? true : undefined),
    'an empty outbox',
  );
  const jobs = app.slack.messages.map((message) => message.metadata?.event_payload.job_id);
  expect(jobs.sort()).toEqual(
    [
      `staff-analysis:${filed.id}`,
      `review-post:${filed.id}`,
      `staff-analysis:${later.id}`,
      `review-post:${later.id}`,
    ].sort(),
  );
}

/**
 * A describe that needs a server's binaries: skipped on a machine without them, as the store tests are
 * without their URLs, but failing in CI (CI=true), where .ci/services.sh installs them.
 */
function describeWithServer(title: string, available: boolean, missing: string, body: () => void): void {
  if (available) {
    describe(title, body);
  } else if (process.env.CI === 'true') {
    describe(title, () => {
      it('when CI=true, then the server binaries are installed (.ci/services.sh installs them)', () => {
        expect.fail(`${missing}: CI must run the store outage tests; run .ci/services.sh first`);
      });
    });
  } else {
    describe.skip(`${title} (${missing})`, () => {
      it('is skipped', () => undefined);
    });
  }
}

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

describeWithServer('a Redis store that goes away and comes back', hasRedisServer, 'redis-server is not on PATH', () => {
  it('when the server stops and starts again, then no crash, /healthz 503 with the reason meanwhile, the form keeps the complaint, and the queued post goes out once when it is back', async () => {
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

const postgresBin = findPostgresBin();

describeWithServer(
  'a PostgreSQL store that goes away and comes back',
  postgresBin !== undefined,
  'no PostgreSQL server binaries under /usr/lib/postgresql/*/bin or on PATH',
  () => {
    // initdb, two starts and a stop come on top of the outage itself.
    it('when the server stops and starts again, then no crash, /healthz 503 with the reason meanwhile, the form keeps the complaint, and the queued post goes out once when it is back', {
      timeout: 60_000,
    }, async () => {
      const postgres = await startOwnPostgres(postgresBin ?? '');
      cleanups.push(() => postgres.destroy());
      const app = await startApp(postgres.url);
      await sitOutAnOutage(app, postgres, /^the PostgreSQL store does not answer: /);
    });
  },
);
