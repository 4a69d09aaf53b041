import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/**
 * A report's subheading is the paper's summary, not the customer's ask; a post's own short lines, or a line in the
 * first person, are the customer's. Texts written for these tests.
 */
describe("a report's subheading asks nothing", () => {
  it.each([
    [
      '林女士在夜市买了一条银手链,回家后发现手链发黑,怀疑不是纯银。\n街坊出手 讨回公道\n她拿去邻居的金铺检测,结果显示含银量不足一成,她把检测报告上传到网上,引来不少网友留言。',
    ],
    [
      '林女士在夜市買了一條銀手鏈,回家後發現手鏈發黑,懷疑不是純銀。\n街坊出手 討回公道\n她拿去鄰居的金舖檢測,結果顯示含銀量不足一成,她把檢測報告上傳到網上,引來不少網友留言。',
    ],
    [
      'Ms Tan bought a silver bracelet at the night market and found it had turned black within a week.\nShoppers demand refunds\nShe took it to a jeweller friend, who tested it and found it held barely any silver at all, and she posted the result online.',
    ],
  ])('when only a subheading names a remedy, then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it.each([
    ['refund', '买了个手链\n戴了两天就断了\n我要退款\n客服一直说不行,等了一个星期都没有人理我,真的太气人了。'],
    ['refund', '手鏈戴了兩天就斷了。\n我要退款\n客服一直說不行,等了一個星期都沒有人理我,真的太氣人了,我會繼續投訴。'],
    [
      'refund',
      'The clasp broke on the second day.\nI want a refund\nCustomer service keeps telling me to wait, and a week later nobody has called me back at all.',
    ],
  ] as const)("when the short line is the customer's own, then its ask stands: %s", (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});
