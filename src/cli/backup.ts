import { runBackupCommand } from './backup-command.ts';
import { main } from './cli-io.ts';

await main((argv, io) => runBackupCommand(argv, io));
