import { createRulesAnalyser } from './analysis/rules-analyser.js';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { isAppError } from './errors.js';
import { loadPolicy } from './policy/load-policy.js';
import { openStores } from './store/open-stores.js';

/** The only file that starts anything: configuration, policy and store first, so a bad one stops the bot at once. */
async function main(): Promise<void> {
  const config = loadConfig();
  const policy = await loadPolicy(config.policyFile);
  const stores = await openStores(config.storeUrl);
  const running = createApp(config, { policy, stores, analyser: createRulesAnalyser(), clock: () => new Date() });
  const port = await running.start();
  console.log(`complaint-desk is running (${config.appToken ? 'Socket Mode' : `HTTP mode on port ${port}`})`);
  const shutdown = async () => {
    await running.stop();
    await stores.close();
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
