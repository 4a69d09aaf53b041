import { openAnalyser } from './analysis/open-analyser.js';
import { createApp } from './app.js';
import { loadSettings } from './config.js';
import { describeAppError, isAppError } from './errors.js';
import { loadPolicy } from './policy/load-policy.js';
import { openStores } from './store/open-stores.js';

const NAME = 'complaint-desk';
/** Exit codes, as for the command-line tools: 2 for something a person can fix (settings, Slack, the store), 1 for a bug. */
const EXIT = { failure: 1, badInput: 2 } as const;

let running = false;

/** Prints why the bot cannot go on — one line per cause, or the stack of a bug — and exits. */
function fail(error: unknown): never {
  if (isAppError(error)) {
    for (const line of describeAppError(NAME, error)) process.stderr.write(`${line}\n`);
    process.exit(EXIT.badInput);
  }
  // Before it runs, one line like every other start failure; once running, the stack, since it is a bug to find.
  const detail = error instanceof Error ? ((running ? error.stack : undefined) ?? error.message) : String(error);
  process.stderr.write(`${NAME}: ${running ? 'stopped on an unexpected error' : 'cannot start'}: ${detail}\n`);
  process.exit(EXIT.failure);
}

/** The only file that starts anything: configuration, policy and store first, so a bad one stops the bot at once. */
async function main(): Promise<void> {
  // A promise nobody awaited (a library's background call) must not end the bot with a page of stack trace.
  process.on('unhandledRejection', fail);
  const { config, llm } = loadSettings();
  const policy = await loadPolicy(config.policyFile);
  const stores = await openStores(config.storeUrl);
  // LLM answers are cached on the case store's database, so every instance shares them.
  const opened = await openAnalyser(llm, config.storeUrl, { logger: console });
  const app = createApp(config, { policy, stores, analyser: opened.analyser, clock: () => new Date() });
  const port = await app.start().catch(async (error: unknown) => {
    await stores.close().catch(() => undefined);
    await opened.close().catch(() => undefined);
    throw error;
  });
  running = true;
  const health = app.healthPort();
  console.log(
    `${NAME} is running (${config.appToken ? 'Socket Mode' : `HTTP mode on port ${port}`}${health === undefined ? '' : `, health check on port ${health}`})`,
  );
  console.log(
    llm.endpoint
      ? `analysis: LLM ${llm.endpoint.model}${llm.endpoint.baseUrl ? ` at ${llm.endpoint.baseUrl}` : ''}, rules as fallback`
      : 'analysis: built-in rules (set OPENAI_API_KEY or OPENAI_BASE_URL for LLM analysis)',
  );
  const shutdown = async () => {
    await app.stop();
    await stores.close();
    await opened.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

main().catch(fail);
