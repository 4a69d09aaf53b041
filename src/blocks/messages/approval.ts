import type { Catalog, Language } from '../../shared/language.ts';
import { md, type SafeText } from '../safe-text.ts';
import { DECISION_LABELS, t } from './common.ts';

/**
 * A request for approval: the post approvers decide from, what staff see of it, the private replies about
 * it, and the notice the requester gets when a manager decides.
 */

/** A request for approval as approvers see it, and what staff see of it. */
export const APPROVAL = {
  title: { zh: '补偿审批申请', en: 'Approval requested' },
  fallback: { zh: '有一项补偿申请等你审批', en: 'A request for compensation awaits your decision' },
  requestedBy: { zh: '申请人', en: 'Asked by' },
  case: { zh: '案例', en: 'Case' },
  remedy: { zh: '方案', en: 'Remedy' },
  amount: { zh: '金额', en: 'Amount' },
  reason: { zh: '理由', en: 'Reason' },
  beyond: { zh: '超出的政策规定', en: 'The policy rule it goes beyond' },
  approve: { zh: '批准', en: 'Approve' },
  adjust: { zh: '调整', en: 'Adjust' },
  reject: { zh: '驳回', en: 'Reject' },
  history: { zh: '案例记录', en: 'History' },
  withdraw: { zh: '撤回申请', en: 'Withdraw request' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  pendingHeading: { zh: '等你审批的申请', en: 'Requests awaiting your decision' },
  ownRequest: {
    zh: '这是你自己提交的申请,须由其他经理审批。',
    en: 'This is your own request; another approver must decide it.',
  },
  receipt: {
    zh: '已提交给审批经理:这个方案超出你的权限,经理决定前不要答应顾客。如需改方案,请先撤回这个申请。',
    en: 'Sent to the approvers: this is beyond your authority, so promise nothing until a manager decides. To ask for something else, withdraw this request first.',
  },
  reminderIntro: {
    zh: '提醒:这项补偿申请还在等你审批',
    en: 'Reminder: this request is still waiting for your decision',
  },
  reminderWhere: {
    zh: '请在审批消息或 App 主页中处理。',
    en: 'Decide from the request message or on the App Home tab.',
  },
  reopened: {
    zh: '案例已重新打开,可以提出其他方案。',
    en: 'The case is open again; you can propose something else.',
  },
  goAhead: {
    zh: '可以按此办理,办完后点“记录处理结果”。',
    en: 'Go ahead with this, then press "Record the outcome" when it is done.',
  },
} satisfies Catalog;

/** Private replies about requests for approval. */
export const APPROVAL_REPLIES = {
  approversOnly: {
    zh: '只有审批经理(APPROVERS)可以审批补偿申请。',
    en: 'Only the approvers (APPROVERS) can decide requests for compensation.',
  },
  notOwnRequest: {
    zh: '你不能审批自己提交的申请,请由其他经理决定。',
    en: 'You cannot decide your own request; another approver must decide it.',
  },
  requesterOnly: {
    zh: '只有提交申请的人或案例负责人可以撤回申请。',
    en: 'Only whoever asked, or the case owner, can withdraw the request.',
  },
  withdrawFirst: {
    zh: '这个案例已有一项申请在等经理审批。如需改方案,请先撤回那项申请,再重新申请。',
    en: 'This case already has a request waiting for a manager. To ask for something else, withdraw that request first, then ask again.',
  },
  withdrawnDone: {
    zh: '申请已撤回,现在可以重新申请。',
    en: 'Request withdrawn; you can ask again now.',
  },
  requestGone: {
    zh: '找不到这项申请,可能已被撤回或替换。',
    en: 'That request could not be found; it may have been withdrawn or replaced.',
  },
  approverCheckFailed: {
    zh: '暂时无法确认谁可以审批(读取 Slack 用户组失败),请稍后再试。',
    en: 'Could not check who may approve (Slack did not answer about the user group); please try again in a moment.',
  },
} satisfies Catalog;

/** "已由 <@U1> 于 2026-11-21 10:20 批准" — who settled a request and when. */
export function settledBy(
  outcome: 'approved' | 'adjusted' | 'rejected' | 'withdrawn',
  who: SafeText,
  when: string,
  language: Language,
): SafeText {
  const label = outcome === 'withdrawn' ? { zh: '撤回', en: 'withdrawn' } : DECISION_LABELS[outcome];
  return t(
    { zh: md`已由 ${who} 于 ${when} ${label.zh}`, en: md`${capitalise(label.en)} by ${who} at ${when}` },
    language,
  );
}

/** "这项申请已由 <@U1> 于 … 批准,以第一个决定为准。" — told to whoever acts on a settled request. */
export function alreadySettled(
  outcome: 'approved' | 'adjusted' | 'rejected' | 'withdrawn',
  who: string,
  when: string,
  language: Language,
): string {
  const label = outcome === 'withdrawn' ? { zh: '撤回', en: 'withdrawn' } : DECISION_LABELS[outcome];
  return t(
    {
      zh: `这项申请已由 ${who} 于 ${when} ${label.zh},以第一个决定为准,你的操作没有生效。`,
      en: `This request was already ${label.en} by ${who} at ${when}; the first decision stands and yours was not applied.`,
    },
    language,
  );
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** What the staff member is told when a manager decides. */
export const DECISION_NOTICE = {
  approved: { zh: '✅ 你的申请已获批准', en: '✅ Your request was approved' },
  adjusted: { zh: '✏️ 你的申请经调整后获批准', en: '✏️ Your request was approved with changes' },
  rejected: { zh: '❌ 你的申请被驳回', en: '❌ Your request was rejected' },
  comment: { zh: '说明', en: 'Comment' },
  by: { zh: '审批人', en: 'Decided by' },
} satisfies Catalog;
