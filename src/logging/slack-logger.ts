import { format } from 'node:util';
import type { Logger, LogLevel } from '@slack/bolt';
import type { Logger as Log } from 'pino';
import { excerptOf } from '../shared/excerpt.ts';

/** Fields a log call may pass first, as pino does: `logger.warn({ caseId, method, error }, 'outbox: …')`. */
export interface LogFields {
  /** The case the line is about (C-…). */
  caseId?: string;
  /** The Slack Web API method that failed (chat.postMessage…). */
  method?: string;
  /** Slack's error (not_in_channel…) or another short error code. */
  error?: string;
  [field: string]: unknown;
}

const isFields = (value: unknown): value is LogFields =>
  typeof value === 'object' && value !== null && !(value instanceof Error) && !Array.isArray(value);

/**
 * Slack's own error code on a Web API error (`data.error`), matched by shape since bolt may carry its own copy.
 * A proxy's page in its place (the Web API client passes on a body that is not JSON as the error) is cut to
 * its start.
 */
function slackErrorOf(error: Error): string | undefined {
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? excerptOf(data.error) : undefined;
}

/**
 * An Error as the line's `err`: itself, unless its message holds more than a short answer (a page in place
 * of Slack's code), when its message is cut to the start and its stack keeps only the frames.
 */
function loggedError(error: Error): Error | Record<string, unknown> {
  if (excerptOf(error.message) === error.message) return error;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const message = excerptOf(error.message);
  const { code } = error as { code?: unknown };
  return { type: error.name, code, message, stack: [`${error.name}: ${message}`, ...frames].join('\n') };
}

/**
 * The Web API client's debug line echoing each answer whole: a proxy's log-in page would be kilobytes of
 * HTML in one line, so only its start is kept, as for anything else a server sent.
 */
const ANSWER_ECHO = /^http request result: /;

/** pino's arguments for one call: the fields (with any Error as `err` and Slack's code as `error`), then the text. */
function toPinoArgs(messages: unknown[]): [Record<string, unknown>, string] {
  const [first, ...rest] = messages;
  const fields: Record<string, unknown> = isFields(first) ? { ...first } : {};
  const parts = isFields(first) ? rest : messages;
  const text: unknown[] = [];
  for (const part of parts) {
    if (part instanceof Error && fields.err === undefined) {
      const logged = loggedError(part);
      fields.err = logged;
      const slackError = slackErrorOf(part);
      if (slackError && fields.error === undefined) fields.error = slackError;
      text.push(logged === part ? part.message : excerptOf(part.message));
    } else {
      text.push(part);
    }
  }
  const line = format(...text);
  return [fields, ANSWER_ECHO.test(line) ? excerptOf(line) : line];
}

/**
 * The Logger of @slack/logger (what Bolt, the Web API client and the Socket Mode client take, and what the
 * bot's own code logs through) writing to pino. A call whose first argument is a plain object passes it as
 * the line's fields, pino-style; an Error becomes `err` with its stack, and Slack's code becomes `error`.
 */
export function toSlackLogger(log: Log): Logger {
  let current = log;
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...messages: unknown[]) => {
      if (!current.isLevelEnabled(level)) return;
      const [fields, text] = toPinoArgs(messages);
      current[level](fields, text);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel(level: LogLevel) {
      current.level = level;
    },
    getLevel: () => current.level as LogLevel,
    // Bolt names its loggers ("bolt-app", "socket-mode"…); the name becomes a field of every line.
    setName(name: string) {
      current = log.child({ logger: name });
    },
  };
}
