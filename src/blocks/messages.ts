import type { Temperament } from '../domain/analysis.ts';
import type { CaseStatus, DecisionEvent } from '../domain/case.ts';
import type { SuspectedCause } from '../domain/complaint.ts';
import type { Language, Localized } from '../shared/language.ts';
import { md, type SafeText } from './safe-text.ts';

/**
 * Everything the Slack surfaces write, in Chinese and English. Temperament, flag and aim names and money
 * formats come from `src/i18n/labels.ts`, shared with the terminal; this catalog holds the rest.
 */

/** Picks a catalog entry for a language. */
export function t(entry: Localized, language: Language): string {
  return entry[language];
}

/** A case's status as staff and managers say it. */
export const STATUS_LABELS: Record<CaseStatus, Localized> = {
  open: { zh: '待处理', en: 'open' },
  proposed: { zh: '已提出方案', en: 'remedy proposed' },
  'awaiting-approval': { zh: '待经理审批', en: 'awaiting approval' },
  resolved: { zh: '已解决', en: 'resolved' },
  'followed-up': { zh: '已回访', en: 'followed up' },
  closed: { zh: '已结案', en: 'closed' },
};

/** A one-glyph marker per status, so a list of cases can be scanned by eye. */
export const STATUS_ICONS: Record<CaseStatus, string> = {
  open: '🟠',
  proposed: '🟡',
  'awaiting-approval': '⏳',
  resolved: '✅',
  'followed-up': '📞',
  closed: '⚪',
};

/** The satisfaction scale of the outcome form (1 very unhappy … 5 very happy). */
export const SATISFACTION_LABELS: Record<1 | 2 | 3 | 4 | 5, Localized> = {
  1: { zh: '很不满意', en: 'very unhappy' },
  2: { zh: '不满意', en: 'unhappy' },
  3: { zh: '一般', en: 'neither' },
  4: { zh: '满意', en: 'satisfied' },
  5: { zh: '很满意', en: 'very satisfied' },
};

/** A satisfaction score with its words: "4/5 满意". */
export function describeSatisfaction(score: number, language: Language): string {
  const labels: Partial<Record<number, Localized>> = SATISFACTION_LABELS;
  const label = labels[score];
  return label ? `${score}/5 ${t(label, language)}` : `${score}/5`;
}

/** One line on each temperament for the correction form (seed 001's axes and cues). */
export const TEMPERAMENT_HINTS: Record<Temperament, Localized> = {
  lively: { zh: '外向、重人际:话多、追潮流、跳话题', en: 'outgoing, people-minded: chatty, on-trend' },
  forceful: { zh: '外向、重结果:直接、果断、脾气急', en: 'outgoing, task-minded: direct, decisive, short fuse' },
  peaceable: { zh: '内敛、重人际:安静、被动、犹豫', en: 'reserved, people-minded: quiet, passive, hesitant' },
  analytical: { zh: '内敛、重事实:讲道理、看细节、较真', en: 'reserved, task-minded: facts, details, value' },
};

export const DECISION_LABELS: Record<DecisionEvent['decision'], Localized> = {
  approved: { zh: '批准', en: 'approved' },
  adjusted: { zh: '调整后批准', en: 'approved with changes' },
  rejected: { zh: '驳回', en: 'rejected' },
};

/** The names of the languages, each written in itself so either reader recognises it. */
export const LANGUAGE_NAMES: Record<Language, string> = { zh: '中文', en: 'English' };

/** Texts shared by several surfaces. */
export const COMMON = {
  none: { zh: '无', en: 'none' },
  unknown: { zh: '未知', en: 'unknown' },
  noProduct: { zh: '未填写商品', en: 'product not given' },
  confidence: { zh: '把握', en: 'confidence' },
  corrected: { zh: '已由店员更正', en: 'corrected by staff' },
  needsManager: { zh: '需经理批准', en: 'needs a manager' },
  approved: { zh: '已批准', en: 'approved' },
} satisfies Record<string, Localized>;

/** "… 3 more not shown", for lists cut to fit a message. */
export function moreNote(hidden: number, language: Language): SafeText {
  return language === 'zh' ? md`…另有 ${hidden} 项未显示` : md`… ${hidden} more not shown`;
}

/** "staff may grant up to ¥50" */
export function staffLimitNote(limit: string, language: Language): string {
  return language === 'zh' ? `店员可给到${limit}` : `staff may grant up to ${limit}`;
}

