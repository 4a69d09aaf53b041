import { createServer } from 'node:net';
import { SETTING_NAMES } from '../../src/config.js';
import { type CliRun, runProcess } from './run-cli.js';

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
