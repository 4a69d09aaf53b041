import { main } from './cli-io.ts';
import { runOutboxCommand } from './outbox-command.ts';

await main((argv, io) => runOutboxCommand(argv, io));
