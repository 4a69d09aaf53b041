import { main } from './cli-io.ts';
import { runTriage } from './triage-command.ts';

await main((argv, io) => runTriage(argv, io));
