import type { AimKind, Evidence, FlagKind, TemperamentRead } from '../domain/analysis.ts';
import type { ComplaintChannel } from '../domain/complaint.ts';
import type { Fee } from '../domain/policy-schema.ts';
import type { Catalog, Language, Localized } from '../shared/language.ts';

/** The four temperaments by the names the training uses, and the reading that names none. */
export const TEMPERAMENT_LABELS: Record<TemperamentRead, Localized> = {
  lively: { zh: '活泼型', en: 'lively' },
  forceful: { zh: '力量型', en: 'forceful' },
  peaceable: { zh: '和平型', en: 'peaceable' },
  analytical: { zh: '分析型', en: 'analytical' },
  unknown: { zh: '看不出（请员工判断）', en: 'unknown (staff to judge)' },
};

export const FLAG_LABELS: Record<FlagKind, Localized> = {
  stubborn: { zh: '固执者', en: 'stubborn' },
  nagging: { zh: '唠叨者', en: 'nagging' },
  arrogant: { zh: '狂妄自大者', en: 'arrogant' },
  irritable: { zh: '易怒', en: 'irritable' },
  vulgar: { zh: '言语粗俗', en: 'vulgar' },
  odd: { zh: '古怪', en: 'odd' },
  reserved: { zh: '矜持', en: 'reserved' },
  indecisive: { zh: '犹豫不决', en: 'indecisive' },
  domineering: { zh: '霸道', en: 'domineering' },
  drunk: { zh: '醉酒', en: 'drunk' },
  critic: { zh: '批评家', en: 'critic' },
  argumentative: { zh: '爱争辩', en: 'argumentative' },
  troublemaker: { zh: '故意捣乱', en: 'troublemaker' },
  // A crisis sign is the same whether it already happened or is threatened: the label says both.
  media: { zh: '媒体（已报道或扬言曝光）', en: 'media (reported, or threatened)' },
  'social-media': { zh: '网上（已发帖或扬言发帖）', en: 'online (posted, or threatened)' },
  'consumer-council': { zh: '消协（已投诉或扬言投诉）', en: 'consumer council (complained to, or threatened)' },
  lawyer: { zh: '律师/诉讼（已起诉或扬言起诉）', en: 'legal action (taken, or threatened)' },
  regulator: { zh: '监管部门/警方（已介入或扬言举报）', en: 'regulator or police (involved, or threatened)' },
  'special-customer': { zh: '特殊顾客', en: 'special customer' },
  violence: { zh: '暴力倾向', en: 'violence' },
};

/** Where a quoted piece of evidence was written, or that it is where staff said the complaint came from. */
export const SOURCE_LABELS: Record<Evidence['source'], Localized> = {
  customerWords: { zh: '顾客原话', en: "customer's words" },
  behaviour: { zh: '表现', en: 'behaviour' },
  narrative: { zh: '经过', en: 'what happened' },
  customerAsk: { zh: '诉求', en: 'asks' },
  channel: { zh: '员工所选来源', en: 'where staff said it came from' },
};

/** Where a complaint reached the store, as the form offers it. */
export const CHANNEL_LABELS: Record<ComplaintChannel, Localized> = {
  'in-person': { zh: '顾客到店', en: 'in person, at the store' },
  phone: { zh: '电话', en: 'by phone' },
  message: { zh: '邮件、信件或消息', en: 'e-mail, letter or message' },
  'posted-online': {
    zh: '网上发帖或评价（社交媒体、点评网站、投诉平台）',
    en: 'posted online (social media, a review, a complaint site)',
  },
  'news-report': { zh: '新闻报道', en: 'a news report' },
  'consumer-council': { zh: '消协、12315 或消委会转来', en: 'passed on by a consumer council (12315, BBB…)' },
  regulator: { zh: '市场监管部门或警方转来', en: 'passed on by a regulator or the police' },
  court: { zh: '律师函、起诉或拒付', en: "a lawyer's letter, a court claim or a chargeback" },
};

export const AIM_LABELS: Record<AimKind, Localized> = {
  refund: { zh: '退货退款', en: 'a refund' },
  exchange: { zh: '换货', en: 'an exchange' },
  repair: { zh: '维修', en: 'a repair' },
  discount: { zh: '减价/折扣', en: 'a discount' },
  compensation: { zh: '赔偿', en: 'compensation' },
  apology: { zh: '道歉', en: 'an apology' },
  accountability: { zh: '追究责任人', en: 'someone held to account' },
  assurance: { zh: '保证不再发生', en: 'an assurance it will not happen again' },
  unknown: { zh: '尚不清楚', en: 'not clear yet' },
};

const CURRENCY_SYMBOL: Record<string, string> = { CNY: '¥', HKD: 'HK$', SGD: 'S$', GBP: '£', USD: '$', EUR: '€' };

/** Formats an amount of money: "¥0.3" / "0.3 元". */
export function formatMoney(amount: number, currency: string, language: Language): string {
  if (language === 'zh' && currency === 'CNY') return `${amount}元`;
  return `${CURRENCY_SYMBOL[currency] ?? `${currency} `}${amount}`;
}

/** Formats a fee for staff: free, a fixed price, a price per unit, or at cost. */
export function formatFee(fee: Fee, currency: string, language: Language): string {
  switch (fee.type) {
    case 'free':
      return language === 'zh' ? '免费' : 'free';
    case 'fixed':
      return formatMoney(fee.amount, currency, language);
    case 'per-unit':
      return language === 'zh'
        ? `${formatMoney(fee.amount, currency, language)}/${fee.unit.zh}`
        : `${formatMoney(fee.amount, currency, language)} per ${fee.unit.en}`;
    case 'at-cost':
      return language === 'zh' ? `按成本收费(${fee.basis.zh})` : `at cost (${fee.basis.en})`;
  }
}

const momentFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats a moment in the store's time zone, e.g. "2026-11-22 15:20". */
export function formatMoment(iso: string, timeZone: string): string {
  // Building a DateTimeFormat costs far more than using one, and every message shows several moments.
  let format = momentFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    momentFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(iso));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/**
 * What the terminal and Slack say about how far the policy reaches for one complaint: goods it does not
 * cover (the line itself comes from the policy engine, `OUTSIDE_POLICY`), and a problem nobody has named.
 */
export const COVERAGE_LABELS = {
  problemUnknown: {
    zh: '问题尚不清楚:先问清楚东西哪里出了问题,适用哪个办法要看是什么问题。',
    en: 'The problem is not known yet: find out what went wrong first; which remedy fits depends on it.',
  },
  problemNotKnown: { zh: '问题尚不清楚', en: 'problem not known yet' },
  dependsOnProblem: { zh: '视问题而定', en: 'depends on the problem' },
  dependsHeading: { zh: '视问题而定(问清楚再说)', en: 'Depends on the problem (find out first)' },
  managerMayDecide: {
    zh: '仍可以向店长申请(退款或补偿),由店长决定。',
    en: 'You may still ask a manager (a refund or goodwill); the manager decides.',
  },
} satisfies Catalog;
