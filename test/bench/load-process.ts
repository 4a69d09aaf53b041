/**
 * Sends bursts of concurrent signed requests from its own process and prints each one's latency as
 * JSON, so the measurement shares no event loop with the app being measured.
 * Usage: node --import tsx test/bench/load-process.ts '{"url":…,"secret":…,"kind":"command","tag":"a","concurrency":50,"rounds":6}'
 */
import { performance } from 'node:perf_hooks';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import { interactionBody, postToSlackEndpoint, slashCommandBody } from '../helpers/signed-request.ts';

interface LoadJob {
  url: string;
  secret: string;
  kind: 'command' | 'submit';
  tag: string;
  concurrency: number;
  rounds: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as LoadJob;
const form = 'application/x-www-form-urlencoded' as const;

function body(index: number): string {
  if (job.kind === 'command') return slashCommandBody({ text: `顾客原话 ${index}` });
  return interactionBody(
    complaintForm(`项链掉钻了 ${job.tag}-${index}`, '马上给我换!', { viewId: `VBENCH${job.tag}${index}` }),
  );
}

const latencies: number[] = [];
let index = 0;
for (let round = 0; round < job.rounds; round++) {
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      const payload = body(index++);
      const started = performance.now();
      const response = await postToSlackEndpoint(job.url, job.secret, payload, form);
      if (response.status !== 200) throw new Error(`unexpected status ${response.status}`);
      latencies.push(performance.now() - started);
    }),
  );
}
process.stdout.write(JSON.stringify(latencies));
