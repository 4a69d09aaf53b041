import type { ComplaintAnalyser } from '../analysis/analyser.ts';
import type { Metrics } from './metrics.ts';

/**
 * The LLM analyser, counted and timed: whether the model answered, an answer came from the cache, or the
 * rules stood in (and why), read from what the analysis records of its engine. Any other analyser is
 * returned as it is.
 */
export function meterAnalyser(
  analyser: ComplaintAnalyser,
  metrics: Pick<Metrics, 'llmAnalysed'>,
  now = () => performance.now(),
): ComplaintAnalyser {
  if (analyser.name !== 'llm') return analyser;
  return {
    ...analyser,
    name: analyser.name,
    async analyse(input) {
      const started = now();
      const analysis = await analyser.analyse(input);
      const seconds = (now() - started) / 1000;
      const { engine } = analysis;
      if (engine?.fallback) metrics.llmAnalysed('fallback', seconds, engine.fallback.reason);
      else metrics.llmAnalysed(engine?.cached ? 'cached' : 'answered', seconds);
      return analysis;
    },
  };
}
