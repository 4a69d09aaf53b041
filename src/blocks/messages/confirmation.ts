import type { Catalog } from '../../shared/language.ts';

/**
 * What closing the loop with the customer (issue 15) writes — whether they accepted the resolution, and
 * reopening a case they came back on — in Chinese and English.
 */
export const ACCEPTANCE_FORM = {
  label: { zh: '顾客接受这个处理了吗?', en: 'Did the customer accept this resolution?' },
  accepted: { zh: '接受了', en: 'Accepted' },
  declined: { zh: '没有接受(案例保持未结,继续处理)', en: 'Not accepted (the case stays open)' },
  hint: {
    zh: '顾客没有接受时,这次的处理会记下来,案例仍由你继续跟进。',
    en: 'When the customer did not accept, what was offered is recorded and the case stays with you.',
  },
  choose: { zh: '请选择顾客是否接受。', en: 'Say whether the customer accepted.' },
} satisfies Catalog;

/** The reopen form: the customer came back after the case was resolved. */
export const REOPEN_FORM = {
  title: { zh: '重新打开案例', en: 'Reopen the case' },
  submit: { zh: '重新打开', en: 'Reopen' },
  close: { zh: '取消', en: 'Cancel' },
  intro: {
    zh: '顾客在处理完之后又回来了:案例回到“待处理”,回访暂停,直到再次解决。',
    en: 'The customer came back after the case was resolved: it is open again, and the follow-up call waits until it is resolved again.',
  },
  reason: { zh: '顾客这次说了什么(可选)', en: 'What the customer came back about (optional)' },
  button: { zh: '重新打开', en: 'Reopen' },
  notResolved: {
    zh: '只有已解决或已回访、尚未结案的案例才能重新打开。',
    en: 'Only a case that is resolved or followed up, and not closed, can be reopened.',
  },
} satisfies Catalog;

/** Where a declined resolution and a reopening show: the review post, App Home, the thread, the history. */
export const CONFIRMATION_TEXT = {
  declinedHeading: { zh: '顾客未接受的处理', en: 'Not accepted by the customer' },
  declinedLabel: { zh: '顾客未接受', en: 'not accepted by the customer' },
  reopenedLabel: { zh: '已重新打开', en: 'reopened' },
  threadDeclined: { zh: '记录的处理顾客没有接受', en: 'recorded a resolution the customer did not accept' },
  threadReopened: {
    zh: '重新打开了案例(顾客又回来了)',
    en: 'reopened the case (the customer came back)',
  },
  reason: { zh: '原因', en: 'reason' },
  digestHeading: { zh: '顾客确认', en: 'Customer confirmation' },
  digestReopened: { zh: '重新打开(顾客又回来了)', en: 'reopened (the customer came back)' },
} satisfies Catalog;
