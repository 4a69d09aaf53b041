import { main } from './cli-io.js';
import { runDigestCommand } from './digest-command.js';

await main((argv, io) => runDigestCommand(argv, io));
