import type { ActionsBlock, KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildStaffAnalysis } from '../../src/blocks/analysis-message.ts';
import { ACTION } from '../../src/blocks/ids.ts';
import { hostileCase, ordinaryCase, policy } from './block-fixtures.ts';

const sectionTexts = (blocks: readonly KnownBlock[]) =>
  blocks.flatMap((block) => (block.type === 'section' && block.text ? [block.text.text] : []));

describe('buildStaffAnalysis', () => {
  const { text, blocks } = buildStaffAnalysis({
    record: ordinaryCase,
    remedies: ordinaryCase.remedies,
    language: 'zh',
    policy,
  });
  const sections = sectionTexts(blocks);

  it('when the customer threatened social media, then the crisis warning comes first after the header, marked', () => {
    expect(sections[0]).toMatch(/^🚨 \*危机迹象:请立即告知店长 — 网上（已发帖或扬言发帖）\*/);
    expect(sections[0]).toContain('“不换我就发抖音曝光你们!” (顾客原话)');
    expect(text.startsWith('🚨')).toBe(true);
  });

  it('when the temperament is read, then type, confidence, evidence and how to serve are shown', () => {
    const temperament = sections.find((section) => section.startsWith('*性格类型'));
    expect(temperament).toMatch(/^\*性格类型: 力量型 · 把握 \d+%\*/);
    expect(temperament).toContain('“别废话,马上给我换!” (顾客原话)');
    expect(temperament).toContain('*怎么接待*');
  });

  it('when a type is read on little evidence, then the staff are told it is a hint to check, until they correct it', () => {
    const withConfidence = (confidence: number) => ({
      ...ordinaryCase,
      analysis: { ...ordinaryCase.analysis, temperament: { ...ordinaryCase.analysis.temperament, confidence } },
    });
    const temperamentOf = (record: typeof ordinaryCase, language: 'zh' | 'en') =>
      sectionTexts(buildStaffAnalysis({ record, language, policy }).blocks).find((section) =>
        section.startsWith(language === 'zh' ? '*性格类型' : '*Temperament'),
      );
    expect(temperamentOf(withConfidence(0.35), 'zh')).toContain('_只是提示:依据不多。');
    expect(temperamentOf(withConfidence(0.35), 'en')).toContain('_A hint only, on little evidence');
    expect(temperamentOf(withConfidence(0.5), 'zh')).not.toContain('只是提示');
    const corrected = {
      ...withConfidence(0.35),
      history: [
        ...ordinaryCase.history,
        {
          type: 'temperament-corrected' as const,
          at: '2026-11-20T08:00:00.000Z',
          by: 'U1',
          from: 'lively' as const,
          to: 'forceful' as const,
        },
      ],
    };
    expect(temperamentOf(corrected, 'zh')).not.toContain('只是提示');
  });

  it('when the apology is given, then it is marked as words for the customer, in their language', () => {
    const apology = sections.find((section) => section.includes('*对顾客说*'));
    expect(apology).toMatch(/^🗣️ \*对顾客说\* \(中文\)\n>/);
    const english = buildStaffAnalysis({ record: ordinaryCase, language: 'en', policy });
    expect(sectionTexts(english.blocks).find((section) => section.includes('*Say to the customer*'))).toMatch(
      /\(中文\)\n>真是/,
    );
  });

  it('when options are suggested, then each has its cost or staff limit and its rule; refunds need a manager', () => {
    const resolution = sections.find((section) => section.startsWith('*建议方案*'));
    expect(resolution).toContain('请顾客从以下方案中选择');
    expect(resolution).toContain('1. *换货* · 免费 · R1');
    expect(resolution).toContain('3. *补偿* · 店员可给到50元 · A1');
    const remedies = sections.find((section) => section.startsWith('*政策允许*'));
    expect(remedies).toContain('✓ *退货退款* · 需经理批准 · R12');
    expect(remedies).toContain('截止 2026-11-22 15:00');
    expect(remedies).toContain('需核实: 确认商品完整');
  });

  it('when the steps and follow-up are shown, then all six steps and the call plan are there', () => {
    const steps = sections.find((section) => section.startsWith('*处理六步骤*'));
    for (const step of [1, 2, 3, 4, 5, 6]) expect(steps).toContain(`\n${step}. `);
    expect(JSON.stringify(blocks)).toContain('📞 *回访* (结案后 7 天)');
  });

  it('when the analysis is sent, then it ends with its buttons (History included), each carrying the case id', () => {
    const actions = blocks[blocks.length - 1] as ActionsBlock;
    expect(actions.type).toBe('actions');
    // Other features may add buttons after these (e.g. aftercare's repair promise).
    const buttons = actions.elements.map((element) => [element.action_id, 'value' in element ? element.value : null]);
    expect(buttons.slice(0, 4)).toEqual([
      [ACTION.recordOutcome, 'C-1'],
      [ACTION.correctTemperament, 'C-1'],
      [ACTION.requestCompensation, 'C-1'],
      [ACTION.showHistory, 'C-1'],
    ]);
  });

  it('when every flag is raised, then all seven crisis signs come before any difficult one', () => {
    const all = sectionTexts(buildStaffAnalysis({ record: hostileCase, language: 'en', policy }).blocks);
    const marks = all.filter((section) => /^(🚨|⚠️)/u.test(section)).map((section) => section.slice(0, 2));
    expect(marks).toHaveLength(20);
    expect(marks.slice(0, 7).every((mark) => mark === '🚨')).toBe(true);
    expect(marks.slice(7).every((mark) => mark.startsWith('⚠'))).toBe(true);
  });

  it('when remedies are not passed, then the verdicts kept on the case are used', () => {
    const without = buildStaffAnalysis({ record: ordinaryCase, language: 'zh', policy });
    expect(without).toEqual({ text, blocks });
  });
});
