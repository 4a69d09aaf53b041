import { main } from './cli-io.js';
import { runTriage } from './triage-command.js';

await main((argv, io) => runTriage(argv, io));
