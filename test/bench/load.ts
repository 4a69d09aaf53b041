/**
 * The load bench (`npm run bench -- load`): two bot instances, each its own process started with npm start's
 * command in HTTP mode, on one Redis of the bench's own, behind a round-robin of signed complaint-form submits
 * at 20 a second for 10 minutes (`BENCH_LOAD_SECONDS`, `BENCH_LOAD_RATE`), while the fake Slack answers some
 * review posts with 429 (Retry-After 1) or 500. Then it waits for the outbox to catch up and prints the
 * acknowledgements' p50/p99, the cases stored, the review posts, the duplicates and the losses (both must be
 * 0), and each instance's memory at start and at the end.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openStores } from '../../src/store/open-stores.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';
import { closedPort, httpBotEnv, startCommand } from '../helpers/run-bot.ts';
import { REPO_ROOT } from '../helpers/run-cli.ts';
import type { Sent } from './load-sender.ts';

const run = promisify(execFile);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 600);
const RATE = Number(process.env.BENCH_LOAD_RATE ?? 20);
const SECRET = 'test-signing-secret-0123456789';
const REVIEW_CHANNEL = 'C0REVIEW';
/** A share of review posts Slack answers with 429 or 500, switching every few seconds. */
const FLAKY_SHARE = 0.05;
const SENDER = fileURLToPath(new URL('./load-sender.ts', import.meta.url));

async function startRedis(port: number, dir: string): Promise<ChildProcess> {
  const found = await run('redis-server', ['--version']).then(
    () => true,
    () => false,
  );
  if (!found)
    throw new Error(
      'the load bench starts a Redis of its own: install redis-server (Debian: apt install redis-server)',
    );
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '']);
  let out = '';
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes('Ready to accept connections')) resolve();
    });
    server.on('error', reject);
    server.on('exit', () => reject(new Error(`redis-server exited: ${out}`)));
  });
  return server;
}

interface Instance {
  child: ChildProcess;
  url: string;
}

