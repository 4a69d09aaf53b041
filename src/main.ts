import { openAnalyser } from './analysis/open-analyser.js';
import { createApp } from './app.js';
import { loadConfig, loadLlmConfig } from './config.js';
import { isAppError } from './errors.js';
import { loadPolicy } from './policy/load-policy.js';
import { openStores } from './store/open-stores.js';

/** The only file that starts anything: configuration, policy and store first, so a bad one stops the bot at once. */
async function main(): Promise<void> {
  const config = loadConfig();
  const llm = loadLlmConfig();
  const policy = await loadPolicy(config.policyFile);
  const stores = await openStores(config.storeUrl);
  // LLM answers are cached on the case store's database, so every instance shares them.
  const opened = await openAnalyser(llm, config.storeUrl, { logger: console });
  const running = createApp(config, { policy, stores, analyser: opened.analyser, clock: () => new Date() });
  const port = await running.start();
  console.log(`complaint-desk is running (${config.appToken ? 'Socket Mode' : `HTTP mode on port ${port}`})`);
  console.log(
    llm.endpoint
      ? `analysis: LLM ${llm.endpoint.model}${llm.endpoint.baseUrl ? ` at ${llm.endpoint.baseUrl}` : ''}, rules as fallback`
      : 'analysis: built-in rules (set OPENAI_API_KEY or OPENAI_BASE_URL for LLM analysis)',
  );
  const shutdown = async () => {
    await running.stop();
    await stores.close();
    await opened.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(
    `complaint-desk: ${isAppError(error) ? error.message : error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(isAppError(error) ? 2 : 1);
});
