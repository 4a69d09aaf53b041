import type { Logger } from '@slack/bolt';
import type { ComplaintAnalyser } from './analysis/analyser.ts';
import type { Config } from './config.ts';
import type { Policy } from './domain/policy-schema.ts';
import type { Language } from './shared/language.ts';
import type { Stores } from './store/case-store.ts';

/** What the app is built from; tests pass their own (a temp store, a fixed clock). */
export interface AppDeps {
  policy: Policy;
  stores: Stores;
  analyser: ComplaintAnalyser;
  clock: () => Date;
  logger?: Logger;
  /** Node's own metrics (CPU, memory, event loop, GC) on /metrics besides the bot's; main turns them on. */
  processMetrics?: boolean;
  /** How long start-up may wait for Slack before it fails with one line (default 30 s); tests shorten it. */
  startTimeoutMs?: number;
}

/** The language for shared places (the review channel), from DEFAULT_LOCALE. */
export function defaultLanguage(config: Config): Language {
  return config.defaultLocale === 'zh-CN' ? 'zh' : 'en';
}
