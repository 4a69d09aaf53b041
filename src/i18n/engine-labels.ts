import type { Analysis } from '../domain/analysis.ts';
import type { FallbackReason } from '../domain/analysis-engine.ts';
import type { Language, Localized } from '../shared/language.ts';

/** Why the rules analyser stood in for the LLM, as staff read it. */
export const FALLBACK_REASON_LABELS: Record<FallbackReason, Localized> = {
  timeout: { zh: 'AI 响应超时', en: 'the LLM did not answer in time' },
  'rate-limited': { zh: 'AI 服务请求过多(429)', en: 'the LLM endpoint is rate-limiting (429)' },
  'server-error': { zh: 'AI 服务出错(5xx)', en: 'the LLM endpoint failed (5xx)' },
  unreachable: { zh: '连接不上 AI 服务', en: 'the LLM endpoint could not be reached' },
  rejected: { zh: 'AI 服务拒绝了请求', en: 'the LLM endpoint refused the request' },
  'invalid-json': { zh: 'AI 的回答不是有效的 JSON', en: "the LLM's answer was not valid JSON" },
  'schema-mismatch': { zh: 'AI 的回答格式不符', en: "the LLM's answer did not match the schema" },
  interrupted: { zh: 'AI 回答前机器人重启了', en: 'the bot restarted before the LLM answered' },
  other: { zh: 'AI 分析出错', en: 'the LLM analysis failed' },
};

/**
 * Which engine analysed a complaint, in one line: the LLM with its model and prompt version, or the
 * built-in rules — with the reason when they stood in for a configured LLM.
 */
export function describeEngine(analysis: Analysis, language: Language): string {
  const { engine } = analysis;
  if (analysis.analysedBy === 'llm' && engine) {
    const cached = engine.cached ? (language === 'zh' ? ',缓存' : ', cached') : '';
    return language === 'zh'
      ? `AI 分析(${engine.model},提示词 ${engine.promptVersion}${cached}),已按店规核对`
      : `analysed by LLM (${engine.model}, prompt ${engine.promptVersion}${cached}), held to the policy`;
  }
  if (engine?.fallback) {
    const reason = FALLBACK_REASON_LABELS[engine.fallback.reason][language];
    return language === 'zh' ? `规则引擎分析:${reason}` : `analysed by rules: ${reason}`;
  }
  return language === 'zh' ? '规则引擎分析' : 'analysed by the built-in rules';
}

/** What the guardrails changed in the LLM's answer, for staff; empty when nothing worth showing changed. */
export function describeAdjustments(analysis: Analysis, language: Language): string[] {
  return (analysis.engine?.adjustments ?? [])
    .filter((adjustment) => adjustment.kind !== 'wording-regenerated')
    .map((adjustment) => adjustment.reason[language]);
}
