import type { Case } from '../domain/case.ts';
import type { Policy } from '../domain/policy-schema.ts';
import { formatMoment, formatMoney } from '../i18n/labels.ts';
import { describeRepeatCount } from '../policy/repeat-rule.ts';
import type { Language } from '../shared/language.ts';
import { fill, t } from './messages/common.ts';
import { REPEAT_CUSTOMER } from './messages/repeat-customer.ts';
import { joinSafe, link, md, type SafeText } from './safe-text.ts';

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
    return md`👤 ${fill(REPEAT_CUSTOMER.firstTime, language, { days })} · ${ending}`;
  }
  const money = formatMoney(repeat.granted, policy.currency, language);
  const granted =
    repeat.granted > 0
      ? fill(REPEAT_CUSTOMER.grantedBefore, language, { money })
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
