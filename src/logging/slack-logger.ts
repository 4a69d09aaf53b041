import { format } from 'node:util';
import type { Logger, LogLevel } from '@slack/bolt';
import type { Logger as Log } from 'pino';

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

/** Slack's own error code on a Web API error (`data.error`), matched by shape since bolt may carry its own copy. */
function slackErrorOf(error: Error): string | undefined {
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** pino's arguments for one call: the fields (with any Error as `err` and Slack's code as `error`), then the text. */
function toPinoArgs(messages: unknown[]): [Record<string, unknown>, string] {
  const [first, ...rest] = messages;
  const fields: Record<string, unknown> = isFields(first) ? { ...first } : {};
  const parts = isFields(first) ? rest : messages;
  const text: unknown[] = [];
  for (const part of parts) {
    if (part instanceof Error && fields.err === undefined) {
      fields.err = part;
      const slackError = slackErrorOf(part);
      if (slackError && fields.error === undefined) fields.error = slackError;
      text.push(part.message);
    } else {
      text.push(part);
    }
  }
  return [fields, format(...text)];
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
