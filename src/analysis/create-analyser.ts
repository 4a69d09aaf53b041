import type { Keyv } from 'keyv';
import type { ComplaintAnalyser } from './analyser.ts';
import type { AnswerStore, CacheLogger } from './llm/answer-cache.ts';
import { checkPromptTemplate } from './llm/build-prompt.ts';
import { createLlmAnalyser } from './llm/llm-analyser.ts';
import type { LlmConfig } from './llm/llm-config.ts';
import { loadPromptFiles } from './llm/prompt-files.ts';
import { createRulesAnalyser } from './rules-analyser.ts';

export interface CreateAnalyserOptions {
  /** Where LLM answers are cached (the app passes its store's engine; tools an in-memory keyv). */
  cache?: Keyv<unknown> | AnswerStore | undefined;
  logger?: CacheLogger | undefined;
  /** Another prompts directory (tests). */
  promptsDir?: string | undefined;
}

/**
 * The analyser the configuration asks for: the rules analyser when no LLM endpoint is configured, else the
 * LLM analyser, which falls back to the rules on any failure. The prompt files are read and the template
 * checked here, once, so a missing file or a mistyped placeholder stops the start-up rather than every analysis.
 */
export async function createAnalyser(llm: LlmConfig, options: CreateAnalyserOptions = {}): Promise<ComplaintAnalyser> {
  if (!llm.endpoint) return createRulesAnalyser();
  const prompts = await loadPromptFiles(options.promptsDir);
  checkPromptTemplate(prompts);
  return createLlmAnalyser({ endpoint: llm.endpoint, prompts, cache: options.cache, logger: options.logger });
}
