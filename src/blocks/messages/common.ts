import type { CaseStatus, DecisionEvent } from '../../domain/case.ts';
import type { SuspectedCause } from '../../domain/complaint.ts';
import type { Catalog, Language, Localized } from '../../shared/language.ts';
import { md, type SafeText } from '../safe-text.ts';

/**
 * Texts several surfaces share: status, satisfaction, decision and cause labels, ages, "more not shown", and
 * `t()`, which picks an entry's language.
 */

/**
 * Picks a catalog entry's text for a language. A function whose text depends on its arguments writes both
 * side by side through it too, `t({ zh: …, en: … }, language)`, so a language left out fails tsc.
 */
export function t<Text = string>(entry: Readonly<Record<Language, Text>>, language: Language): Text {
  return entry[language];
}

/** Fills `{name}` placeholders of a catalog entry. */
export function fill(entry: Localized, language: Language, values: Record<string, string | number>): string {
  return entry[language].replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A case's status as staff and managers say it. */
export const STATUS_LABELS: Record<CaseStatus, Localized> = {
  open: { zh: '待处理', en: 'open' },
  proposed: { zh: '已提出方案', en: 'remedy proposed' },
  'awaiting-approval': { zh: '待经理审批', en: 'awaiting approval' },
  resolved: { zh: '已解决', en: 'resolved' },
  'followed-up': { zh: '已回访', en: 'followed up' },
  closed: { zh: '已结案', en: 'closed' },
};

/** A one-glyph marker per status, so a list of cases can be scanned by eye. */
export const STATUS_ICONS: Record<CaseStatus, string> = {
  open: '🟠',
  proposed: '🟡',
  'awaiting-approval': '⏳',
  resolved: '✅',
  'followed-up': '📞',
  closed: '⚪',
};

/** The satisfaction scale of the outcome form (1 very unhappy … 5 very happy). */
export const SATISFACTION_LABELS: Record<1 | 2 | 3 | 4 | 5, Localized> = {
  1: { zh: '很不满意', en: 'very unhappy' },
  2: { zh: '不满意', en: 'unhappy' },
  3: { zh: '一般', en: 'neither' },
  4: { zh: '满意', en: 'satisfied' },
  5: { zh: '很满意', en: 'very satisfied' },
};

/** A satisfaction score with its words: "4/5 满意". */
export function describeSatisfaction(score: number, language: Language): string {
  const labels: Partial<Record<number, Localized>> = SATISFACTION_LABELS;
  const label = labels[score];
  return label ? `${score}/5 ${t(label, language)}` : `${score}/5`;
}

export const DECISION_LABELS: Record<DecisionEvent['decision'], Localized> = {
  approved: { zh: '批准', en: 'approved' },
  adjusted: { zh: '调整后批准', en: 'approved with changes' },
  rejected: { zh: '驳回', en: 'rejected' },
};

/** The names of the languages, each written in itself so either reader recognises it. */
export const LANGUAGE_NAMES: Record<Language, string> = { zh: '中文', en: 'English' };

/** Texts shared by several surfaces. */
export const COMMON = {
  none: { zh: '无', en: 'none' },
  unknown: { zh: '未知', en: 'unknown' },
  noProduct: { zh: '未填写商品', en: 'product not given' },
  confidence: { zh: '把握', en: 'confidence' },
  corrected: { zh: '已由店员更正', en: 'corrected by staff' },
  needsManager: { zh: '需经理批准', en: 'needs a manager' },
  approved: { zh: '已批准', en: 'approved' },
} satisfies Catalog;

/** "… 3 more not shown", for lists cut to fit a message. */
export function moreNote(hidden: number, language: Language): SafeText {
  return t({ zh: md`…另有 ${hidden} 项未显示`, en: md`… ${hidden} more not shown` }, language);
}

/** "staff may grant up to ¥50" */
export function staffLimitNote(limit: string, language: Language): string {
  return t({ zh: `店员可给到${limit}`, en: `staff may grant up to ${limit}` }, language);
}

/** How long ago, roughly: "3 天前" / "3 d ago". */
export function describeAge(milliseconds: number, language: Language): string {
  const minutes = Math.max(0, Math.floor(milliseconds / 60_000));
  const [amount, unit] =
    minutes < 60
      ? [minutes, { zh: '分钟', en: 'min' }]
      : minutes < 48 * 60
        ? [Math.floor(minutes / 60), { zh: '小时', en: 'h' }]
        : [Math.floor(minutes / (24 * 60)), { zh: '天', en: 'd' }];
  return t({ zh: `${amount}${unit.zh}前`, en: `${amount} ${unit.en} ago` }, language);
}

export const CAUSE_LABELS: Record<SuspectedCause, Localized> = {
  quality: { zh: '质量问题', en: 'a quality fault' },
  use: { zh: '使用造成', en: 'caused by use' },
  unknown: { zh: '不确定', en: 'not sure' },
};