/** How long ago, roughly: "3 天前" / "3 d ago". */
export function describeAge(milliseconds: number, language: Language): string {
  const minutes = Math.max(0, Math.floor(milliseconds / 60_000));
  const [amount, unit] =
    minutes < 60
      ? [minutes, { zh: '分钟', en: 'min' }]
      : minutes < 48 * 60
        ? [Math.floor(minutes / 60), { zh: '小时', en: 'h' }]
        : [Math.floor(minutes / (24 * 60)), { zh: '天', en: 'd' }];
  return language === 'zh' ? `${amount}${unit.zh}前` : `${amount} ${unit.en} ago`;
}

/** The complaint form: its title, buttons, and each field's label, hint and placeholder. */
export const COMPLAINT_FORM = {
  title: { zh: '登记顾客投诉', en: 'Log a complaint' },
  submit: { zh: '分析', en: 'Analyse' },
  close: { zh: '取消', en: 'Cancel' },
  narrative: {
    label: { zh: '事情经过', en: 'What happened' },
    hint: {
      zh: '用你自己的话写:什么商品、什么问题、顾客怎么说、现在怎样了。',
      en: 'In your own words: which item, what went wrong, what the customer said, where things stand.',
    },
  },
  customerWords: {
    label: { zh: '顾客原话', en: "The customer's words" },
    hint: {
      zh: '尽量一字不差地记下顾客的话,性格判断主要看这里。',
      en: 'As close to verbatim as you can; the temperament is read mostly from these.',
    },
  },
  behaviour: {
    label: { zh: '顾客表现', en: 'How they behaved' },
    hint: { zh: '语气、动作、说话方式。', en: 'Tone, gestures, how they speak.' },
  },
  customerAsk: {
    label: { zh: '顾客要求', en: 'What they ask for' },
    placeholder: { zh: '例如:退款、换货、赔偿200元', en: 'e.g. a refund, an exchange, 200 yuan' },
  },
  channel: {
    label: { zh: '投诉从哪里来', en: 'Where it reached us' },
    placeholder: { zh: '选择来源', en: 'Choose where' },
    hint: {
      zh: '新闻报道、网上帖子或消协、监管部门转来的投诉,已经是危机事件。',
      en: 'A news report, a public post, or a complaint passed on by a consumer council or regulator is already a crisis.',
    },
  },
  product: {
    label: { zh: '商品', en: 'Product' },
    placeholder: { zh: '例如:水钻项链', en: 'e.g. rhinestone necklace' },
  },
  category: {
    label: { zh: '品类', en: 'Category' },
    placeholder: { zh: '不选则自动识别', en: 'Detected if left empty' },
  },
  price: {
    label: { zh: '购买价格', en: 'Price paid' },
    placeholder: { zh: '例如:129', en: 'e.g. 129' },
  },
  purchasedAt: {
    label: { zh: '购买时间', en: 'When it was bought' },
    hint: { zh: '换货、保修期限都从这里算起。', en: 'Exchange and warranty windows are counted from this.' },
  },
  receipt: {
    label: { zh: '顾客有购物小票吗?', en: 'Does the customer have the receipt?' },
    yes: { zh: '有', en: 'Yes' },
    no: { zh: '没有', en: 'No' },
    unknown: { zh: '还不清楚', en: 'Not known yet' },
  },
  specialPrice: {
    label: { zh: '特价', en: 'Special price' },
    option: {
      zh: '特价购买(特价商品不保修、不退换)',
      en: 'Bought at a special price (no warranty, return or exchange)',
    },
  },
  suspectedCause: {
    label: { zh: '你判断的原因', en: 'What caused it, you think' },
  },
  store: {
    label: { zh: '门店', en: 'Store' },
    placeholder: { zh: '例如:黄兴店', en: 'e.g. Huangxing Road' },
  },
  language: {
    label: { zh: '顾客的语言', en: "The customer's language" },
    placeholder: { zh: '不选则按顾客原话识别', en: "Detected from the customer's words" },
  },
} as const;

export const CAUSE_LABELS: Record<SuspectedCause, Localized> = {
  quality: { zh: '质量问题', en: 'a quality fault' },
  use: { zh: '使用造成', en: 'caused by use' },
  unknown: { zh: '不确定', en: 'not sure' },
};

