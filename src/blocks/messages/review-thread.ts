import type { Catalog } from '../../shared/language.ts';

/** Thread replies under a review post, one per change. */
export const THREAD = {
  created: { zh: '登记了这个案例', en: 'filed this case' },
  temperamentCorrected: { zh: '更正了性格类型', en: 'corrected the temperament' },
  proposed: { zh: '提出方案', en: 'proposed' },
  approvalRequested: { zh: '申请经理审批', en: "asked for a manager's approval" },
  approvalWithdrawn: { zh: '撤回了审批申请', en: 'withdrew the request for approval' },
  decided: { zh: '审批', en: 'decided' },
  resolved: { zh: '已解决', en: 'resolved the case' },
  followedUp: { zh: '完成回访', en: 'made the follow-up call' },
  closed: { zh: '已结案', en: 'closed the case' },
  reason: { zh: '理由', en: 'reason' },
  note: { zh: '备注', en: 'note' },
} satisfies Catalog;
