import { main } from './cli-io.js';
import { runOutboxCommand } from './outbox-command.js';

await main((argv, io) => runOutboxCommand(argv, io));
