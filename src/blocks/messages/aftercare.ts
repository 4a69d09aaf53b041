import type { Catalog, Language } from '../../shared/language.ts';

/**
 * What the follow-up and repair surfaces write (reminders, forms, App Home, the review post), in Chinese
 * and English.
 */

/** The owner's private follow-up reminder. */
export const FOLLOW_UP_REMINDER = {
  title: { zh: '今天该回访顾客了', en: 'Follow-up call due today' },
  overdueTitle: { zh: '回访已逾期', en: 'Follow-up call overdue' },
  due: { zh: '回访日期', en: 'due' },
  resolved: { zh: '当时的处理', en: 'How it was handled' },
  script: { zh: '回访话术', en: 'What to say on the call' },
  button: { zh: '记录回访结果', en: 'Record follow-up' },
  fallback: { zh: '回访提醒', en: 'Follow-up reminder' },
} satisfies Catalog;

/** The owner's private repair reminder, the day before the promised date. */
export const REPAIR_REMINDER = {
  title: { zh: '维修明天到期', en: 'Repair due tomorrow' },
  dueToday: { zh: '维修今天到期', en: 'Repair due today' },
  overdue: { zh: '维修已超过承诺日期', en: 'Repair past its promised date' },
  promised: { zh: '答应顾客的日期', en: 'Promised to the customer for' },
  advice: {
    zh: '答应顾客的日期不能失信:如果赶不上,请今天就主动告诉顾客原因和新的日期。修好后请通知顾客取件,并告诉顾客一个月内未取视为放弃。',
    en: 'A date promised to a customer is never broken: if it will slip, tell the customer today, with the reason and the new date. When it is ready, tell the customer, and that an item not collected within a month counts as abandoned.',
  },
  ready: { zh: '已修好,通知取件', en: 'Ready for pickup' },
  moveDate: { zh: '改期', en: 'Change the date' },
  fallback: { zh: '维修提醒', en: 'Repair reminder' },
} satisfies Catalog;

/** The owner's private prompt for the date promised to the customer, once a repair is agreed without one. */
export const REPAIR_DATE_PROMPT = {
  title: { zh: '请登记维修的取件日期', en: 'Set the repair date' },
  agreed: { zh: '已确定的维修', en: 'Repair agreed' },
  ask: {
    zh: '这个案例确定了维修,但还没有登记答应顾客的取件日期。请和顾客约定日期,写在单据上,然后点「维修登记」记下来;前一天会提醒你。',
    en: 'A repair was agreed on this case, but no date has been promised to the customer yet. Agree a date with the customer, write it on the slip, then press Repair to record it; you are reminded the day before.',
  },
  fallback: { zh: '请登记维修日期', en: 'Repair date needed' },
} satisfies Catalog;

/** The follow-up form. */
export const FOLLOW_UP_FORM = {
  title: { zh: '记录回访结果', en: 'Record follow-up' },
  submit: { zh: '保存', en: 'Save' },
  close: { zh: '取消', en: 'Cancel' },
  result: {
    label: { zh: '回访结果', en: 'What the customer said' },
    hint: {
      zh: '产品用得怎么样、还有什么不满意、提了什么建议。',
      en: 'How the product works for them, anything still wrong, any suggestions.',
    },
  },
  satisfaction: {
    label: { zh: '回访时的满意度(可选)', en: 'Satisfaction now (optional)' },
    placeholder: { zh: '选择 1–5', en: 'Choose 1–5' },
  },
} satisfies Catalog;

