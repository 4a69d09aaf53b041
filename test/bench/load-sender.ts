/**
 * Sends signed complaint-form submits at a steady rate from its own process, alternating between the bot
 * instances as a load balancer would, and prints what each got as JSON: its tag, the HTTP status and the
 * milliseconds to the acknowledgement.
 * Usage: node test/bench/load-sender.ts '{"urls":[…],"secret":…,"perSecond":20,"seconds":600}'
 */
import { performance } from 'node:perf_hooks';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import { interactionBody, postToSlackEndpoint } from '../helpers/signed-request.ts';

interface LoadJob {
  urls: string[];
  secret: string;
  perSecond: number;
  seconds: number;
}

export interface Sent {
  tag: string;
  status: number;
  ms: number;
}

const job = JSON.parse(process.argv[2] ?? '{}') as LoadJob;
const total = Math.round(job.perSecond * job.seconds);
const gap = 1000 / job.perSecond;
const started = performance.now();
const pending: Promise<Sent>[] = [];

async function send(index: number): Promise<Sent> {
  const tag = `load-${index}`;
  const payload = interactionBody(
    complaintForm(`项链掉钻了 ${tag}`, '马上给我换!', { viewId: `VLOAD${index}`, user: `U${index % 200}` }),
  );
  const url = job.urls[index % job.urls.length] ?? '';
  const sentAt = performance.now();
  try {
    const response = await postToSlackEndpoint(url, job.secret, payload, 'application/x-www-form-urlencoded');
    return { tag, status: response.status, ms: performance.now() - sentAt };
  } catch {
    return { tag, status: 0, ms: performance.now() - sentAt };
  }
}

for (let index = 0; index < total; index++) {
  // On a fixed schedule, not after the previous answer: a slow acknowledgement must not slow the load.
  const due = started + index * gap;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  pending.push(send(index));
}
process.stdout.write(JSON.stringify(await Promise.all(pending)));