/** Messages shown under a form field that could not be accepted. */
export const FORM_ERRORS = {
  required: { zh: '请填写这一项。', en: 'Please fill this in.' },
  unreadable: { zh: '这一项读不出来,请重新填写。', en: 'This could not be read; please enter it again.' },
  notANumber: { zh: '请填写数字,例如 129 或 129.5。', en: 'Enter a number, e.g. 129 or 129.5.' },
  negative: { zh: '不能小于 0。', en: 'This cannot be below 0.' },
  tooLarge: { zh: '数值太大了,请核对。', en: 'That is too large; please check it.' },
  future: { zh: '购买时间不能晚于现在。', en: 'The purchase cannot be later than now.' },
  choose: { zh: '请从列表中选择一项。', en: 'Please choose one from the list.' },
  invalid: { zh: '这一项的格式不对。', en: 'This is not in a form we can use.' },
} satisfies Record<string, Localized>;

/** "At most 3000 characters (now 3012)." */
export function tooLongError(max: number, language: Language): string {
  return language === 'zh' ? `最多 ${max} 个字,请精简。` : `At most ${max} characters; please shorten it.`;
}

/** The outcome form, filled in when a case is resolved. */
export const OUTCOME_FORM = {
  title: { zh: '记录处理结果', en: 'Record the outcome' },
  submit: { zh: '保存', en: 'Save' },
  close: { zh: '取消', en: 'Cancel' },
  outcome: {
    label: { zh: '最后怎么处理的', en: 'What was done for the customer' },
    hint: { zh: '例如:当场免费补钻,顾客接受。', en: 'e.g. re-set the stone free on the spot; the customer accepted.' },
  },
  satisfaction: {
    label: { zh: '顾客满意度', en: "The customer's satisfaction" },
    placeholder: { zh: '选择 1–5', en: 'Choose 1–5' },
  },
  improvement: {
    label: { zh: '店里的改进', en: 'What the store will change' },
    hint: {
      zh: '原因出在哪里、怎么避免再发生(会在早会和复盘会上分享)。',
      en: 'Where it went wrong and how to keep it from happening again (shared at the morning and review meetings).',
    },
  },
} as const;

/** The temperament correction form. */
export const TEMPERAMENT_FORM = {
  title: { zh: '更正性格类型', en: 'Correct temperament' },
  submit: { zh: '保存', en: 'Save' },
  close: { zh: '取消', en: 'Cancel' },
  label: { zh: '这位顾客更像哪一型?', en: 'Which type is this customer closer to?' },
  hint: {
    zh: '你比任何分析都了解顾客;更正会记入案例历史。',
    en: 'You know the customer better than any reading; the correction is kept in the case history.',
  },
  intro: { zh: '目前的判断:', en: 'Current reading:' },
  choose: { zh: '请选择一种性格类型。', en: 'Please choose a temperament.' },
} as const;

/** The review channel post, read at a glance in the review meeting. */
export const REVIEW = {
  fallback: { zh: '投诉案例', en: 'Complaint case' },
  whatHappened: { zh: '经过', en: 'What happened' },
  customerWords: { zh: '顾客原话', en: "Customer's words" },
  temperament: { zh: '性格类型', en: 'Temperament' },
  flags: { zh: '提示', en: 'Flags' },
  resolution: { zh: '处理方案', en: 'Resolution' },
  suggested: { zh: '建议', en: 'suggested' },
  kind: { zh: '品类 · 问题', en: 'Category · problem' },
  cameFrom: { zh: '来源', en: 'from' },
  sourceMessage: { zh: '原消息', en: 'the Slack message it was filed from' },
  owner: { zh: '负责人', en: 'Owner' },
  outcome: { zh: '处理结果', en: 'Outcome' },
  satisfaction: { zh: '满意度', en: 'Satisfaction' },
  improvement: { zh: '改进', en: 'Improvement' },
  followUp: { zh: '回访', en: 'Follow-up call' },
  decisions: { zh: '经理决定', en: "Managers' decisions" },
  filed: { zh: '登记于', en: 'filed' },
} satisfies Record<string, Localized>;

