import type { Catalog, Language } from '../../shared/language.ts';
import { t } from './common.ts';

/**
 * What the morning digest says, in Chinese and English. The digest builder
 * uses it in Slack and on the terminal.
 */
export const DIGEST = {
  title: { zh: '晨会简报', en: 'Morning digest' },
  period: { zh: '期间', en: 'Period' },
  newComplaints: { zh: '新投诉', en: 'New complaints' },
  byStore: { zh: '按门店', en: 'By store' },
  byCategory: { zh: '按品类', en: 'By category' },
  byTemperament: { zh: '按性格类型', en: 'By temperament' },
  byCause: { zh: '按原因', en: 'By cause' },
  cases: { zh: '逐案回顾', en: 'Case by case' },
  open: { zh: '仍在处理', en: 'Still open' },
  awaitingApproval: { zh: '待经理审批', en: 'Awaiting a manager' },
  followUpsDue: { zh: '今日及逾期回访', en: 'Follow-up calls due today or overdue' },
  repairs: { zh: '维修到期与待取件', en: 'Repairs due and ready for pickup' },
  repairDue: { zh: '维修应交付', en: 'repair due' },
  readyForPickup: { zh: '已修好待取', en: 'ready for pickup' },
  customerTold: { zh: '已通知顾客', en: 'customer told' },
  abandonedAfter: { zh: '逾期视为放弃', en: 'abandoned after' },
  abandonedPassed: { zh: '已过期', en: 'passed' },
  repairWithoutDate: { zh: '维修尚未登记取件日期', en: 'repair without a promised date' },
  agreedOn: { zh: '确定于', en: 'agreed' },
  lessons: { zh: '本期改进', en: 'Lessons recorded' },
  cause: { zh: '原因', en: 'cause' },
  handled: { zh: '处理', en: 'handled' },
  proposed: { zh: '拟', en: 'proposed' },
  notYetHandled: { zh: '尚未处理', en: 'not yet handled' },
  satisfaction: { zh: '满意度', en: 'satisfaction' },
  improvement: { zh: '改进', en: 'improvement' },
  followUpCall: { zh: '回访', en: 'follow-up call' },
  followUpUnhappy: { zh: '回访仍不满意', en: 'still unhappy at the follow-up call' },
  owner: { zh: '负责人', en: 'owner' },
  since: { zh: '自', en: 'since' },
  due: { zh: '应回访', en: 'due' },
  overdue: { zh: '已逾期', en: 'overdue' },
  unknownCategory: { zh: '未分类', en: 'uncategorised' },
  chartTitle: { zh: '各门店各品类投诉数', en: 'Complaints per category per store' },
  part: { zh: '续', en: 'continued' },
} satisfies Catalog;

/** "共 12 宗" / "12 in all". */
export function digestTotal(count: number, language: Language): string {
  return t({ zh: `${count} 宗`, en: `${count}` }, language);
}

/** "…另有 40 宗未列出" / "… and 40 more". */
export function digestMore(count: number, language: Language): string {
  return t({ zh: `…另有 ${count} 宗未列出`, en: `… and ${count} more` }, language);
}

/** The late marker: "迟发:原定 08:30" / "late: due 08:30". */
export function digestLate(dueAt: string, language: Language): string {
  return t({ zh: `迟发:原定 ${dueAt}`, en: `late: due ${dueAt}` }, language);
}

/** The quiet-day line. */
export function digestQuiet(day: string, since: string, language: Language): string {
  return t(
    {
      zh: `${DIGEST.title.zh} ${day}:自 ${since} 以来没有新投诉,也没有待办事项。`,
      en: `${DIGEST.title.en} ${day}: no complaints since ${since} and nothing waiting.`,
    },
    language,
  );
}
