import { main } from './cli-io.ts';
import { runEraseCommand } from './erase-command.ts';

await main((argv, io) => runEraseCommand(argv, io));
