import type { ApprovalEscalatedEvent } from '../../domain/approval-escalation.ts';
import type { Catalog, Language } from '../../shared/language.ts';
import { joinSafe, md, mention, type SafeText } from '../safe-text.ts';
import { t } from './common.ts';
import { describeBusinessMinutes } from './sla.ts';

/** What escalating a request for approval that waited too long (issue 15) says, in Chinese and English. */
export const APPROVAL_ESCALATION = {
  title: { zh: '审批请求升级', en: 'Request for approval escalated' },
  waited: { zh: '已等待审批', en: 'waiting for a decision for' },
  youAre: { zh: '你收到这条升级，因为你是', en: 'You are told as' },
  youMayDecide: {
    zh: '审批人一直没有决定。你现在也可以决定这个请求：下面的按钮对你有效（只对这一个请求；谁先决定，以谁为准）。',
    en: 'The approvers have not decided it. You may now decide this request too: the buttons below work for you (for this request only; the first decision stands).',
  },
  openReview: { zh: '打开审核频道里的案例', en: 'Open the case in the review channel' },
  escalatedTo: { zh: '审批请求已升级给', en: 'Request for approval escalated to' },
  nobody: {
    zh: '审批请求升级无人可发：该级别现在没有任何人（请检查政策文件的 escalation）',
    en: 'Request for approval: nobody to escalate to — the level has no one in it now (check the policy file’s escalation)',
  },
} satisfies Catalog;

/** "waiting for a decision for 4 h" / "已等待审批 4小时" (opening time). */
export function describeWaited(event: Pick<ApprovalEscalatedEvent, 'waitedMinutes'>, language: Language): string {
  return `${t(APPROVAL_ESCALATION.waited, language)} ${describeBusinessMinutes(event.waitedMinutes, language)}`;
}

/**
 * "⏫ Request for approval escalated to regional manager: <@A> — waiting for a decision for 4 h": who a
 * waiting request went to, for the review thread and the history.
 */
export function describeApprovalEscalated(event: ApprovalEscalatedEvent, language: Language): SafeText {
  const [colon, comma] = language === 'zh' ? ['：', '、'] : [': ', ', '];
  const waited = describeWaited(event, language);
  if (event.notified.length === 0) return md`⏫ ${t(APPROVAL_ESCALATION.nobody, language)} — ${waited}`;
  const people = joinSafe(event.notified.map(mention), comma);
  return md`⏫ ${t(APPROVAL_ESCALATION.escalatedTo, language)} ${t(event.levelName, language)}${colon}${people} — ${waited}`;
}
