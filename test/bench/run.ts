/**
 * `npm run bench`: the complaint engine's throughput, then the Slack app's acknowledgement latency, each
 * beside a baseline measured in the same run, then the morning digest over 100,000 stored cases.
 * `npm run bench -- engine`, `-- ack` or `-- digest` or `-- startup` runs one of them; `-- growth` (not part of the whole run, it
 * generates 111,000 cases) prints how the digest, search, App Home and the aftercare sweep grow with the store;
 * `-- compare [ref]` (neither) sets this tree's triage engine beside the one at a git ref (see compare-engines.ts).
 */
import { benchAckLatency } from './ack-latency.ts';
import { benchCompareEngines } from './compare-engines.ts';
import { benchDigestScale, benchGrowth } from './digest-scale.ts';
import { benchEngine } from './engine-throughput.ts';
import { benchLoad } from './load.ts';
import { benchStartup } from './startup.ts';

// `--load` is how the load bench was first named; `load` works the same.
const only = process.argv[2]?.replace(/^--/, '');
const PARTS = ['engine', 'ack', 'digest', 'startup', 'growth', 'load', 'compare'];
if (only !== undefined && !PARTS.includes(only)) {
  process.stderr.write(`bench: no part "${only}"; choose one of ${PARTS.join(', ')}, or none for the usual run\n`);
  process.exit(2);
}
try {
  if (only === undefined || only === 'engine') await benchEngine();
  if (only === undefined || only === 'ack') await benchAckLatency();
  if (only === undefined || only === 'digest') await benchDigestScale();
  if (only === undefined || only === 'startup') await benchStartup();
  if (only === 'growth') await benchGrowth();
  if (only === 'load') await benchLoad();
  if (only === 'compare') await benchCompareEngines(process.argv[3]);
} catch (error) {
  // A bench that cannot run (a missing redis-server, a port taken) says why in one line.
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
