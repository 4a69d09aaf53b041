import type { Catalog } from '../../shared/language.ts';

/** What delegating while away writes, in Chinese and English. */
export const AWAY_TEXT = {
  title: { zh: '不在期间的代理人', en: 'Away: name a delegate' },
  submit: { zh: '保存', en: 'Save' },
  close: { zh: '取消', en: 'Cancel' },
  intro: {
    zh: '你不在的期间,补偿审批请求和提醒也会发给代理人,ta 可以替你审批。到期后自动结束;随时可用 `/complaint away off` 提前结束。',
    en: 'While you are away, requests for approval and their reminders also go to your delegate, who may decide them for you. It ends by itself after the last day; `/complaint away off` ends it sooner.',
  },
  current: { zh: '现在的代理人:', en: 'Your delegate now:' },
  until: { zh: '代理到(含当天)', en: 'Until (the last day)' },
  delegate: { zh: '代理人', en: 'Delegate' },
  delegatePlaceholder: { zh: '选择同事', en: 'Choose a colleague' },
  approversOnly: {
    zh: '只有审批经理(APPROVERS)可以指定代理人;代理人不能再转给别人。',
    en: 'Only the approvers (APPROVERS) can name a delegate; a delegate cannot pass it on.',
  },
  saved: { zh: '已设置:审批请求和提醒也会发给', en: 'Done: requests for approval and reminders also go to' },
  savedUntil: { zh: '直到', en: 'until the end of' },
  ended: {
    zh: '代理已结束:审批请求只发给审批经理。',
    en: 'Your delegation has ended: requests go to the approvers only.',
  },
  noneToEnd: { zh: '你现在没有代理人。', en: 'You have no delegate now.' },
  toSelf: { zh: '不能指定自己,请选择另一位同事。', en: 'You cannot name yourself; choose a colleague.' },
  past: { zh: '请选择今天或以后的日期。', en: 'Choose today or a later day.' },
  tooFar: { zh: '代理最长 90 天,请选择更早的日期。', en: 'A delegation runs 90 days at most; choose an earlier day.' },
} satisfies Catalog;
