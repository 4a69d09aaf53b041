import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SETTING_NAMES } from '../../src/config.ts';
import { type CliRun, type ProcessOptions, REPO_ROOT, runProcess } from './run-cli.ts';

/**
 * The environment for a bot started as its own process: every setting the bot reads is removed from the
 * developer's environment and then set to `settings` or to empty (which the bot reads as unset and which
 * a `.env` in the repository does not override), so the run does not depend on the machine it is on.
 */
export function botEnv(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !SETTING_NAMES.includes(name)),
  );
  for (const name of SETTING_NAMES) env[name] = '';
  return { ...env, NO_COLOR: '1', ...settings };
}

/**
 * Settings that start the bot in HTTP mode on a free port against a fake Slack at `slackUrl`, on a fresh
 * SQLite store in `dir`, with no digest timer; `extra` adds or overrides.
 */
export function httpBotEnv(slackUrl: string, dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return botEnv({
    SLACK_BOT_TOKEN: 'xoxb-1-refused-or-not',
    SLACK_SIGNING_SECRET: 'test-signing-secret-0123456789',
    SLACK_API_URL: slackUrl,
    REVIEW_CHANNEL: 'C0REVIEW',
    APPROVERS: 'UMANAGER01',
    PORT: '0',
    STORE_URL: `sqlite://${join(dir, `cases-${Math.random().toString(36).slice(2)}.sqlite`)}`,
    DIGEST_CRON: 'off',
    ...extra,
  });
}

/**
 * Runs `npm start` exactly as a person does (`-s` only hides npm's own banner from standard output), and
 * waits for it to exit — or stops it with SIGTERM after `timeoutMs` if it is still running.
 */
export function runNpmStart(env: NodeJS.ProcessEnv, timeoutMs = 15_000): Promise<CliRun> {
  return runProcess('npm', ['start', '-s'], { env, timeoutMs });
}

/** A loopback port nothing listens on (bound, then released), for "Slack unreachable" and "store unreachable". */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The command `npm start` runs (package.json's `scripts.start`) as an argument list, `node` first: what the
 * container's CMD runs too, since npm does not pass SIGTERM on to the bot it started.
 */
export function startCommand(): string[] {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.trim().split(/\s+/);
}

/**
 * Runs the start command itself (not through npm, so SIGTERM reaches the bot) with this Node, e.g. until
 * its "running" line (`stopWhen`), then stops it as a process manager would.
 */
export function runStartCommand(env: NodeJS.ProcessEnv, options: Omit<ProcessOptions, 'env'> = {}): Promise<CliRun> {
  const [node, ...args] = startCommand();
  if (node !== 'node') throw new Error(`npm start runs ${String(node)}, not node`);
  return runProcess(process.execPath, args, { env, ...options });
}
