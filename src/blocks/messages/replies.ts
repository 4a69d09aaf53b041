import type { Catalog, Language, Localized } from '../../shared/language.ts';
import { t } from './common.ts';

/** Short private replies to a click or a submitted form, in both languages. */
export const REPLIES = {
  notYours: {
    zh: '只有这个案例的负责人和审批经理可以修改它。如需帮忙，请联系负责人或店长。',
    en: "Only this case's owner and the approvers can change it. Ask the owner or your manager if you need something changed.",
  },
  notFound: { zh: '找不到这个案例,可能已被删除。', en: 'That case could not be found; it may have been removed.' },
  refused: { zh: '这个操作现在不能进行:', en: 'That change cannot be made now:' },
  filed: {
    zh: '已登记投诉,分析结果已私信发给你。',
    en: 'Complaint filed; the analysis has been sent to you privately.',
  },
  sentForApproval: {
    zh: '已提交给审批经理:这个方案超出你的权限,经理决定后才能答应顾客。',
    en: 'Sent to the approvers: this is beyond your authority, so promise nothing until a manager decides.',
  },
  withinAuthority: {
    zh: '在你的权限内,可以直接办理;办完后记得点“记录处理结果”。',
    en: 'This is within your authority: go ahead, then press "Record the outcome" when it is done.',
  },
} satisfies Catalog;

/** "That change cannot be made now: the case is awaiting approval." */
export function refusedInStatus(status: Localized, language: Language): string {
  return t(
    {
      zh: `${REPLIES.refused.zh}案例目前是“${status.zh}”状态。`,
      en: `${REPLIES.refused.en} the case is ${status.en}.`,
    },
    language,
  );
}

/** What a person is told when a change is refused; error messages are English and for logs only. */
export const ERROR_REPLIES = {
  alreadyDecided: {
    zh: '这项申请已经审批过,以第一个决定为准。',
    en: 'That request was already decided; the first decision stands.',
  },
  // The next three follow REPLIES.refused ("That change cannot be made now:").
  notCurrentProposal: {
    zh: '只有当前需要审批的方案才能提交审批。',
    en: 'only the current proposal, when it needs approval, can be sent to the approvers.',
  },
  needsApproval: {
    zh: '这个方案须经经理批准后才能办理。',
    en: "the proposal needs a manager's approval before it is carried out.",
  },
  repairStep: {
    zh: '维修还没到这一步,请先看看案例中的维修进度。',
    en: 'the repair is not at that step; check its progress on the case.',
  },
  busy: {
    zh: '有人同时在修改这个案例,请稍后再试。',
    en: 'Someone else was changing this case at the same moment; please try again.',
  },
  storeDown: {
    zh: '暂时无法读写案例记录,请稍后再试。',
    en: 'The case records cannot be reached just now; please try again in a moment.',
  },
  invalidInput: {
    zh: '填写的内容无法接受,请检查后再试。',
    en: 'What was entered could not be accepted; please check it and try again.',
  },
  unknown: {
    zh: '出了点问题,请稍后再试。',
    en: 'Something went wrong; please try again in a moment.',
  },
} satisfies Catalog;

/** What someone in another workspace is told when they run the command. */
export const OTHER_WORKSPACE_REPLY = {
  zh: '这个投诉助手属于另一个 Slack 工作区,不能在这里登记或处理投诉。请在你们门店所用的工作区里使用它。',
  en: "This complaint desk belongs to another Slack workspace, so it takes no complaints from this one. Use it in your shop's own workspace.",
} satisfies Localized;