/** The repair form: which repair, the date promised to the customer. */
export const REPAIR_FORM = {
  title: { zh: '维修登记', en: 'Repair' },
  submit: { zh: '保存', en: 'Save' },
  close: { zh: '取消', en: 'Cancel' },
  remedy: { label: { zh: '维修项目', en: 'Repair' }, placeholder: { zh: '选择', en: 'Choose' } },
  promisedFor: {
    label: { zh: '答应顾客的取件日期', en: 'Date promised to the customer' },
    hint: {
      zh: '写在单据上,绝不失信;前一天会提醒你。',
      en: 'Write it on the slip and keep it; you are reminded the day before.',
    },
  },
  note: { label: { zh: '备注(可选)', en: 'Note (optional)' } },
  expectations: {
    zh: '维修前请告诉顾客:维修是修复,不是变新;一个月内未取视为放弃。',
    en: 'Before the repair, tell the customer: a repair restores, it does not make new; an item not collected within a month counts as abandoned.',
  },
  noRepair: {
    zh: '这个案例没有政策允许的维修项目。',
    en: 'This case has no repair the policy allows.',
  },
} satisfies Catalog;

/** Dates the repair forms refuse. */
export const AFTERCARE_DATE_ERRORS = {
  past: { zh: '承诺日期不能早于今天。', en: 'The promised date cannot be before today.' },
  future: { zh: '通知日期不能晚于今天。', en: 'The customer cannot have been told on a later day than today.' },
} satisfies Catalog;

/** The "ready for pickup" form: when the customer was told. */
export const REPAIR_READY_FORM = {
  title: { zh: '已修好', en: 'Ready for pickup' },
  submit: { zh: '保存', en: 'Save' },
  close: { zh: '取消', en: 'Cancel' },
  customerToldOn: {
    label: { zh: '通知顾客取件的日期', en: 'Date the customer was told' },
    hint: {
      zh: '一个月内未取视为放弃,从这一天算起。',
      en: 'The month after which an uncollected item counts as abandoned starts on this day.',
    },
  },
} satisfies Catalog;

/** Aftercare as the review post, App Home and the thread show it. */
export const AFTERCARE = {
  heading: { zh: '回访与维修', en: 'Follow-up and repair' },
  followUpDue: { zh: '回访日期', en: 'Follow-up call due' },
  repairPromised: { zh: '维修承诺日期', en: 'Repair promised for' },
  readySince: { zh: '已修好待取,自', en: 'Ready for pickup since' },
  customerTold: { zh: '已通知顾客', en: 'customer told' },
  abandonedAfter: { zh: '逾期未取视为放弃', en: 'counts as abandoned after' },
  abandoned: { zh: '已超过一个月未取,视为放弃', en: 'not collected within a month: counts as abandoned' },
  collected: { zh: '顾客已取件', en: 'Collected' },
  noRepairDate: { zh: '维修尚未登记取件日期', en: 'repair without a promised date' },
  agreedOn: { zh: '确定于', en: 'agreed' },
  homeHeading: { zh: '今天要做的回访与维修', en: 'Follow-ups and repairs due' },
  homeEmpty: { zh: '今天没有到期的回访或维修。', en: 'No follow-up calls or repairs due today.' },
  overdue: { zh: '已逾期', en: 'overdue' },
  today: { zh: '今天', en: 'today' },
  tomorrow: { zh: '明天', en: 'tomorrow' },
  markCollected: { zh: '顾客已取件', en: 'Collected' },
  threadPromised: { zh: '登记维修', en: 'promised a repair' },
  threadReady: { zh: '维修完成,已通知顾客取件', en: 'marked the repair ready for pickup' },
  threadCollected: { zh: '顾客已取走维修件', en: 'recorded that the customer collected the repair' },
  threadAutoClosed: {
    zh: '自动结案:回访已完成,没有未了事项',
    en: 'Closed automatically: the follow-up call is done and nothing is still owed',
  },
  for: { zh: '取件日期', en: 'for' },
  toldOn: { zh: '通知顾客于', en: 'customer told on' },
} satisfies Catalog;

/** "（明天）" / "(tomorrow)": how near a date is, for reminders and App Home. */
export function nearness(dueOn: string, today: string, tomorrow: string, language: Language): string {
  if (dueOn === today) return AFTERCARE.today[language];
  if (dueOn === tomorrow) return AFTERCARE.tomorrow[language];
  return dueOn < today ? AFTERCARE.overdue[language] : '';
}
