import { main } from './cli-io.ts';
import { runEval } from './eval-command.ts';

await main((argv, io) => runEval(argv, io));
