import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildStaffAnalysis } from '../../src/blocks/analysis-message.ts';
import type { AnalysisEngine } from '../../src/domain/analysis-engine.ts';
import type { Case } from '../../src/domain/case.ts';
import { ordinaryCase, policy } from './block-fixtures.ts';

const contextTexts = (blocks: readonly KnownBlock[]) =>
  blocks.flatMap((block) =>
    block.type === 'context' ? block.elements.flatMap((element) => ('text' in element ? [element.text] : [])) : [],
  );

function withEngine(engine: AnalysisEngine, analysedBy: 'rules' | 'llm'): Case {
  return { ...ordinaryCase, analysis: { ...ordinaryCase.analysis, analysedBy, engine } };
}

const ENGINE: AnalysisEngine = {
  model: 'qwen2.5:7b',
  promptVersion: 'p-0123456789',
  tokens: { input: 1900, output: 400 },
  cached: false,
  adjustments: [],
};

describe('the engine line of the staff analysis', () => {
  it('when the rules stood in for the LLM, then the DM says "analysed by rules" with the reason, in the reader\'s language', () => {
    const record = withEngine({ ...ENGINE, fallback: { reason: 'timeout', detail: 'Request timed out.' } }, 'rules');
    const en = contextTexts(buildStaffAnalysis({ record, language: 'en', policy }).blocks).join('\n');
    const zh = contextTexts(buildStaffAnalysis({ record, language: 'zh', policy }).blocks).join('\n');
    expect(en).toContain('analysed by rules: the LLM did not answer in time');
    expect(zh).toContain('规则引擎分析:AI 响应超时');
  });

  it('when the LLM analysed it, then the DM names the model and prompt version, and what the guardrails changed', () => {
    const record = withEngine(
      {
        ...ENGINE,
        adjustments: [
          {
            kind: 'remedy-removed',
            remedy: 'refund',
            reason: { zh: '“退货”不在店规允许之列,已删除', en: "'Refund' is not allowed by the policy; removed" },
          },
        ],
      },
      'llm',
    );
    const en = contextTexts(buildStaffAnalysis({ record, language: 'en', policy }).blocks).join('\n');
    expect(en).toContain('analysed by LLM (qwen2.5:7b, prompt p-0123456789), held to the policy');
    expect(en).toContain("⚖️ 'Refund' is not allowed by the policy; removed");
    const zh = contextTexts(buildStaffAnalysis({ record, language: 'zh', policy }).blocks).join('\n');
    expect(zh).toContain('AI 分析(qwen2.5:7b,提示词 p-0123456789),已按店规核对');
  });

  it('when no LLM is configured, then the DM says the built-in rules analysed it and shows no adjustments', () => {
    const en = contextTexts(buildStaffAnalysis({ record: ordinaryCase, language: 'en', policy }).blocks).join('\n');
    expect(en).toContain('analysed by the built-in rules');
    expect(en).not.toContain('⚖️');
  });
});
