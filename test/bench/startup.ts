/**
 * Start-up, beside `node -e 0` on the same Node: the bot's start command (what `npm start` runs) from spawn
 * to its first `/healthz` 200 in HTTP mode against a loopback fake Slack, and one `npm run triage` (its
 * command, without npm's own start-up) from spawn to exit. Each is run several times; the median is printed
 * with the fastest and slowest, and as a multiple of bare Node's. The commands keep Node's compile cache (see
 * src/cache-compiled-modules.mjs): here in a folder of the bench's own, so the first run of each, which fills
 * it as the first start after an install or an upgrade does, is printed on its own line.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { closedPort, httpBotEnv, startCommand } from '../helpers/run-bot.ts';
import { REPO_ROOT } from '../helpers/run-cli.ts';

const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);
/** What `npm run triage` runs, from package.json, with one complaint. */
function triageCommand(): string[] {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { triage: string } };
  const [, ...args] = pkg.scripts.triage.trim().split(/\s+/);
  return [...args, '--json', '--at', '2026-11-21T10:00', '顾客昨天买的项链断了,要求退货'];
}

/** Milliseconds from spawning `args` on this Node to its exit with code 0. */
function timeToExit(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: 'ignore', env });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`${args.join(' ')} exited ${code}`)),
    );
  });
}

/** Milliseconds from spawning the start command to the first 200 from its `/healthz`; then stops it. */
async function timeToHealthy(slackUrl: string, dir: string, cache: string): Promise<number> {
  const port = await closedPort();
  const [, ...args] = startCommand();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: httpBotEnv(slackUrl, dir, { PORT: String(port), NODE_COMPILE_CACHE: cache }),
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the bot exited (${child.exitCode}) before it was healthy`);
      const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (healthy) return performance.now() - started;
      if (performance.now() - started > 30_000) throw new Error('the bot was not healthy within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('close', resolve));
  }
}

async function median(measure: () => Promise<number>): Promise<{ median: number; min: number; max: number }> {
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await measure());
  runs.sort((a, b) => a - b);
  return { median: runs[Math.floor(runs.length / 2)] ?? 0, min: runs[0] ?? 0, max: runs.at(-1) ?? 0 };
}

/** Prints the start-up figures beside bare Node's. */
export async function benchStartup(): Promise<void> {
  const slack = await new FakeSlackApi().start();
  const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-bench-startup-'));
  try {
    const bare = await median(() => timeToExit(['-e', '0']));
    const cache = join(dir, 'compile-cache');
    const triageEnv = { ...process.env, NODE_COMPILE_CACHE: cache };
    const firstTriage = await timeToExit(triageCommand(), triageEnv);
    const triage = await median(() => timeToExit(triageCommand(), triageEnv));
    const startCache = join(dir, 'start-compile-cache');
    const firstStart = await timeToHealthy(slack.url, dir, startCache);
    const start = await median(() => timeToHealthy(slack.url, dir, startCache));
    console.log(
      `\nstart-up on Node ${process.versions.node}, median of ${RUNS} (fastest–slowest), ms; ` +
        'the baseline is `node -e 0` on the same Node, and the figure that carries between machines its multiple',
    );
    const single = (ms: number) => ({ median: ms, min: ms, max: ms });
    const row = (name: string, figure: typeof bare) =>
      console.log(
        `  ${name.padEnd(40)} ${figure.median.toFixed(0).padStart(6)}  (${figure.min.toFixed(0)}–${figure.max.toFixed(0)})` +
          (figure === bare ? '' : `  ${(figure.median / bare.median).toFixed(1)}× bare Node`),
      );
    row('node -e 0', bare);
    row('npm run triage (one complaint, --json)', triage);
    row('  its first run, compile cache empty', single(firstTriage));
    row('npm start (HTTP mode) to /healthz 200', start);
    row('  its first run, compile cache empty', single(firstStart));
  } finally {
    await slack.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
