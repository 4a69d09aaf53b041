import { main } from './cli-io.js';
import { runEval } from './eval-command.js';

await main((argv, io) => runEval(argv, io));