/** The staff member's private analysis. */
export const STAFF = {
  title: { zh: '投诉分析', en: 'Complaint analysis' },
  fallback: { zh: '你登记的投诉已分析完毕', en: 'The complaint you filed has been analysed' },
  customerLanguage: { zh: '顾客语言', en: "customer's language" },
  crisisHeading: { zh: '危机迹象:请立即告知店长', en: 'Crisis sign: tell the manager now' },
  difficultHeading: { zh: '难缠迹象', en: 'Difficult-customer sign' },
  temperament: { zh: '性格类型', en: 'Temperament' },
  evidence: { zh: '依据', en: 'Evidence' },
  noEvidence: { zh: '没有明显依据,仅供参考', en: 'no clear evidence; a working guess' },
  approach: { zh: '怎么接待', en: 'How to serve them' },
  aim: { zh: '真实诉求', en: 'Likely aim' },
  asks: { zh: '口头要求', en: 'asks for' },
  apology: { zh: '对顾客说', en: 'Say to the customer' },
  resolution: { zh: '建议方案', en: 'Suggested resolution' },
  letChoose: { zh: '请顾客从以下方案中选择', en: 'let the customer choose' },
  nothingAllowed: {
    zh: '政策内没有可直接提供的方案,请请示店长。',
    en: 'Nothing the policy allows outright; ask the manager.',
  },
  remedies: { zh: '政策允许', en: 'The policy allows' },
  notAllowed: { zh: '不可提供', en: 'Not allowed' },
  until: { zh: '截止', en: 'until' },
  check: { zh: '需核实', en: 'check' },
  steps: { zh: '处理六步骤', en: 'The six steps' },
  followUp: { zh: '回访', en: 'Follow-up call' },
  correctTemperament: { zh: '更正性格类型', en: 'Correct temperament' },
  recordOutcome: { zh: '记录处理结果', en: 'Record the outcome' },
  requestCompensation: { zh: '申请补偿审批', en: 'Request compensation' },
} satisfies Record<string, Localized>;

/** "7 天后" / "7 days after it is resolved" */
export function followUpWhen(days: number, language: Language): string {
  return language === 'zh' ? `结案后 ${days} 天` : `${days} days after it is resolved`;
}

/** The App Home tab. */
export const HOME = {
  mine: { zh: '我的待办案例', en: 'Your open cases' },
  mineEmpty: {
    zh: '你手上没有未结的案例。遇到顾客投诉时,输入 /complaint 登记。',
    en: 'Nothing open on your desk. When a customer complains, type /complaint to log it.',
  },
  recent: { zh: '本店最近的案例', en: 'Recent cases in the store' },
  recentEmpty: {
    zh: '最近还没有案例。每一次投诉都是让顾客再次满意的机会。',
    en: 'No cases yet. Every complaint is a second chance to satisfy a customer.',
  },
  intro: {
    zh: '输入 /complaint 加上顾客的原话即可登记投诉;分析结果会私信发给你。',
    en: "Type /complaint with the customer's words to log a complaint; the analysis comes to you privately.",
  },
} satisfies Record<string, Localized>;

/** Thread replies under a review post, one per change. */
export const THREAD = {
  created: { zh: '登记了这个案例', en: 'filed this case' },
  temperamentCorrected: { zh: '更正了性格类型', en: 'corrected the temperament' },
  proposed: { zh: '提出方案', en: 'proposed' },
  approvalRequested: { zh: '申请经理审批', en: "asked for a manager's approval" },
  approvalWithdrawn: { zh: '撤回了审批申请', en: 'withdrew the request for approval' },
  decided: { zh: '审批', en: 'decided' },
  resolved: { zh: '已解决', en: 'resolved the case' },
  followedUp: { zh: '完成回访', en: 'made the follow-up call' },
  closed: { zh: '已结案', en: 'closed the case' },
  reason: { zh: '理由', en: 'reason' },
  note: { zh: '备注', en: 'note' },
} satisfies Record<string, Localized>;

/** The request-for-compensation form staff fill in (moved here from compensation-modal.ts). */
export const COMPENSATION_FORM = {
  title: { zh: '申请补偿', en: 'Ask for compensation' },
  submit: { zh: '提交', en: 'Submit' },
  close: { zh: '取消', en: 'Cancel' },
  remedy: { zh: '方案', en: 'Remedy' },
  remedyHint: {
    zh: '超出你权限的方案(退款、超过限额的补偿、政策外的方案)会发给经理审批。',
    en: 'Anything beyond your authority (refunds, money above your limit, remedies outside the policy) goes to a manager.',
  },
  amount: { zh: '金额', en: 'Amount' },
  amountHint: {
    zh: '补偿、折扣或赠品的金额;其他方案可留空。',
    en: 'For compensation, a discount or a gift; leave empty otherwise.',
  },
  reason: { zh: '理由', en: 'Reason' },
  reasonHint: {
    zh: '经理会看到:顾客的诉求、为什么值得这样处理。',
    en: 'The manager reads this: what the customer wants and why it is worth it.',
  },
  outsidePolicy: { zh: '(政策不允许,需经理批准)', en: '(not allowed by the policy: a manager decides)' },
  uncovered: { zh: '(不在本店政策范围内,由店长决定)', en: "(outside this store's policy: a manager decides)" },
  amountNeeded: {
    zh: '补偿、折扣或赠品需要填写金额,才能判断是否在你的权限内。',
    en: 'Compensation, a discount or a gift needs an amount, so it can be checked against your authority.',
  },
} satisfies Record<string, Localized>;

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
} satisfies Record<string, Localized>;

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
} satisfies Record<string, Localized>;

