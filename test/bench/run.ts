/**
 * `npm run bench`: the complaint engine's throughput, then the Slack app's acknowledgement latency, each
 * beside a baseline measured in the same run. `npm run bench -- engine` or `-- ack` runs one of them.
 */
import { benchAckLatency } from './ack-latency.js';
import { benchEngine } from './engine-throughput.js';

const only = process.argv[2];
if (only !== 'ack') await benchEngine();
if (only !== 'engine') await benchAckLatency();
