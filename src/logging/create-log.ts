import { type DestinationStream, type Logger as Log, pino } from 'pino';
import pretty from 'pino-pretty';

/** How log lines are written: one JSON object a line, or a line a person reads at a terminal. */
export type LogFormat = 'json' | 'pretty';

export interface CreateLogOptions {
  level: 'debug' | 'info' | 'warn' | 'error';
  format: LogFormat;
  /** Where lines go; standard output unless a test catches them. */
  destination?: DestinationStream;
  /** Colours in the pretty format; by default pino-pretty's own choice (a terminal, and NO_COLOR unset). */
  colour?: boolean;
}

/**
 * LOG_FORMAT when set; otherwise pretty for a person at a terminal and JSON for anything else (a process
 * manager, a container runtime, a pipe), which is where a log collector reads it.
 */
export function chooseLogFormat(setting: LogFormat | undefined, isTerminal: boolean | undefined): LogFormat {
  return setting ?? (isTerminal ? 'pretty' : 'json');
}

/**
 * The bot's log, with pino. JSON lines carry `time` (ISO 8601), `level` by name and `msg`, plus whatever
 * fields a call passes (`caseId`, `method`, `error`, `err`). The pretty format is pino-pretty run as a
 * stream in this thread rather than as a worker transport: no extra thread on a small machine, and every
 * line is out before the process exits, in the order it was written.
 */
export function createLog(options: CreateLogOptions): Log {
  const destination =
    options.format === 'pretty'
      ? pretty({
          sync: true,
          ...(options.colour === undefined ? {} : { colorize: options.colour }),
          translateTime: 'SYS:yyyy-mm-dd HH:MM:ss',
          ignore: 'pid,hostname',
          destination: options.destination ?? 1,
        })
      : (options.destination ?? pino.destination({ dest: 1, sync: true }));
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
