import type { Keyv } from 'keyv';
import type { LlmConfig } from '../config.js';
import type { ComplaintAnalyser } from './analyser.js';
import type { AnswerStore, CacheLogger } from './llm/answer-cache.js';
import { checkPromptTemplate } from './llm/build-prompt.js';
import { createLlmAnalyser } from './llm/llm-analyser.js';
import { loadPromptFiles } from './llm/prompt-files.js';
import { createRulesAnalyser } from './rules-analyser.js';

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
