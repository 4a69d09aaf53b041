import type { Catalog } from '../../shared/language.ts';
import { COMMAND } from '../ids.ts';

/** What staff are told when the store cannot take their complaint; the reason itself is for the logs. */
export const NOT_SAVED = {
  /** Inline on the complaint form, which stays open with everything they typed. */
  formError: {
    zh: '投诉没能保存:案例记录暂时无法写入。你填写的内容都还在,请过一会儿再点“分析”;如果一直不行,请告诉店长。',
    en: 'Your complaint could not be saved: the case records cannot be written just now. Everything you typed is still here; press Analyse again in a moment, and tell your manager if it keeps failing.',
  },
  /** A direct message when the store failed after the form had closed. */
  message: {
    zh: `:warning: 你的投诉没能保存:案例记录暂时无法写入,所以它没有登记,审核频道里也不会出现。下面是你填写的内容,请等记录恢复后用 ${COMMAND.complaint} 重新登记;如果一直不行,请告诉店长。`,
    en: `:warning: Your complaint could not be saved: the case records cannot be written just now, so it was not filed and will not appear in the review channel. Here is what you wrote; file it again with ${COMMAND.complaint} once the records are back, and tell your manager if it keeps failing.`,
  },
} satisfies Catalog;
