/**
 * Acknowledgement latency of /complaint and of the complaint form's submit under 50 concurrent signed
 * requests, for complaint-desk and, side by side in the same run, a bare Bolt app that only acks the
 * same requests. Both talk to the same loopback fake Slack API.
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { App, HTTPReceiver } from '@slack/bolt';
import { CALLBACK, COMMAND } from '../../src/blocks/ids.js';
import { complaintForm } from '../helpers/complaint-payloads.js';
import { interactionBody, postToSlackEndpoint, slashCommandBody } from '../helpers/signed-request.js';
import { quietLogger, SIGNING_SECRET, startTestApp } from '../helpers/test-app.js';

const CONCURRENCY = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);

async function startBareBolt(slackApiUrl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const receiver = new HTTPReceiver({
    signingSecret: SIGNING_SECRET,
    endpoints: '/slack/events',
    logger: quietLogger(),
  });
  const app = new App({ token: 'xoxb-bench', receiver, clientOptions: { slackApiUrl }, logger: quietLogger() });
  app.command(COMMAND.complaint, async ({ ack }) => ack());
  app.view(CALLBACK.complaintForm, async ({ ack }) => ack());
  const server = (await app.start(0)) as unknown as { address(): { port: number } };
  return {
    url: `http://127.0.0.1:${server.address().port}/slack/events`,
    stop: async () => {
      await app.stop();
    },
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Sends `CONCURRENCY` requests at once, `ROUNDS` times, and returns every latency in ms. */
async function burst(send: (index: number) => Promise<{ status: number }>): Promise<number[]> {
  const latencies: number[] = [];
  let index = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        const started = performance.now();
        const response = await send(index++);
        if (response.status !== 200) throw new Error(`unexpected status ${response.status}`);
        latencies.push(performance.now() - started);
      }),
    );
  }
  return latencies.sort((a, b) => a - b);
}

/** Measures and prints acknowledgement latency against bare Bolt. */
export async function benchAckLatency(): Promise<void> {
  // Slack is remote in production: its fake runs on another thread so neither app pays for it.
  const thread = new Worker(new URL('./fake-slack-thread.ts', import.meta.url));
  const [slackUrl] = (await once(thread, 'message')) as [string];
  const ours = await startTestApp({ slackUrl });
  const bare = await startBareBolt(slackUrl);
  const form = 'application/x-www-form-urlencoded' as const;
  const command = (url: string) => (i: number) =>
    postToSlackEndpoint(url, SIGNING_SECRET, slashCommandBody({ text: `顾客原话 ${i}` }), form);
  const submit = (url: string, tag: string) => (i: number) =>
    postToSlackEndpoint(
      url,
      SIGNING_SECRET,
      interactionBody(complaintForm(`项链掉钻了 ${tag}-${i}`, '马上给我换!', { viewId: `VBENCH${tag}${i}` })),
      form,
    );

  // Warm both up so neither pays for first-request compilation.
  await burst(command(bare.url));
  await burst(command(ours.url));
  const rows: [string, number[], number[]][] = [
    ['/complaint (slash command)', await burst(command(bare.url)), await burst(command(ours.url))],
    ['complaint form submit', await burst(submit(bare.url, 'b')), await burst(submit(ours.url, 'o'))],
  ];
  console.log(`\nacknowledgement latency, ${CONCURRENCY} concurrent signed requests × ${ROUNDS} rounds (ms)`);
  console.log('                               bare Bolt p50/p99   complaint-desk p50/p99   ratio p50/p99');
  for (const [name, base, mine] of rows) {
    const [b50, b99, m50, m99] = [
      percentile(base, 50),
      percentile(base, 99),
      percentile(mine, 50),
      percentile(mine, 99),
    ];
    console.log(
      `  ${name.padEnd(28)} ${`${b50.toFixed(1)} / ${b99.toFixed(1)}`.padStart(17)}   ${`${m50.toFixed(1)} / ${m99.toFixed(1)}`.padStart(22)}   ${`${(m50 / b50).toFixed(2)}× / ${(m99 / b99).toFixed(2)}×`.padStart(13)}`,
    );
  }
  console.log("(aim: within 1.5× of bare Bolt; p99 far under Slack's 3,000 ms)");
  await bare.stop();
  await ours.stop({ keepStore: false });
  thread.postMessage('stop');
  await once(thread, 'exit');
}
