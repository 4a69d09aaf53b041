import type { Catalog, Language } from '../../shared/language.ts';
import { t } from './common.ts';

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
} satisfies Catalog;

/** "At most 3000 characters (now 3012)." */
export function tooLongError(max: number, language: Language): string {
  return t({ zh: `最多 ${max} 个字,请精简。`, en: `At most ${max} characters; please shorten it.` }, language);
}
