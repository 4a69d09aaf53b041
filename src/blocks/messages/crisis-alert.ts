import type { CrisisAlertedEvent } from '../../domain/crisis-alert.ts';
import { FLAG_LABELS, formatMoment } from '../../i18n/labels.ts';
import type { Catalog, Language } from '../../shared/language.ts';
import { joinSafe, md, mention, type SafeText } from '../safe-text.ts';
import { t } from './common.ts';

/** What the crisis alert (issue 15) says, in Chinese and English. */
export const CRISIS_ALERT = {
  title: { zh: '危机提醒', en: 'Crisis alert' },
  intro: {
    zh: '这起投诉有演变成危机的迹象。按处理方法，危机要尽早让店长知道、由店长亲自出面：请马上联系负责人，接手或指导处理，在店里把问题解决，不要等到明天的早会。',
    en: 'This complaint shows signs that it may turn into a crisis. The method says a crisis reaches the manager early and the manager takes the lead: contact the owner now, take over or guide the handling, and settle it in the store rather than waiting for the morning meeting.',
  },
  youAre: { zh: '你收到这条提醒，因为你是', en: 'You are alerted as' },
  owner: { zh: '负责人', en: 'owner' },
  filed: { zh: '登记于', en: 'filed' },
  whatHappened: { zh: '经过', en: 'What happened' },
  customerWords: { zh: '顾客原话', en: "Customer's words" },
  openReview: { zh: '打开审核频道里的案例', en: 'Open the case in the review channel' },
  notPostedYet: {
    zh: '案例还没发到审核频道；发出后那里会有它的帖子。',
    en: 'The case is not in the review channel yet; its post follows there.',
  },
  sentTo: { zh: '危机提醒已发给', en: 'Crisis alert sent to' },
  nobody: {
    zh: '危机提醒无人可发：该级别现在没有任何人（请检查政策文件的 escalation）',
    en: 'Crisis alert: nobody to send it to — the level has no one in it now (check the policy file’s escalation)',
  },
} satisfies Catalog;

/** "媒体（已报道或扬言曝光）、律师/诉讼…" / "media (…), legal action (…)": the signs an alert went out for. */
export function crisisKindsText(kinds: CrisisAlertedEvent['flags'], language: Language): string {
  return kinds.map((kind) => t(FLAG_LABELS[kind], language)).join(language === 'zh' ? '、' : ', ');
}

/**
 * "🚨 危机提醒已发给 店长：<@U1>、<@U2>（媒体…）": who was alerted of a crisis and as which level, for the
 * review thread and the history (which adds the time), or with `timeZone` for the review post itself.
 */
export function describeCrisisAlerted(event: CrisisAlertedEvent, language: Language, timeZone?: string): SafeText {
  const kinds = crisisKindsText(event.flags, language);
  const [open, close, colon, comma] = language === 'zh' ? ['（', '）', '：', '、'] : [' (', ')', ': ', ', '];
  if (event.notified.length === 0) return md`🚨 ${t(CRISIS_ALERT.nobody, language)}${open}${kinds}${close}`;
  const when = timeZone ? ` · ${formatMoment(event.at, timeZone)}` : '';
  const people = joinSafe(event.notified.map(mention), comma);
  return md`🚨 ${t(CRISIS_ALERT.sentTo, language)} ${t(event.levelName, language)}${colon}${people}${open}${kinds}${close}${when}`;
}
