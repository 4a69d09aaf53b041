import { main } from './cli-io.ts';
import { runDigestCommand } from './digest-command.ts';

await main((argv, io) => runDigestCommand(argv, io));
