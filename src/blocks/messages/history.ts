import type { Catalog } from '../../shared/language.ts';

/** The case history view. */
export const HISTORY = {
  title: { zh: '案例记录', en: 'Case history' },
  close: { zh: '关闭', en: 'Close' },
  intro: {
    zh: '每一次申请、撤回、审批和修改,按时间顺序;记录只增不改。',
    en: 'Every request, withdrawal, decision and change, oldest first; the record is only ever added to.',
  },
} satisfies Catalog;
