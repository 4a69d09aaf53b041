import type { Catalog, Language } from '../../shared/language.ts';
import { t } from './common.ts';

/**
 * What the weekly root-cause report says, in Chinese and English. Its builder
 * uses it in Slack and on the terminal.
 */
export const WEEKLY = {
  title: { zh: '每周根因报告', en: 'Weekly root-cause report' },
  period: { zh: '期间', en: 'Period' },
  comparedWith: { zh: '对比上期', en: 'compared with' },
  complaints: { zh: '投诉', en: 'Complaints' },
  previous: { zh: '上期', en: 'previous period' },
  byCause: { zh: '按原因(上期)', en: 'By cause (previous)' },
  byCategory: { zh: '按品类', en: 'By category' },
  byStore: { zh: '按门店', en: 'By store' },
  rules: { zh: '背后的政策条款', en: 'Policy rules behind them' },
  cited: { zh: '引用', en: 'cited' },
  approvals: { zh: '需经理审批', en: 'needed a manager' },
  noRules: { zh: '本期没有提出补救方案的投诉', en: 'no remedy was proposed in the period' },
  improvements: { zh: '本期记录的改进', en: 'Improvements recorded in the period' },
  noImprovements: { zh: '本期没有记录改进', en: 'none recorded in the period' },
  effects: { zh: '改进之后,该原因的投诉是否减少', en: 'Did complaints of the cause fall after its first improvement?' },
  fell: { zh: '已减少', en: 'fell' },
  notFell: { zh: '未减少', en: 'did not fall' },
  tooEarly: { zh: '时间尚短,暂难判断', en: 'too early to judge' },
  chartTitle: { zh: '投诉原因帕累托图', en: 'Causes of complaints (Pareto)' },
  chartBars: { zh: '投诉数', en: 'complaints' },
  chartLine: { zh: '累计占比', en: 'cumulative share' },
  unknownRule: { zh: '未知条款', en: 'unknown rule' },
} satisfies Catalog;

/** The trend against the previous period: "↑ +3", "↓ −2", "→ 0". */
export function trendArrow(now: number, before: number): string {
  if (now > before) return `↑ +${now - before}`;
  if (now < before) return `↓ −${before - now}`;
  return '→ 0';
}

/** "近 4 周" / "last 4 weeks". */
export function weeksLabel(weeks: number, language: Language): string {
  return t({ zh: `近 ${weeks} 周`, en: weeks === 1 ? 'last week' : `last ${weeks} weeks` }, language);
}

/** One effect line's numbers: "首次改进 2026-11-02 后 35 天:之前 6 宗,之后 2 宗" / "…". */
export function effectNumbers(since: string, days: number, before: number, after: number, language: Language): string {
  return t(
    {
      zh: `首次改进 ${since} · 前后各 ${days} 天:之前 ${before} 宗,之后 ${after} 宗`,
      en: `first improvement ${since} · ${days} days each side: ${before} before, ${after} after`,
    },
    language,
  );
}
