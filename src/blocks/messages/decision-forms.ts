import type { Catalog } from '../../shared/language.ts';

/** The decision forms: approve (optional comment), adjust (new remedy or amount, reason), reject (reason). */
export const DECISION_FORM = {
  approveTitle: { zh: '批准申请', en: 'Approve request' },
  adjustTitle: { zh: '调整后批准', en: 'Adjust and approve' },
  rejectTitle: { zh: '驳回申请', en: 'Reject request' },
  approveSubmit: { zh: '批准', en: 'Approve' },
  adjustSubmit: { zh: '批准调整', en: 'Approve adjusted' },
  rejectSubmit: { zh: '驳回', en: 'Reject' },
  close: { zh: '取消', en: 'Cancel' },
  comment: { zh: '说明(可选)', en: 'Comment (optional)' },
  commentHint: {
    zh: '会告诉申请的店员,并记入案例历史。',
    en: 'The staff member is told, and it is kept in the case history.',
  },
  remedy: { zh: '方案', en: 'Remedy' },
  remedyHint: { zh: '只能选政策允许的方案。', en: 'Only remedies the policy allows.' },
  remedyHintUncovered: {
    zh: '不在本店政策范围内:退款或补偿由你决定。',
    en: "Outside this store's policy: a refund or goodwill, as you decide.",
  },
  amount: { zh: '金额', en: 'Amount' },
  reason: { zh: '理由', en: 'Reason' },
  reasonHint: {
    zh: '必填:会告诉申请的店员,并记入案例历史。',
    en: 'Required: the staff member is told, and it is kept in the case history.',
  },
  nothingChanged: {
    zh: '方案和金额都没有改变;如同意原申请,请用“批准”。',
    en: 'Neither the remedy nor the amount changed; to agree as asked, use Approve.',
  },
  amountNeeded: { zh: '这个方案需要填写金额。', en: 'This remedy needs an amount.' },
} satisfies Catalog;
