import { main } from './cli-io.ts';
import { runReportCommand } from './report-command.ts';

await main((argv, io) => runReportCommand(argv, io));
