import type { Catalog } from '../../shared/language.ts';

/** The outcome form, filled in when a case is resolved. */
export const OUTCOME_FORM = {
  title: { zh: '记录处理结果', en: 'Record the outcome' },
  submit: { zh: '保存', en: 'Save' },
  close: { zh: '取消', en: 'Cancel' },
  outcome: {
    label: { zh: '最后怎么处理的', en: 'What was done for the customer' },
    hint: { zh: '例如:当场免费补钻,顾客接受。', en: 'e.g. re-set the stone free on the spot; the customer accepted.' },
  },
  satisfaction: {
    label: { zh: '顾客满意度', en: "The customer's satisfaction" },
    placeholder: { zh: '选择 1–5', en: 'Choose 1–5' },
  },
  improvement: {
    label: { zh: '店里的改进', en: 'What the store will change' },
    hint: {
      zh: '原因出在哪里、怎么避免再发生(会在早会和复盘会上分享)。',
      en: 'Where it went wrong and how to keep it from happening again (shared at the morning and review meetings).',
    },
  },
} satisfies Catalog;
