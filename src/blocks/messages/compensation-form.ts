import type { Catalog } from '../../shared/language.ts';

/** The request-for-compensation form staff fill in (moved here from compensation-modal.ts). */
export const COMPENSATION_FORM = {
  title: { zh: '申请补偿', en: 'Ask for compensation' },
  submit: { zh: '提交', en: 'Submit' },
  close: { zh: '取消', en: 'Cancel' },
  remedy: { zh: '方案', en: 'Remedy' },
  remedyHint: {
    zh: '超出你权限的方案(退款、超过限额的补偿、政策外的方案)会发给经理审批。',
    en: 'Anything beyond your authority (refunds, money above your limit, remedies outside the policy) goes to a manager.',
  },
  amount: { zh: '金额', en: 'Amount' },
  amountHint: {
    zh: '补偿、折扣或赠品的金额;其他方案可留空。',
    en: 'For compensation, a discount or a gift; leave empty otherwise.',
  },
  reason: { zh: '理由', en: 'Reason' },
  reasonHint: {
    zh: '经理会看到:顾客的诉求、为什么值得这样处理。',
    en: 'The manager reads this: what the customer wants and why it is worth it.',
  },
  outsidePolicy: { zh: '(政策不允许,需经理批准)', en: '(not allowed by the policy: a manager decides)' },
  uncovered: { zh: '(不在本店政策范围内,由店长决定)', en: "(outside this store's policy: a manager decides)" },
  amountNeeded: {
    zh: '补偿、折扣或赠品需要填写金额,才能判断是否在你的权限内。',
    en: 'Compensation, a discount or a gift needs an amount, so it can be checked against your authority.',
  },
} satisfies Catalog;
