import { cp, mkdtemp, rm } from 'node:fs/promises';
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

  it('when several settings are wrong, then each is one line, all in one run, and Slack is not asked', async () => {
    const before = slack.calls.length;
    const run = await runNpmStart(
      settings({
        SLACK_BOT_TOKEN: 'xoxp-user-token',
        REVIEW_CHANNEL: '#complaints',
        HEALTH_PORT: 'eighty',
        LLM_TIMEOUT_MS: 'soon',
      }),
    );
    expect(lines(run.stderr)).toEqual([
      'complaint-desk: SLACK_BOT_TOKEN must be a bot token starting with xoxb-',
      'complaint-desk: HEALTH_PORT must be a port number from 0 to 65535 (got "eighty")',
      'complaint-desk: REVIEW_CHANNEL must be a channel ID such as C0123ABCD (not a #name)',
      expect.stringMatching(/^complaint-desk: LLM_TIMEOUT_MS /),
    ]);
    expect(run.code).toBe(2);
    expect(slack.calls.length).toBe(before);
  });
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