/** "+3 more waiting" under the pending requests on App Home, which shows the oldest first. */
export function morePending(count: number, language: Language): string {
  return language === 'zh'
    ? `还有 ${count} 项申请在等待,处理完上面的较早申请后会显示在这里。`
    : `+${count} more waiting; they show here once the older ones above are decided.`;
}

/** "已由 <@U1> 于 2026-11-21 10:20 批准" — who settled a request and when. */
export function settledBy(
  outcome: 'approved' | 'adjusted' | 'rejected' | 'withdrawn',
  who: SafeText,
  when: string,
  language: Language,
): SafeText {
  const label = outcome === 'withdrawn' ? { zh: '撤回', en: 'withdrawn' } : DECISION_LABELS[outcome];
  return language === 'zh' ? md`已由 ${who} 于 ${when} ${label.zh}` : md`${capitalise(label.en)} by ${who} at ${when}`;
}

/** "这项申请已由 <@U1> 于 … 批准,以第一个决定为准。" — told to whoever acts on a settled request. */
export function alreadySettled(
  outcome: 'approved' | 'adjusted' | 'rejected' | 'withdrawn',
  who: string,
  when: string,
  language: Language,
): string {
  const label = outcome === 'withdrawn' ? { zh: '撤回', en: 'withdrawn' } : DECISION_LABELS[outcome];
  return language === 'zh'
    ? `这项申请已由 ${who} 于 ${when} ${label.zh},以第一个决定为准,你的操作没有生效。`
    : `This request was already ${label.en} by ${who} at ${when}; the first decision stands and yours was not applied.`;
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
} satisfies Record<string, Localized>;

/** The decision forms: approve (optional comment), adjust (new remedy or amount, reason), reject (reason). */
export const DECISION_FORM = {
  approveTitle: { zh: '批准申请', en: 'Approve request' },
  adjustTitle: { zh: '调整后批准', en: 'Adjust and approve' },
  rejectTitle: { zh: '驳回申请', en: 'Reject request' },
  approveSubmit: { zh: '批准', en: 'Approve' },
  adjustSubmit: { zh: '批准调整', en: 'Approve adjusted' },
  rejectSubmit: { zh: '驳回', en: 'Reject' },
  close: { zh: '取消', en: 'Cancel' },
  comment: { zh: '说明(可选)', en: 'Comment (optional)' },
  commentHint: {
    zh: '会告诉申请的店员,并记入案例历史。',
    en: 'The staff member is told, and it is kept in the case history.',
  },
  remedy: { zh: '方案', en: 'Remedy' },
  remedyHint: { zh: '只能选政策允许的方案。', en: 'Only remedies the policy allows.' },
  remedyHintUncovered: {
    zh: '不在本店政策范围内:退款或补偿由你决定。',
    en: "Outside this store's policy: a refund or goodwill, as you decide.",
  },
  amount: { zh: '金额', en: 'Amount' },
  reason: { zh: '理由', en: 'Reason' },
  reasonHint: {
    zh: '必填:会告诉申请的店员,并记入案例历史。',
    en: 'Required: the staff member is told, and it is kept in the case history.',
  },
  nothingChanged: {
    zh: '方案和金额都没有改变;如同意原申请,请用“批准”。',
    en: 'Neither the remedy nor the amount changed; to agree as asked, use Approve.',
  },
  amountNeeded: { zh: '这个方案需要填写金额。', en: 'This remedy needs an amount.' },
} satisfies Record<string, Localized>;

/** The case history view. */
export const HISTORY = {
  title: { zh: '案例记录', en: 'Case history' },
  close: { zh: '关闭', en: 'Close' },
  intro: {
    zh: '每一次申请、撤回、审批和修改,按时间顺序;记录只增不改。',
    en: 'Every request, withdrawal, decision and change, oldest first; the record is only ever added to.',
  },
} satisfies Record<string, Localized>;
