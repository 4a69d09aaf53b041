import type { Catalog, Language } from '../../shared/language.ts';
import { t } from './common.ts';

/**
 * The App Home tab: the staff member's cases, the store's recent ones, requests awaiting a decision.
 */

/** The App Home tab. */
export const HOME = {
  mine: { zh: '我的待办案例', en: 'Your open cases' },
  mineEmpty: {
    zh: '你手上没有未结的案例。遇到顾客投诉时,输入 /complaint 登记。',
    en: 'Nothing open on your desk. When a customer complains, type /complaint to log it.',
  },
  recent: { zh: '本店最近的案例', en: 'Recent cases in the store' },
  recentEmpty: {
    zh: '最近还没有案例。每一次投诉都是让顾客再次满意的机会。',
    en: 'No cases yet. Every complaint is a second chance to satisfy a customer.',
  },
  intro: {
    zh: '输入 /complaint 加上顾客的原话即可登记投诉;分析结果会私信发给你。',
    en: "Type /complaint with the customer's words to log a complaint; the analysis comes to you privately.",
  },
} satisfies Catalog;

/** "+3 more waiting" under the pending requests on App Home, which shows the oldest first. */
export function morePending(count: number, language: Language): string {
  return t(
    {
      zh: `还有 ${count} 项申请在等待,处理完上面的较早申请后会显示在这里。`,
      en: `+${count} more waiting; they show here once the older ones above are decided.`,
    },
    language,
  );
}
