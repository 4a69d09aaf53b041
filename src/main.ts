import type { Logger as Log } from 'pino';
import { createApp } from './app.ts';
import { DEFAULT_STORE_URL, loadSettings } from './config.ts';
import { describeAppError, isAppError } from './errors.ts';
import { chooseLogFormat, createLog, type LogFormat } from './logging/create-log.ts';
import { toSlackLogger } from './logging/slack-logger.ts';
import { openAnalyser } from './open-analyser.ts';
import { loadPolicy } from './policy/load-policy.ts';
import { openStores } from './store/open-stores.ts';

const NAME = 'complaint-desk';
/** Exit codes, as for the command-line tools: 2 for something a person can fix (settings, Slack, the store), 1 for a bug. */
const EXIT = { failure: 1, badInput: 2 } as const;

let running = false;
/** The log once the settings are read (a bad setting is reported before there is one). */
let log: { log: Log; format: LogFormat } | undefined;

/**
 * Prints why the bot cannot go on and exits. A start that fails is one plain line per cause on standard
 * error whatever LOG_FORMAT says: a person reads it at the terminal or in the process manager's status, and
 * it may come before the settings (LOG_FORMAT among them) are read at all. With JSON logs the same cause is
 * also one `fatal` record for the log collector. Once running, an unexpected error is a bug: its stack.
 */
function fail(error: unknown): never {
  const code = isAppError(error) ? EXIT.badInput : EXIT.failure;
  const lines = isAppError(error)
    ? describeAppError(NAME, error)
    : [
        `${NAME}: ${running ? 'stopped on an unexpected error' : 'cannot start'}: ${
          error instanceof Error ? ((running ? error.stack : undefined) ?? error.message) : String(error)
        }`,
      ];
  if (log?.format === 'json') {
    // A cause a person can fix is its code; a bug keeps its stack.
    const fields = isAppError(error) ? { error: error.code } : { err: error };
    for (const line of lines) log.log.fatal(fields, line.slice(NAME.length + 2).split('\n')[0]);
  }
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(code);
}

/** The only file that starts anything: configuration, policy and store first, so a bad one stops the bot at once. */
async function main(): Promise<void> {
  // A promise nobody awaited (a library's background call) must not end the bot with a page of stack trace.
  process.on('unhandledRejection', fail);
  const { config, llm } = loadSettings();
  const format = chooseLogFormat(config.logFormat, process.stdout.isTTY);
  const pinoLog = createLog({ level: config.logLevel, format });
  log = { log: pinoLog, format };
  const logger = toSlackLogger(pinoLog);
  const policy = await loadPolicy(config.policyFile);
  // Only the documented default is made from nothing (first run); any other missing directory is a typo.
  const stores = await openStores(config.storeUrl, {
    log: (line, level = 'info') => logger[level](line),
    createDirectory: config.storeUrl === DEFAULT_STORE_URL,
  });
  // LLM answers are cached on the case store's database, so every instance shares them.
  const opened = await openAnalyser(llm, config.storeUrl, { logger });
  const app = createApp(config, {
    policy,
    stores,
    analyser: opened.analyser,
    clock: () => new Date(),
    logger,
    processMetrics: true,
  });
  const port = await app.start().catch(async (error: unknown) => {
    await stores.close().catch(() => undefined);
    await opened.close().catch(() => undefined);
    throw error;
  });
  running = true;
  // Before the "running" line, so a process manager that stops the bot as soon as it reads it is heard.
  const shutdown = async (signal: string) => {
    logger.info(`${NAME} stopping (${signal})`);
    await app.stop();
    await stores.close();
    await opened.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  const health = app.healthPort();
  logger.info(
    `${NAME} is running (${config.appToken ? 'Socket Mode' : `HTTP mode on port ${port}`}${health === undefined ? '' : `, health check on port ${health}`})`,
  );
  logger.info(
    llm.endpoint
      ? `analysis: LLM ${llm.endpoint.model}${llm.endpoint.baseUrl ? ` at ${llm.endpoint.baseUrl}` : ''}, rules as fallback`
      : 'analysis: built-in rules (set OPENAI_API_KEY or OPENAI_BASE_URL for LLM analysis)',
  );
}

main().catch(fail);
