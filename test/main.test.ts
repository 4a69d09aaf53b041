import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi } from './helpers/fake-slack-api.ts';
import { botEnv, closedPort, httpBotEnv, runNpmStart } from './helpers/run-bot.ts';
import { REPO_ROOT, runProcess } from './helpers/run-cli.ts';

// Issue 12, "Start and stop", through the real entry point: `npm start` as its own process, against a fake
// Slack Web API on loopback. A start that cannot work is exactly one line per cause on standard error
// (no stack trace, no ".env not found" notice, no library warnings), exit code 2, and "running" never
// appears, since the bot never ran.

let slack: FakeSlackApi;
let dir: string;

beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-start-'));
});
afterAll(async () => {
  await slack?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Settings that would start the bot in HTTP mode against the fake Slack, on a fresh SQLite store. */
function settings(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return httpBotEnv(slack.url, dir, extra);
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

/** A proxy page of the kind a corporate proxy answers every request with: HTTP 200, kilobytes of HTML. */
const PROXY_PAGE = `<!DOCTYPE html>\n<html><head><title>Proxy</title></head><body>${'<p>Please log in to the corporate proxy to continue. '.repeat(150)}</p></body></html>`;

/** A loopback server standing where Slack should be, answering every request with `status` and `body`. */
async function answerEverything(status: number, body: string, type: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/api/`, server };
}

/** Runs `npm start` against a server answering every call with `status` and `body`. */
async function startAgainst(status: number, body: string, type: string) {
  const { url, server } = await answerEverything(status, body, type);
  try {
    return { url, run: await runNpmStart(settings({ SLACK_API_URL: url })) };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('npm start when it cannot start', () => {
  it('when Slack refuses the bot token (invalid_auth), then one line names SLACK_BOT_TOKEN and where to copy it from, exit 2, never "running"', async () => {
    slack.refuse('auth.test', 'invalid_auth');
    try {
      const run = await runNpmStart(settings());
      expect(lines(run.stderr)).toEqual([
        expect.stringMatching(
          /^complaint-desk: Slack refused SLACK_BOT_TOKEN \(invalid_auth\): copy the Bot User OAuth Token .*OAuth & Permissions/,
        ),
      ]);
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).not.toMatch(/running/);
      expect(slack.callsOf('auth.test').length).toBeGreaterThan(0);
    } finally {
      slack.refuse('auth.test', 'invalid_auth', () => false);
    }
  });

  it('when Slack cannot be reached, then one line says so and names SLACK_API_URL, exit 2, never "running"', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api/`;
    const run = await runNpmStart(settings({ SLACK_API_URL: url }));
    expect(lines(run.stderr)).toEqual([
      `complaint-desk: cannot reach Slack at ${url} (ECONNREFUSED): check the network, proxy and firewall, or SLACK_API_URL`,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toMatch(/running/);
  });

  it('when a proxy answers auth.test with its log-in page, then one short line says a web page answered, not Slack, exit 2', async () => {
    const { url, run } = await startAgainst(200, PROXY_PAGE, 'text/html; charset=utf-8');
    expect(lines(run.stderr)).toEqual([
      `complaint-desk: Slack at ${url} answered with a web page, not the Slack Web API (a proxy or captive portal in between?): check SLACK_API_URL and any proxy`,
    ]);
    expect(run.stderr).not.toMatch(/DOCTYPE|log in/);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toMatch(/running/);
  });

  it("when something else answers with text that is not Slack's, then the line shows only its start, on one line", async () => {
    const body = `Service temporarily rerouted\n${'x'.repeat(5000)}`;
    const { url, run } = await startAgainst(200, body, 'text/plain');
    expect(lines(run.stderr)).toEqual([
      `complaint-desk: Slack at ${url} answered with something other than the Slack Web API ("Service temporarily rerouted ${'x'.repeat(91)}… (4909 characters more)"): check SLACK_API_URL and any proxy`,
    ]);
    expect(run.stderr.length).toBeLessThan(400);
    expect(run.code).toBe(2);
  });

  it('when Slack answers HTTP 500 at start, then the line says Slack is having trouble and to try again, and names SLACK_API_URL as it is set, exit 2', async () => {
    const { url, run } = await startAgainst(500, 'Internal Server Error', 'text/plain');
    expect(lines(run.stderr)).toEqual([
      `complaint-desk: Slack at ${url} answered HTTP 500: Slack is having trouble (see https://status.slack.com), start the bot again in a few minutes; SLACK_API_URL is set to ${url}: check it and any proxy in between`,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toMatch(/running/);
  });

  it('when Slack refuses the app token in Socket Mode, then one line names SLACK_APP_TOKEN, exit 2, never "running"', async () => {
    slack.refuse('apps.connections.open', 'invalid_auth');
    try {
      const run = await runNpmStart(settings({ SLACK_APP_TOKEN: 'xapp-1-A1-refused' }));
      expect(lines(run.stderr)).toEqual([
        expect.stringMatching(
          /^complaint-desk: Slack refused SLACK_APP_TOKEN \(invalid_auth\): generate an app-level token .*connections:write/,
        ),
      ]);
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).not.toMatch(/running/);
    } finally {
      slack.refuse('apps.connections.open', 'invalid_auth', () => false);
    }
  });

  it('when the store cannot be reached, then one line names it, exit 2, and Slack is not even asked', async () => {
    const before = slack.calls.length;
    const port = await closedPort();
    const run = await runNpmStart(settings({ STORE_URL: `redis://127.0.0.1:${port}` }));
    expect(lines(run.stderr)).toEqual([
      `complaint-desk: cannot reach the Redis store at redis://127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`,
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).not.toMatch(/running/);
    expect(slack.calls.length).toBe(before);
  });

  it.each([
    [
      'several settings are wrong',
      {
        SLACK_BOT_TOKEN: 'xoxp-user-token',
        REVIEW_CHANNEL: '#complaints',
        HEALTH_PORT: 'eighty',
        LLM_TIMEOUT_MS: 'soon',
      },
      [
        'complaint-desk: SLACK_BOT_TOKEN must be a bot token starting with xoxb-',
        'complaint-desk: HEALTH_PORT must be a port number from 0 to 65535 (got "eighty")',
        'complaint-desk: REVIEW_CHANNEL must be a channel ID such as C0123ABCD (not a #name)',
        expect.stringMatching(/^complaint-desk: LLM_TIMEOUT_MS /),
      ],
    ],
    [
      // What people paste: a channel's link, a person's ID, a host without a scheme, a time of day.
      'settings are written the way people get them wrong',
      {
        REVIEW_CHANNEL: 'https://shop.slack.com/archives/C0REVIEW01',
        DIGEST_CHANNEL: 'U0MANAGER',
        SLACK_API_URL: 'slack.com',
        DIGEST_CRON: '8:30',
      },
      [
        'complaint-desk: SLACK_API_URL must be a URL such as https://slack.com/api/',
        'complaint-desk: REVIEW_CHANNEL must be a channel ID such as C0123ABCD, not a link: the ID in this link is C0REVIEW01',
        "complaint-desk: DIGEST_CHANNEL must be a channel ID such as C0123ABCD, not a person's user ID (U…)",
        'complaint-desk: DIGEST_CRON is not a cron pattern such as "30 8 * * *": "8:30" is one field; a pattern has five separated by spaces (minute hour day month weekday; six with seconds first)',
      ],
    ],
    [
      // In HTTP mode PORT serves /healthz already; the same port again is no other process's fault.
      'HEALTH_PORT is set to PORT in HTTP mode',
      { PORT: '3917', HEALTH_PORT: '3917' },
      [
        'complaint-desk: HEALTH_PORT 3917 is PORT too: in HTTP mode PORT already answers /healthz and /metrics; leave HEALTH_PORT empty or choose another port',
      ],
    ],
  ] as const)(
    'when %s, then each is one line saying what to put, all in one run, and Slack is not asked',
    async (_case, wrong, expected) => {
      const before = slack.calls.length;
      const run = await runNpmStart(settings(wrong));
      expect(lines(run.stderr)).toEqual(expected);
      expect(run.code).toBe(2);
      expect(slack.calls.length).toBe(before);
    },
  );
});

describe('npm start with a .env copied from .env.example', () => {
  it('when the example values are still in it, then every one is named as the example value, in one run, exit 2', async () => {
    // The bot reads .env from the directory it is started in, exactly as `npm start` preloads it.
    const project = await mkdtemp(join(dir, 'project-'));
    await cp(join(REPO_ROOT, '.env.example'), join(project, '.env'));
    const env = botEnv({});
    for (const [name, value] of Object.entries(env)) if (value === '') delete env[name];
    const run = await runProcess(
      process.execPath,
      ['--import', join(REPO_ROOT, 'src/load-env-file.ts'), join(REPO_ROOT, 'src/main.ts')],
      { env, cwd: project, timeoutMs: 15_000 },
    );
    expect(lines(run.stderr)).toEqual([
      "complaint-desk: SLACK_BOT_TOKEN is still the example value from .env.example (xoxb-your-bot-token): paste the Bot User OAuth Token from your app's OAuth & Permissions page (https://api.slack.com/apps)",
      expect.stringMatching(
        /^complaint-desk: SLACK_SIGNING_SECRET is still the example value from \.env\.example \(your-signing-secret\): /,
      ),
      expect.stringMatching(
        /^complaint-desk: SLACK_APP_TOKEN is still the example value from \.env\.example \(xapp-your-app-token\): /,
      ),
      expect.stringMatching(
        /^complaint-desk: REVIEW_CHANNEL is still the example value from \.env\.example \(C0123456789\): /,
      ),
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});

describe('npm scripts without a .env', () => {
  it('when a CLI gets a bad option, then its error is the only line on standard error (no ".env not found")', async () => {
    const run = await runProcess('npm', ['run', '-s', 'triage', '--', '--no-such-option'], { env: botEnv({}) });
    expect(run.stderr).not.toMatch(/\.env/);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.code).toBe(2);
  });
});
