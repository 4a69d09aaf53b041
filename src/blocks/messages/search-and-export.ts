import type { Catalog, Language } from '../../shared/language.ts';
import { t } from './common.ts';

/** What `/complaint search` and `/complaint export` answer, in Chinese and English. */
export const ARCHIVE = {
  noMatch: { zh: '没有找到符合条件的案例。', en: 'No cases match.' },
  recentOnly: {
    zh: '(未指定日期时只查最近的 {n} 个案例;加上 from:/to: 可查更早的。)',
    en: '(Without dates only the latest {n} cases are searched; add from:/to: to look further back.)',
  },
  noPost: { zh: '尚未发到复盘频道', en: 'not posted yet' },
  managersOnly: {
    zh: '导出包含顾客资料,只有审批经理可以导出。',
    en: 'The export holds customer details, so only the approvers (managers) can export.',
  },
  preparing: {
    zh: '正在整理导出文件,稍后私信发给你。',
    en: 'Preparing the export; it will come to you in a direct message.',
  },
  sent: {
    zh: '已把 {from} 至 {to} 的 {n} 个案例私信发给你(CSV)。',
    en: 'Sent you the {n} cases from {from} to {to} as a CSV, in a direct message.',
  },
  fileComment: {
    zh: '{from} 至 {to} 的投诉案例({n} 个)。内含顾客资料,请勿外传。',
    en: 'Complaint cases from {from} to {to} ({n}). It holds customer details: keep it private.',
  },
  failed: {
    zh: '导出没有成功,请稍后再试;如果一直失败,请告诉管理员。',
    en: 'The export did not go through; try again shortly, and tell the administrator if it keeps failing.',
  },
  searchFailed: {
    zh: '搜索没有成功,请稍后再试;如果一直失败,请告诉管理员。',
    en: 'The search did not go through; try again shortly, and tell the administrator if it keeps failing.',
  },
} satisfies Catalog;

/** "找到 3 个案例" / "3 cases found" (and how many are shown when not all are). */
export function describeFound(found: number, shown: number, language: Language): string {
  const cases = found === 1 ? 'case' : 'cases';
  return shown < found
    ? t(
        { zh: `找到 ${found} 个案例,显示最新的 ${shown} 个`, en: `${found} ${cases} found; the newest ${shown} shown` },
        language,
      )
    : t({ zh: `找到 ${found} 个案例`, en: `${found} ${cases} found` }, language);
}
