import type { Catalog } from '../../shared/language.ts';

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
} satisfies Catalog;
