import type { SlaTarget } from '../../policy/sla-clock.ts';
import type { Catalog, Language, Localized } from '../../shared/language.ts';
import { t } from './common.ts';

/**
 * What the SLA clocks write (the review post, its thread, App Home, the digest), in Chinese and English.
 */
export const SLA = {
  heading: { zh: '时效(按营业时间计)', en: 'Time targets (business hours)' },
  atRisk: { zh: '即将超时', en: 'at risk' },
  breached: { zh: '已超时', en: 'breached' },
  met: { zh: '已达标', en: 'met' },
  due: { zh: '截止', en: 'due' },
  answeredLate: { zh: '实际', en: 'done' },
  threadAtRisk: { zh: '即将超时', en: 'is at risk' },
  threadBreached: { zh: '已超时', en: 'is breached' },
  owner: { zh: '负责人', en: 'owner' },
  digestHeading: { zh: '时效', en: 'Time targets' },
  digestWithin: { zh: '达标', en: 'within target' },
  digestNoneSettled: { zh: '本期没有到期或完成的时效目标', en: 'no target came due or was met in the period' },
  digestBreaches: { zh: '本期超时', en: 'Breached in the period' },
  digestNotYet: { zh: '仍未完成', en: 'still not done' },
} satisfies Catalog;

/** Each clock's name. */
export const SLA_TARGET_LABELS: Record<SlaTarget, Localized> = {
  firstResponse: { zh: '首次响应', en: 'First response' },
  resolution: { zh: '解决', en: 'Resolution' },
};

/** App Home's one-line reading of the most urgent running clock. */
export const SLA_HOME: Record<SlaTarget, { within: Localized; overdue: Localized }> = {
  firstResponse: {
    within: { zh: '内须首次响应', en: 'to respond' },
    overdue: { zh: '首次响应已超时', en: 'response overdue by' },
  },
  resolution: {
    within: { zh: '内须解决', en: 'to resolve' },
    overdue: { zh: '解决已超时', en: 'resolution overdue by' },
  },
};

/** Opening minutes in words: "3 h 10 min" / "3小时10分钟". */
export function describeBusinessMinutes(minutes: number, language: Language): string {
  const whole = Math.max(0, Math.round(Math.abs(minutes)));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const parts = [
    hours > 0 ? t({ zh: `${hours}小时`, en: `${hours} h` }, language) : '',
    rest > 0 || hours === 0 ? t({ zh: `${rest}分钟`, en: `${rest} min` }, language) : '',
  ].filter(Boolean);
  return parts.join(t({ zh: '', en: ' ' }, language));
}

/** "45 min left" / "还剩 45分钟"; "30 min overdue" / "超出 30分钟"; "1 h late" / "晚了 1小时". */
export function describeSpan(minutes: number, kind: 'left' | 'overdue' | 'late', language: Language): string {
  const span = describeBusinessMinutes(minutes, language);
  const words = {
    left: { zh: '还剩', en: 'left' },
    overdue: { zh: '超出', en: 'overdue' },
    late: { zh: '晚了', en: 'late' },
  };
  return t({ zh: `${words[kind].zh} ${span}`, en: `${span} ${words[kind].en}` }, language);
}

/** The digest's share: "8 of 10 cases within target (80%)" / "10 个案例中 8 个达标(80%)". */
export function describeSlaShare(settled: number, within: number, language: Language): string {
  if (settled === 0) return SLA.digestNoneSettled[language];
  const percent = Math.round((within / settled) * 100);
  return t(
    {
      zh: `${settled} 个案例中 ${within} 个达标(${percent}%)`,
      en: `${within} of ${settled} ${settled === 1 ? 'case' : 'cases'} within target (${percent}%)`,
    },
    language,
  );
}
