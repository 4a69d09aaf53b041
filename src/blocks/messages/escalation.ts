import type { EscalatedEvent } from '../../domain/escalation.ts';
import type { Catalog, Language } from '../../shared/language.ts';
import { joinSafe, md, mention, type SafeText } from '../safe-text.ts';
import { t } from './common.ts';
import { describeBusinessMinutes, SLA_HOME } from './sla.ts';

/** What the escalation ladder (issue 15) says, in Chinese and English. */
export const ESCALATION = {
  title: { zh: '投诉升级', en: 'Escalation' },
  intro: {
    zh: '这起投诉超过了政策规定的时效仍未处理完。请联系负责人，了解卡在哪里，必要时接手或指导处理。',
    en: 'This complaint has run past its time target in the policy. Contact the owner, find out what holds it up, and take over or guide the handling if needed.',
  },
  youAre: { zh: '你收到这条升级，因为你是', en: 'You are told as' },
  owner: { zh: '负责人', en: 'owner' },
  filed: { zh: '登记于', en: 'filed' },
  whatHappened: { zh: '经过', en: 'What happened' },
  openReview: { zh: '打开审核频道里的案例', en: 'Open the case in the review channel' },
  notPostedYet: {
    zh: '案例还没发到审核频道；发出后那里会有它的帖子。',
    en: 'The case is not in the review channel yet; its post follows there.',
  },
  escalatedTo: { zh: '已升级给', en: 'Escalated to' },
  openCase: { zh: '打开案例', en: 'Open the case' },
  take: { zh: '我来接手', en: "I'll take it" },
  taken: {
    zh: '案例现在由你负责:分析和提醒会私信发给你,原负责人在审核帖子里能看到转交记录。',
    en: 'The case is yours now: its analysis and reminders come to you by DM, and the review thread shows the handover.',
  },
  caseGone: { zh: '找不到这起投诉的案例。', en: 'That case could not be found.' },
  takeOnlyEscalated: {
    zh: '只有这起投诉升级或危机提醒发给的人(以及审批经理)可以接手。',
    en: 'Only the people this case was escalated or alerted to (and the approvers) can take it.',
  },
  nobody: {
    zh: '升级无人可发：该级别现在没有任何人（请检查政策文件的 escalation）',
    en: 'Escalation: nobody to tell — the level has no one in it now (check the policy file’s escalation)',
  },
} satisfies Catalog;

/** "resolution overdue by 2 h" / "解决已超时 2小时": which clock ran over and by how much (opening time). */
export function describeOverdue(event: Pick<EscalatedEvent, 'target' | 'overdueMinutes'>, language: Language): string {
  const words = t(SLA_HOME[event.target].overdue, language);
  return `${words} ${describeBusinessMinutes(event.overdueMinutes, language)}`;
}

/**
 * "⏫ Escalated to regional manager: <@A>, <@B> — resolution overdue by 2 h": who an overdue case was
 * escalated to, for the review thread and the history.
 */
export function describeEscalated(event: EscalatedEvent, language: Language): SafeText {
  const [colon, comma] = language === 'zh' ? ['：', '、'] : [': ', ', '];
  const overdue = describeOverdue(event, language);
  if (event.notified.length === 0) return md`⏫ ${t(ESCALATION.nobody, language)} — ${overdue}`;
  const people = joinSafe(event.notified.map(mention), comma);
  return md`⏫ ${t(ESCALATION.escalatedTo, language)} ${t(event.levelName, language)}${colon}${people} — ${overdue}`;
}
