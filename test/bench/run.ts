/**
 * `npm run bench`: the complaint engine's throughput, then the Slack app's acknowledgement latency, each
 * beside a baseline measured in the same run.
 */
import { benchAckLatency } from './ack-latency.js';
import { benchEngine } from './engine-throughput.js';

await benchEngine();
await benchAckLatency();
