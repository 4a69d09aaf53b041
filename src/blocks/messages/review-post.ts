import type { Catalog } from '../../shared/language.ts';

/** The review channel post, read at a glance in the review meeting. */
export const REVIEW = {
  fallback: { zh: '投诉案例', en: 'Complaint case' },
  whatHappened: { zh: '经过', en: 'What happened' },
  customerWords: { zh: '顾客原话', en: "Customer's words" },
  temperament: { zh: '性格类型', en: 'Temperament' },
  flags: { zh: '提示', en: 'Flags' },
  resolution: { zh: '处理方案', en: 'Resolution' },
  suggested: { zh: '建议', en: 'suggested' },
  kind: { zh: '品类 · 问题', en: 'Category · problem' },
  cameFrom: { zh: '来源', en: 'from' },
  sourceMessage: { zh: '原消息', en: 'the Slack message it was filed from' },
  owner: { zh: '负责人', en: 'Owner' },
  outcome: { zh: '处理结果', en: 'Outcome' },
  satisfaction: { zh: '满意度', en: 'Satisfaction' },
  improvement: { zh: '改进', en: 'Improvement' },
  followUp: { zh: '回访', en: 'Follow-up call' },
  decisions: { zh: '经理决定', en: "Managers' decisions" },
  filed: { zh: '登记于', en: 'filed' },
} satisfies Catalog;
