import type { Catalog } from '../../shared/language.ts';

/**
 * What the handoff (换人, issue 15) writes — the form, its refusals, the new owner's note and the thread
 * line — in Chinese and English.
 */
export const HANDOFF_FORM = {
  title: { zh: '转交案例', en: 'Hand over the case' },
  submit: { zh: '转交', en: 'Hand over' },
  close: { zh: '取消', en: 'Cancel' },
  intro: {
    zh: '谈不下去的时候,换一个人或换一个地方再谈(换人换地)。新的负责人会收到案例分析,回访和维修提醒也会改发给 ta。',
    en: 'When a talk goes badly, change the person or the place. The new owner gets the analysis, and the follow-up and repair reminders go to them from now on.',
  },
  to: { zh: '交给哪位同事', en: 'Hand to' },
  toPlaceholder: { zh: '选择同事', en: 'Choose a colleague' },
  note: { zh: '交接说明(可选)', en: 'Note for them (optional)' },
  noteHint: {
    zh: '为什么换人、谈到了哪一步、顾客现在的情绪和要求。',
    en: 'Why the change, where the talk stands, how the customer feels and what they ask for now.',
  },
  button: { zh: '转交', en: 'Hand over' },
} satisfies Catalog;

/** Why a handoff is refused: inline on the form, or privately when the button is pressed. */
export const HANDOFF_ERRORS = {
  toSelf: { zh: '不能转交给自己,请选择另一位同事。', en: 'You cannot hand a case to yourself; choose a colleague.' },
  toOwner: { zh: '这个案例现在就是 ta 负责的。', en: 'The case is theirs already.' },
  toBot: {
    zh: '机器人不能负责案例,请选择一位同事。',
    en: 'A bot cannot take a case; choose a colleague.',
  },
  toInactive: {
    zh: '这个账号已停用或查不到,请选择一位在职的同事。',
    en: 'That account is deactivated or cannot be found; choose a colleague who is here.',
  },
  lookupFailed: {
    zh: '暂时查不到这位同事的账号信息,请稍后再试。',
    en: "That colleague's account could not be checked just now; please try again in a moment.",
  },
  closed: {
    zh: '这个案例已经结案,不能再转交。',
    en: 'This case is closed; it cannot be handed over.',
  },
  // Follows REPLIES.refused ("That change cannot be made now:").
  ownerChanged: {
    zh: '案例在你打开表单后已经转交给别人了,请刷新后再看。',
    en: 'the case was handed to someone else after you opened the form; look at it again.',
  },
} satisfies Catalog;

/** Why someone picked in a users_select cannot take a case or stand in (colleague-check.ts's answers). */
export const NOT_A_COLLEAGUE = {
  bot: HANDOFF_ERRORS.toBot,
  inactive: HANDOFF_ERRORS.toInactive,
  unknown: HANDOFF_ERRORS.lookupFailed,
} satisfies Catalog;

/** The new owner's analysis DM opens with who handed it over and why; the thread and history say the same. */
export const HANDOFF_TEXT = {
  handedToYou: { zh: '把这个案例转交给了你', en: 'handed this case to you' },
  from: { zh: '原负责人', en: 'from' },
  handed: { zh: '将案例从', en: 'handed the case from' },
  to: { zh: '转交给', en: 'to' },
  note: { zh: '说明', en: 'note' },
} satisfies Catalog;
