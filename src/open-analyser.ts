import type { ComplaintAnalyser } from './analysis/analyser.ts';
import { createAnalyser } from './analysis/create-analyser.ts';
import type { CacheLogger } from './analysis/llm/answer-cache.ts';
import type { LlmConfig } from './analysis/llm/llm-config.ts';
import { openEngine } from './store/open-engine.ts';

/** The app's analyser and what to close with it. */
export interface OpenedAnalyser {
  analyser: ComplaintAnalyser;
  /** Closes the cache's database connection, if one was opened. */
  close(): Promise<void>;
}

/**
 * The analyser the app runs with: with an LLM endpoint configured, its answers are cached on the case
 * store's database (STORE_URL), so every instance shares them and a restart keeps them; lapsed answers are
 * swept from the SQL engines' tables. Without an endpoint, the rules analyser and nothing to open.
 */
export async function openAnalyser(
  llm: LlmConfig,
  storeUrl: string,
  options: { logger?: CacheLogger | undefined; promptsDir?: string | undefined } = {},
): Promise<OpenedAnalyser> {
  const cacheEngine = llm.endpoint ? await openEngine(storeUrl) : undefined;
  try {
    const analyser = await createAnalyser(llm, {
      cache: cacheEngine,
      logger: options.logger,
      promptsDir: options.promptsDir,
    });
    return { analyser, close: async () => cacheEngine?.close() };
  } catch (error) {
    await cacheEngine?.close().catch(() => undefined);
    throw error;
  }
}
