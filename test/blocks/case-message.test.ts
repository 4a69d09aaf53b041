import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildReviewMessage, buildReviewThreadLine } from '../../src/blocks/case-message.ts';
import { STATUS_LABELS } from '../../src/blocks/messages/common.ts';
import { CASE_STATUSES, type Case } from '../../src/domain/case.ts';
import { apply, at, MANAGER, OWNER, ordinaryCase, policy } from './block-fixtures.ts';

const allText = (blocks: readonly KnownBlock[]) => JSON.stringify(blocks);

/** The ordinary case through a proposal above the staff limit, approval and resolution. */
const resolved = apply(ordinaryCase, [
  { type: 'proposed', at: at(1), by: OWNER, remedyId: 'compensation', amount: 80 },
  { type: 'approval-requested', at: at(2), by: OWNER, remedyId: 'compensation', amount: 80, reason: '顾客坚持要赔偿' },
  { type: 'decided', at: at(3), by: MANAGER, decision: 'approved', remedyId: 'compensation', amount: 80 },
  { type: 'resolved', at: at(4), by: OWNER, outcome: '赔偿80元,顾客接受', satisfaction: 4, improvement: '进货抽检' },
]);

describe('buildReviewMessage', () => {
  it('when a case is new, then the post shows store · product, what happened, temperament, flags and the suggested options', () => {
    const { text, blocks } = buildReviewMessage({ record: ordinaryCase, language: 'zh', policy });
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: '黄兴店 · 水钻项链', emoji: true } });
    const body = allText(blocks);
    expect(body).toContain('顾客昨天买的水钻项链掉了两颗钻');
    expect(body).toContain('力量型 · 把握');
    expect(body).toContain('🚨 网上（已发帖或扬言发帖）');
    expect(body).toContain('建议: 换货 / 补钻 / 补偿');
    expect(body).toContain('饰品(镶钻首饰) · 掉钻');
    expect(body).toContain('<@U_STAFF>');
    expect(text).toBe('投诉案例 · 黄兴店 · 水钻项链 · 待处理');
  });

  it('when the case is read-only in the channel, then the post has no buttons or inputs', () => {
    for (const record of [ordinaryCase, resolved]) {
      const { blocks } = buildReviewMessage({ record, language: 'en', policy });
      expect(blocks.some((block) => block.type === 'actions' || block.type === 'input')).toBe(false);
      expect(allText(blocks)).not.toContain('"accessory"');
    }
  });

  it('when the case is resolved, then it shows the chosen remedy, outcome, satisfaction, improvement and the decision', () => {
    const body = allText(buildReviewMessage({ record: resolved, language: 'zh', policy }).blocks);
    expect(body).toContain('补偿 · 80元 · 已批准');
    expect(body).toContain('赔偿80元,顾客接受');
    expect(body).toContain('4/5 满意');
    expect(body).toContain('进货抽检');
    expect(body).toContain('*批准* · <@U_MANAGER> · 补偿 · 80元');
  });

  it('when staff corrected the temperament, then the post shows the new type as corrected, not a confidence', () => {
    const corrected = apply(ordinaryCase, [
      { type: 'temperament-corrected', at: at(1), by: OWNER, from: 'forceful', to: 'analytical' },
    ]);
    const body = allText(buildReviewMessage({ record: corrected, language: 'en', policy }).blocks);
    expect(body).toContain('analytical · corrected by staff');
  });

  it('when the reading named no type, then the post says staff are to judge, with no confidence beside it', () => {
    const unknown: Case = {
      ...ordinaryCase,
      analysis: {
        ...ordinaryCase.analysis,
        temperament: { ...ordinaryCase.analysis.temperament, type: 'unknown', confidence: 0 },
      },
    };
    const zh = allText(buildReviewMessage({ record: unknown, language: 'zh', policy }).blocks);
    expect(zh).toContain('看不出（请员工判断）');
    expect(zh).not.toContain('把握');
    const en = allText(buildReviewMessage({ record: unknown, language: 'en', policy }).blocks);
    expect(en).toContain('unknown (staff to judge)');
    expect(en).not.toContain('confidence');
  });

  it.each(CASE_STATUSES)('when the case is %s, then its status is labelled in both languages', (status) => {
    const record: Case = { ...ordinaryCase, status };
    for (const language of ['zh', 'en'] as const) {
      const message = buildReviewMessage({ record, language, policy });
      expect(allText(message.blocks)).toContain(STATUS_LABELS[status][language]);
      expect(message.text).toContain(STATUS_LABELS[status][language]);
    }
  });
});

describe('buildReviewThreadLine', () => {
  const line = (index: number, language: 'zh' | 'en' = 'zh') => {
    const event = resolved.history[index];
    if (!event) throw new Error(`no event ${index}`);
    return buildReviewThreadLine({ event, language, remedies: resolved.remedies, currency: policy.currency }).text;
  };

  it('when each change is posted, then the line says who did what, naming the remedy and amount', () => {
    expect(resolved.history.map((_, index) => line(index))).toEqual([
      '<@U_STAFF> 登记了这个案例',
      '<@U_STAFF> 提出方案:补偿 80元',
      '<@U_STAFF> 申请经理审批:补偿 80元 — 理由:顾客坚持要赔偿',
      '<@U_MANAGER> 审批:*批准* 补偿 80元',
      '<@U_STAFF> 已解决:赔偿80元,顾客接受 · 4/5 满意 — 改进:进货抽检',
    ]);
    expect(line(1, 'en')).toBe('<@U_STAFF> proposed: Compensation ¥80');
  });

  it('when the temperament is corrected, a follow-up is made or the case is closed, then the line says so', () => {
    const events = [
      { type: 'temperament-corrected', at: at(5), by: OWNER, from: 'forceful', to: 'peaceable' },
      { type: 'followed-up', at: at(6), by: OWNER, result: 'Happy with it', satisfaction: 5 },
      { type: 'approval-withdrawn', at: at(7), by: OWNER },
      { type: 'closed', at: at(8), by: OWNER, note: 'done' },
    ] as const;
    expect(events.map((event) => buildReviewThreadLine({ event, language: 'en' }).text)).toEqual([
      '<@U_STAFF> corrected the temperament: forceful → peaceable',
      '<@U_STAFF> made the follow-up call: Happy with it · 5/5 very satisfied',
      '<@U_STAFF> withdrew the request for approval',
      '<@U_STAFF> closed the case — note: done',
    ]);
  });

  it('when the remedies are not given, then the policy id stands in for the name', () => {
    const event = { type: 'proposed', at: at(1), by: OWNER, remedyId: 'stone-resetting' } as const;
    expect(buildReviewThreadLine({ event, language: 'en' }).text).toBe('<@U_STAFF> proposed: stone-resetting');
  });
});
