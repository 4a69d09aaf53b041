import type { Case } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { formatMoment, formatMoney } from '../i18n/labels.ts';
import { describeRepeatCount } from '../policy/repeat-rule.ts';
import type { Language, Localized } from '../shared/language.ts';
import { t } from './messages/common.ts';
import { joinSafe, link, md, type SafeText } from './safe-text.ts';

/** The customer field on the complaint form and what the repeat line says, in both languages (issue 15). */
export const REPEAT_CUSTOMER = {
  field: { zh: '顾客手机号或会员号', en: "Customer's phone or member number" },
  placeholder: { zh: '如 138 0013 8000 或 VIP-00123', en: 'e.g. 138 0013 8000 or VIP-00123' },
  hint: {
    zh: '选填。只保存为加密指纹和末四位,不保存号码本身;用来找出同一顾客在各门店的投诉。',
    en: "Optional. Stored only as a fingerprint and the last four digits, never the number itself: it finds the customer's complaints in every store.",
  },
  unreadable: {
    zh: '请填写手机号(可带 +86)或会员号(字母和数字)',
    en: 'Enter a phone number (+86 allowed) or a member number (letters and digits)',
  },
  customer: { zh: '顾客尾号', en: 'Customer ending' },
  firstTime: { zh: '{days}天内首次投诉', en: 'first complaint in {days} days' },
  grantedBefore: { zh: '此前已给予{money}', en: '{money} granted before' },
  nothingGranted: { zh: '此前未给予补偿', en: 'no compensation granted before' },
  earlier: { zh: '此前的投诉', en: 'Earlier complaints' },
} as const satisfies Record<string, Localized>;

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** How many earlier cases the line links by name; the count covers all of them. */
const LINKED = 5;

/**
 * "🔁 3rd complaint in 90 days; 450 yuan granted before · customer ending 8000", then the earlier cases
 * linked to their review posts with what each granted; undefined for a case with no customer. Counts and
 * money only: a customer's temperament is never part of it (issue 15). Safe mrkdwn.
 */
export function describeRepeatCustomer(
  record: Pick<Case, 'complaint' | 'repeat'>,
  policy: Pick<Policy, 'currency' | 'timezone'>,
  language: Language,
): SafeText | undefined {
  const { customer } = record.complaint;
  const { repeat } = record;
  if (!customer) return undefined;
  const ending = md`${t(REPEAT_CUSTOMER.customer, language)} ${customer.last4}`;
  if (!repeat) return md`👤 ${ending}`;
  const days = String(repeat.withinDays);
  if (repeat.count <= 1) {
    return md`👤 ${fill(t(REPEAT_CUSTOMER.firstTime, language), { days })} · ${ending}`;
  }
  const money = formatMoney(repeat.granted, policy.currency, language);
  const granted =
    repeat.granted > 0
      ? fill(t(REPEAT_CUSTOMER.grantedBefore, language), { money })
      : t(REPEAT_CUSTOMER.nothingGranted, language);
  const headline = md`🔁 *${t(describeRepeatCount(repeat.count, repeat.withinDays), language)}${language === 'zh' ? ';' : '; '}${granted}* · ${ending}`;
  const earlier = repeat.earlier.slice(0, LINKED).map((entry) => {
    const when = formatMoment(entry.createdAt, policy.timezone).slice(0, 10);
    const given = entry.granted > 0 ? md` · ${formatMoney(entry.granted, policy.currency, language)}` : md``;
    return md`${link(entry.link, md`#${entry.id}`)} (${when}${given})`;
  });
  const more = repeat.earlier.length > LINKED ? md` +${String(repeat.earlier.length - LINKED)}` : undefined;
  return joinSafe(
    [headline, md`${t(REPEAT_CUSTOMER.earlier, language)}: ${joinSafe(earlier, ', ')}${more ?? md``}`],
    '\n',
  );
}