async function startInstance(slackUrl: string, dir: string, storeUrl: string): Promise<Instance> {
  const port = await closedPort();
  const [, ...args] = startCommand();
  const env = httpBotEnv(slackUrl, dir, { PORT: String(port), STORE_URL: storeUrl, LOG_LEVEL: 'warn' });
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: 'ignore' });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`a bot instance exited (${child.exitCode}) before it was healthy`);
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) return { child, url: `http://127.0.0.1:${port}/slack/events` };
    if (Date.now() > deadline) throw new Error('a bot instance was not healthy within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The bound memory is held to: a leak grows as fast in the second half as in the first, while caches and
 * V8's heap settle, so the second half may add at most half of what the first added; and no instance may end
 * above MEMORY_CEILING_MB, a common container limit for a bot like this one.
 */
const MEMORY_CEILING_MB = 512;

const signed = (mb: number) => `${mb < 0 ? '−' : '+'}${Math.abs(mb).toFixed(0)}`;

function memoryVerdict(start: number[], half: number[], end: number[]): string {
  const verdicts = start.map((first, index) => {
    const middle = half[index] ?? first;
    const last = end[index] ?? middle;
    const firstHalf = middle - first;
    const secondHalf = last - middle;
    const settling = secondHalf <= Math.max(8, firstHalf / 2);
    const held = settling && last <= MEMORY_CEILING_MB;
    return {
      held,
      text: `instance ${index + 1} ${signed(firstHalf)} then ${signed(secondHalf)} MB${held ? '' : ' (over the bound)'}`,
    };
  });
  const all = verdicts.every((each) => each.held);
  return `memory growth (first half, then second): ${verdicts.map((each) => each.text).join(', ')} — ${
    all ? 'within the bound' : 'NOT within the bound'
  } (second half at most half the first, or 8 MB; every instance under ${MEMORY_CEILING_MB} MB at the end)`;
}

/** A process's resident memory in MB, from /proc (Linux). */
async function rssMb(child: ChildProcess): Promise<number> {
  const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const tagOf = (text: string) => /load-\d+/.exec(text)?.[0];

/** Runs the load and prints its figures. */
export async function benchLoad(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-bench-load-'));
  const redisPort = await closedPort();
  const redis = await startRedis(redisPort, dir).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  const storeUrl = `redis://127.0.0.1:${redisPort}`;
  const slack = await new FakeSlackApi().start();
  const instances: Instance[] = [];
  let flaky: NodeJS.Timeout | undefined;
  try {
    instances.push(await startInstance(slack.url, dir, storeUrl), await startInstance(slack.url, dir, storeUrl));
    const startMb = await Promise.all(instances.map((instance) => rssMb(instance.child)));
    let status = 429;
    const failSome = () => {
      status = status === 429 ? 500 : 429;
      slack.fail('chat.postMessage', status, Number.MAX_SAFE_INTEGER, status === 429 ? 1 : undefined, (args) => {
        return args.channel === REVIEW_CHANNEL && Math.random() < FLAKY_SHARE;
      });
    };
    failSome();
    flaky = setInterval(failSome, 5_000);
    console.log(
      `\nload: ${RATE} complaints a second for ${SECONDS} s into two instances on one Redis (fake Slack failing ${FLAKY_SHARE * 100}% of review posts with 429 or 500)`,
    );
    const job = { urls: instances.map((instance) => instance.url), secret: SECRET, perSecond: RATE, seconds: SECONDS };
    // Half-way and at the end: memory that keeps growing at the same pace is a leak; V8's heap settles.
    let halfMb: number[] = [];
    const halfWay = setTimeout(
      async () => {
        halfMb = await Promise.all(instances.map((instance) => rssMb(instance.child)));
      },
      (SECONDS * 1000) / 2,
    );
    const { stdout } = await run(process.execPath, [SENDER, JSON.stringify(job)], { maxBuffer: 64 * 1024 * 1024 });
    clearTimeout(halfWay);
    const sent = JSON.parse(stdout) as Sent[];
    clearInterval(flaky);
    flaky = undefined;
    slack.fail('chat.postMessage', 500, 0);
    const acked = sent.filter((each) => each.status === 200);
    // The outbox catches up: every acknowledged complaint stored and posted, or two minutes pass.
    const stores = await openStores(storeUrl);
    const deadline = Date.now() + 120_000;
    let cases = await stores.cases.listCreatedBetween(new Date(0), new Date(Date.now() + 60_000));
    const postsOf = () =>
      slack
        .callsOf('chat.postMessage')
        .filter((call) => call.status === 200 && call.args.channel === REVIEW_CHANNEL && !call.args.thread_ts);
    while (Date.now() < deadline) {
      cases = await stores.cases.listCreatedBetween(new Date(0), new Date(Date.now() + 60_000));
      const posted = new Set(postsOf().map((call) => tagOf(JSON.stringify(call.args))));
      if (cases.length >= acked.length && acked.every((each) => posted.has(each.tag))) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    await stores.close();
    const endMb = await Promise.all(instances.map((instance) => rssMb(instance.child)));
    const casesByTag = new Map<string, number>();
    for (const record of cases) {
      const tag = tagOf(record.complaint.narrative);
      if (tag) casesByTag.set(tag, (casesByTag.get(tag) ?? 0) + 1);
    }
    const postsByTag = new Map<string, number>();
    for (const call of postsOf()) {
      const tag = tagOf(JSON.stringify(call.args));
      if (tag) postsByTag.set(tag, (postsByTag.get(tag) ?? 0) + 1);
    }
    const duplicateCases = [...casesByTag.values()].filter((count) => count > 1).length;
    const duplicatePosts = [...postsByTag.values()].filter((count) => count > 1).length;
    const lostCases = acked.filter((each) => !casesByTag.has(each.tag)).length;
    const lostPosts = acked.filter((each) => !postsByTag.has(each.tag)).length;
    const latencies = acked.map((each) => each.ms).sort((a, b) => a - b);
    console.log(
      `  sent ${sent.length}, acknowledged ${acked.length} (p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms; not acknowledged with 200: ${sent.length - acked.length})`,
    );
    console.log(`  cases stored ${casesByTag.size}, review posts ${postsOf().length}`);
    console.log(
      `  duplicates: ${duplicateCases} cases, ${duplicatePosts} review posts; losses: ${lostCases} cases, ${lostPosts} review posts (all must be 0)`,
    );
    console.log(
      `  memory (RSS, MB, at the start → half-way → the end): ${instances.map((_, index) => `instance ${index + 1} ${startMb[index]?.toFixed(0)} → ${halfMb[index]?.toFixed(0) ?? '?'} → ${endMb[index]?.toFixed(0)}`).join(', ')}`,
    );
    console.log(`  ${memoryVerdict(startMb, halfMb, endMb)}`);
  } finally {
    if (flaky) clearInterval(flaky);
    for (const { child } of instances) {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
    await slack.stop();
    redis.kill('SIGTERM');
    if (redis.exitCode === null) await once(redis, 'exit');
    await rm(dir, { recursive: true, force: true });
  }
}
