import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags read from a text pasted whole, as a store manager pastes a report or a review. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a word that only looks like a sign raises no flag', () => {
  it.each([
    ['irritable', 'She picked a yellow gold band with a small sapphire and paid for it.'],
    ['irritable', 'Two weeks later the store admitted they had lost it somewhere between branches.'],
    ['indecisive', 'After months of emails back and forth with head office, the ring is still not fixed.'],
    ['lawyer', 'The kiosk is in the food court, next to the pretzel stand.'],
    ['lawyer', 'Judge for yourself: the clasp snapped on the second day.'],
    ['regulator', '我用工商银行的卡付了三千块定金。'],
    ['regulator', '我用工商銀行的卡付了三千元訂金。'],
    ['special-customer', '他说这种店卖假货,是当地政府的耻辱。'],
    ['media', 'When she broke the news to me that the stone was glass, I just sat down.'],
    ['social-media', 'I went into a long rant at the counter about the missing stone.'],
    // 发 before a platform is also 发现 (found), 发票 (invoice), 发货 (shipped); "took to Google" is a search.
    ['social-media', '顾客说她是发现抖音上有同款更便宜,才来问能不能退。'],
    ['social-media', '顧客說發票在微博上找不到,想補開一張。'],
    ['social-media', 'She took to Google to find a jeweller open on Sunday.'],
    // A platform that only recommended the shop: the complaint is not on it.
    ['social-media', 'I took it to a jeweller reputed by Yelp to be good with old watches.'],
    ['social-media', 'The hotel concierge, quoting TripAdvisor, sent us to the shop.'],
    // A near miss is not an injury.
    ['special-customer', '隐形眼镜药水放错了,她的眼睛差一点就受伤。'],
    ['special-customer', '隱形眼鏡藥水放錯了,她的眼睛險些受傷。'],
  ] as const)('when the text reads so, then %s is not flagged: %s', (kind, text) => {
    expect(kinds(text)).not.toContain(kind);
  });

  it.each([
    ['irritable', 'He yelled at the girl behind the counter until security came.'],
    ['irritable', '她當場大吼,說店員是騙子。'],
    ['indecisive', 'She went back and forth between the two bands for an hour.'],
    ['lawyer', 'We will see them in court if the ring is not replaced.'],
    ['lawyer', 'The judge ruled the jeweller had to pay for the stone.'],
    ['regulator', '顾客说要去工商局投诉这家店。'],
    ['regulator', '顧客表示已向工商部門檢舉。'],
    ['special-customer', '顾客说自己在区政府上班,要求店长出面。'],
    ['media', 'She said she would take the story to the local news.'],
    ['social-media', '她把断掉的手链拍了照,发到小红书上让大家评评理。'],
    ['social-media', '她在微博上發文,說門市態度很差。'],
    ['social-media', 'She posted photos of the ring on Xiaohongshu that night.'],
    ['social-media', 'I gave them two stars on Yelp after the second visit.'],
    ['social-media', 'His Yelp review of the store got a hundred likes.'],
    ['special-customer', '孩子戴着手镯睡觉,手腕被划伤后送医。'],
  ] as const)('when the sign is really there, then %s is still flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });
});
