import type { Catalog } from '../../shared/language.ts';

/** The form's photos-and-receipts field and how a case lists its files, in both languages (issue 15). */
export const COMPLAINT_FILES = {
  field: { zh: '照片和票据', en: 'Photos and receipts' },
  hint: {
    zh: '选填。商品、损坏处或小票的照片,或 PDF 票据,最多 10 个,每个不超过 10MB。文件留在 Slack 里,案例只保存链接。',
    en: 'Optional. Photos of the item, the damage or the receipt, or a PDF receipt: up to 10, 10 MB each. The files stay in Slack; the case keeps their links.',
  },
  wrongType: {
    zh: '“{name}”不是照片或 PDF。请上传 {types} 文件。',
    en: '“{name}” is not a photo or a PDF. Attach {types} files.',
  },
  tooMany: { zh: '最多 {max} 个文件,请删掉一些。', en: 'At most {max} files; please remove some.' },
  unreadable: {
    zh: '有文件读不出来,请删掉后重新上传。',
    en: 'A file could not be read; remove it and attach it again.',
  },
  title: { zh: '照片和票据', en: 'Photos and receipts' },
  fromSource: { zh: '原消息里的文件', en: 'Files of the message it was filed from' },
  more: { zh: '另有 {count} 个文件', en: '{count} more files' },
  threadIntro: {
    zh: '📎 登记时附上的照片和票据(在 Slack 内打开):',
    en: '📎 Photos and receipts attached when it was filed (open in Slack):',
  },
} satisfies Catalog;
