import { TEMPERAMENTS, type Temperament } from '../domain/analysis.ts';
import { CASE_STATUSES, type CaseStatus } from '../domain/case.ts';
import { TEMPERAMENT_LABELS } from '../i18n/labels.ts';
import type { Localized } from '../shared/language.ts';
import { isLocalDate, type LocalDate } from '../shared/local-date.ts';

/**
 * `/complaint search` and `/complaint export` arguments, parsed (pure). Every complaint is archived for
 * later lookup (seed 000's 处理记录表): staff find cases by words, store, date range, temperament and
 * status.
 */

/** What a search asks for; every part given must hold. */
export interface SearchQuery {
  /** Words that must all appear (case-insensitive) in the case's texts. */
  words: string[];
  /** A store name, or part of one. */
  store?: string;
  /** Filed on or after this day (store time zone). */
  from?: LocalDate;
  /** Filed on or before this day (store time zone), inclusive. */
  to?: LocalDate;
  temperament?: Temperament;
  status?: CaseStatus;
}

/** A period to export: both days inclusive, in the store's time zone. */
export interface ExportPeriod {
  from: LocalDate;
  to: LocalDate;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: Localized };

/** Filter names as staff may type them, in either language. */
const KEYS: Record<string, 'store' | 'from' | 'to' | 'temperament' | 'status'> = {
  store: 'store',
  店: 'store',
  门店: 'store',
  from: 'from',
  从: 'from',
  to: 'to',
  到: 'to',
  temperament: 'temperament',
  type: 'temperament',
  性格: 'temperament',
  status: 'status',
  状态: 'status',
};

/** Status words as staff say them (the status ids, and their Chinese labels). */
const STATUS_WORDS: Record<string, CaseStatus> = {
  待处理: 'open',
  已提出方案: 'proposed',
  待审批: 'awaiting-approval',
  待经理审批: 'awaiting-approval',
  已解决: 'resolved',
  已回访: 'followed-up',
  已结案: 'closed',
};

const ERRORS = {
  badDate: (key: string, value: string): Localized => ({
    zh: `“${key}:${value}” 不是日期,请写成 2026-11-01 这样。`,
    en: `"${key}:${value}" is not a date; write it like 2026-11-01.`,
  }),
  order: (from: string, to: string): Localized => ({
    zh: `开始日期 ${from} 晚于结束日期 ${to},请对调。`,
    en: `The start date ${from} is after the end date ${to}; swap them.`,
  }),
  temperament: (value: string): Localized => ({
    zh: `“${value}” 不是性格类型:活泼型、力量型、和平型或分析型。`,
    en: `"${value}" is not a temperament: lively, forceful, peaceable or analytical.`,
  }),
  status: (value: string): Localized => ({
    zh: `“${value}” 不是案例状态:${CASE_STATUSES.join('、')}。`,
    en: `"${value}" is not a case status: ${CASE_STATUSES.join(', ')}.`,
  }),
  empty: {
    zh: '请告诉我要找什么,例如:/complaint search 项链 store:黄兴店 from:2026-11-01 to:2026-11-30',
    en: 'Tell me what to look for, e.g. /complaint search necklace store:Huangxing from:2026-11-01 to:2026-11-30',
  },
  exportUsage: {
    zh: '用法:/complaint export 2026-11-01 2026-11-30(开始和结束日期,含当天)。',
    en: 'Usage: /complaint export 2026-11-01 2026-11-30 (the first and last day, both included).',
  },
} as const;

function temperamentOf(value: string): Temperament | undefined {
  const lower = value.toLowerCase();
  return TEMPERAMENTS.find(
    (type) =>
      type === lower || TEMPERAMENT_LABELS[type].zh === value || TEMPERAMENT_LABELS[type].en.toLowerCase() === lower,
  );
}

function statusOf(value: string): CaseStatus | undefined {
  const lower = value.toLowerCase();
  return CASE_STATUSES.find((status) => status === lower) ?? STATUS_WORDS[value];
}

/** Splits on spaces (also the full-width one); a quoted "two words" stays one word. */
function tokens(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/gu)]
    .map((match) => (match[1] ?? match[2] ?? match[3] ?? '').trim())
    .filter((token) => token.length > 0);
}

/**
 * Parses what follows `/complaint search`: `key:value` filters (store, from, to, temperament, status, in
 * English or Chinese, with `:` or `：`) and words. A bad date, a date range backwards or an unknown
 * temperament or status is an error worded for the user.
 */
export function parseSearchQuery(text: string): Parsed<SearchQuery> {
  const query: SearchQuery = { words: [] };
  for (const token of tokens(text.replace(/\u3000/g, ' '))) {
    const filter = /^([^:：]+)[:：](.+)$/u.exec(token);
    const key = filter?.[1] ? KEYS[filter[1].toLowerCase()] : undefined;
    const value = filter?.[2]?.trim() ?? '';
    if (!key) {
      query.words.push(token.toLowerCase());
      continue;
    }
    switch (key) {
      case 'store':
        query.store = value;
        break;
      case 'from':
      case 'to':
        if (!isLocalDate(value)) return { ok: false, error: ERRORS.badDate(filter?.[1] ?? key, value) };
        query[key] = value;
        break;
      case 'temperament': {
        const temperament = temperamentOf(value);
        if (!temperament) return { ok: false, error: ERRORS.temperament(value) };
        query.temperament = temperament;
        break;
      }
      case 'status': {
        const status = statusOf(value);
        if (!status) return { ok: false, error: ERRORS.status(value) };
        query.status = status;
        break;
      }
    }
  }
  if (query.from && query.to && query.from > query.to) return { ok: false, error: ERRORS.order(query.from, query.to) };
  const { words, ...filters } = query;
  if (words.length === 0 && Object.keys(filters).length === 0) return { ok: false, error: ERRORS.empty };
  return { ok: true, value: query };
}

/** Parses what follows `/complaint export`: exactly two dates, the first not after the second. */
export function parseExportPeriod(text: string): Parsed<ExportPeriod> {
  const parts = tokens(text.replace(/\u3000/g, ' '));
  const [from, to] = parts;
  if (parts.length !== 2 || !from || !to) return { ok: false, error: ERRORS.exportUsage };
  if (!isLocalDate(from)) return { ok: false, error: ERRORS.badDate('from', from) };
  if (!isLocalDate(to)) return { ok: false, error: ERRORS.badDate('to', to) };
  if (from > to) return { ok: false, error: ERRORS.order(from, to) };
  return { ok: true, value: { from, to } };
}
