import type { Catalog, Language } from '../../shared/language.ts';
import { t } from './common.ts';

/**
 * The private analysis DM'd to the staff member who filed the complaint.
 */

/** The staff member's private analysis. */
export const STAFF = {
  title: { zh: '投诉分析', en: 'Complaint analysis' },
  fallback: { zh: '你登记的投诉已分析完毕', en: 'The complaint you filed has been analysed' },
  customerLanguage: { zh: '顾客语言', en: "customer's language" },
  crisisHeading: { zh: '危机迹象:请立即告知店长', en: 'Crisis sign: tell the manager now' },
  difficultHeading: { zh: '难缠迹象', en: 'Difficult-customer sign' },
  temperament: { zh: '性格类型', en: 'Temperament' },
  evidence: { zh: '依据', en: 'Evidence' },
  noEvidence: { zh: '没有明显依据,仅供参考', en: 'no clear evidence; a working guess' },
  weakReading: {
    zh: '只是提示:依据不多。请对照顾客当面的表现判断,不对就点「更正性格类型」。',
    en: 'A hint only, on little evidence: check it against how the customer behaves, and use “Correct temperament” if it is wrong.',
  },
  approach: { zh: '怎么接待', en: 'How to serve them' },
  aim: { zh: '真实诉求', en: 'Likely aim' },
  asks: { zh: '口头要求', en: 'asks for' },
  apology: { zh: '对顾客说', en: 'Say to the customer' },
  resolution: { zh: '建议方案', en: 'Suggested resolution' },
  letChoose: { zh: '请顾客从以下方案中选择', en: 'let the customer choose' },
  nothingAllowed: {
    zh: '政策内没有可直接提供的方案,请请示店长。',
    en: 'Nothing the policy allows outright; ask the manager.',
  },
  remedies: { zh: '政策允许', en: 'The policy allows' },
  notAllowed: { zh: '不可提供', en: 'Not allowed' },
  until: { zh: '截止', en: 'until' },
  check: { zh: '需核实', en: 'check' },
  steps: { zh: '处理六步骤', en: 'The six steps' },
  followUp: { zh: '回访', en: 'Follow-up call' },
  correctTemperament: { zh: '更正性格类型', en: 'Correct temperament' },
  recordOutcome: { zh: '记录处理结果', en: 'Record the outcome' },
  requestCompensation: { zh: '申请补偿审批', en: 'Request compensation' },
} satisfies Catalog;

/** "7 天后" / "7 days after it is resolved" */
export function followUpWhen(days: number, language: Language): string {
  return t({ zh: `结案后 ${days} 天`, en: `${days} days after it is resolved` }, language);
}
