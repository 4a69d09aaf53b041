import { Writable } from 'node:stream';
import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { chooseLogFormat, createLog, type LogFormat } from '../../src/logging/create-log.ts';
import { toSlackLogger } from '../../src/logging/slack-logger.ts';

/** A log writing into an array, one entry per line. */
function captured(format: LogFormat = 'json', level: 'debug' | 'info' = 'info') {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const log = createLog({ level, format, destination, colour: false });
  return {
    lines,
    logger: toSlackLogger(log),
    json: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('the JSON log', () => {
  it('when a line is written, then it is one JSON object with an ISO time, the level by name and the message', () => {
    const { logger, json } = captured();
    logger.info('complaint-desk is running', '(HTTP mode)');
    const [line] = json();
    expect(line).toMatchObject({ level: 'info', msg: 'complaint-desk is running (HTTP mode)' });
    expect(new Date(String(line?.time)).toISOString()).toBe(line?.time);
  });

  it('when a call passes fields first, then the case id, Slack method and error are fields of the line', () => {
    const { logger, json } = captured();
    logger.warn({ caseId: 'C-7F3K2QAB', method: 'chat.postMessage', error: 'not_in_channel' }, 'outbox: dead letter');
    expect(json()).toEqual([
      expect.objectContaining({
        level: 'warn',
        caseId: 'C-7F3K2QAB',
        method: 'chat.postMessage',
        error: 'not_in_channel',
        msg: 'outbox: dead letter',
      }),
    ]);
  });

  it("when a Slack Web API error is logged, then its stack is `err` and Slack's code is `error`", () => {
    const { logger, json } = captured();
    const refused = Object.assign(new Error('An API error occurred: is_archived'), {
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'is_archived' },
    });
    logger.error('unhandled error in a listener:', refused);
    const [line] = json();
    expect(line).toMatchObject({ level: 'error', error: 'is_archived', msg: expect.stringContaining('is_archived') });
    expect(line?.err).toMatchObject({ message: 'An API error occurred: is_archived', stack: expect.any(String) });
  });

  it("when a proxy's page comes back in place of Slack's answer, then no line holds more than its start (issue 14)", () => {
    const { logger, lines } = captured();
    const page = `<!DOCTYPE html>\n<html><body>${'Please log in to the corporate proxy. '.repeat(200)}</body></html>`;
    const refused = Object.assign(new Error(`An API error occurred: ${page}`), {
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: page },
    });
    logger.setLevel(LogLevel.DEBUG);
    logger.debug(`http request result: ${JSON.stringify({ ok: false, error: page })}`);
    logger.error('outbox: chat.postMessage failed', refused);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain('</html>');
      expect(line.split('Please log in').length).toBeLessThan(40);
    }
    const [, error] = lines.map((line) => JSON.parse(line) as { error?: string; err?: { stack?: string } });
    expect(error?.error).toMatch(/^<!DOCTYPE html> <html><body>Please log in .*… \(\d+ characters more\)$/);
    expect(error?.err?.stack).toMatch(/\n\s+at /);
  });

  it('when LOG_LEVEL is info, then debug lines (Bolt has many) are not written, and Bolt may lower the level', () => {
    const { logger, lines } = captured();
    logger.debug('bolt: a debug line');
    expect(lines).toEqual([]);
    expect(logger.getLevel()).toBe(LogLevel.INFO);
    logger.setLevel(LogLevel.DEBUG);
    logger.debug('bolt: a debug line');
    expect(lines).toHaveLength(1);
  });

  it('when Bolt names its logger, then the name is a field of its lines', () => {
    const { logger, json } = captured();
    logger.setName('socket-mode');
    logger.info('connected');
    expect(json()[0]).toMatchObject({ logger: 'socket-mode', msg: 'connected' });
  });
});

describe('the pretty log', () => {
  it('when the format is pretty, then a line reads as time, level and message, not JSON', () => {
    const { logger, lines } = captured('pretty');
    logger.warn({ caseId: 'C-7F3K2QAB' }, 'outbox: retrying');
    expect(lines[0]).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] WARN: outbox: retrying$/);
    expect(lines.join('\n')).toContain('caseId: "C-7F3K2QAB"');
  });

  it('when LOG_FORMAT is unset, then a terminal gets pretty lines and anything else JSON', () => {
    expect(chooseLogFormat(undefined, true)).toBe('pretty');
    expect(chooseLogFormat(undefined, false)).toBe('json');
    expect(chooseLogFormat(undefined, undefined)).toBe('json');
    expect(chooseLogFormat('json', true)).toBe('json');
    expect(chooseLogFormat('pretty', false)).toBe('pretty');
  });
});
