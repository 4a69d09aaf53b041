import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The flags' kinds of a text pasted whole as what happened, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a public review or post whose text never says it was posted', () => {
  it.each([
    // A review's closing verdict: the reviewer will not be back, and advises others.
    'Waited forty minutes for a coffee and the girl at the till rolled her eyes at me. I will not be back.',
    'The old man at the counter shouted at a courier for parking outside. I would advise people not to go there.',
    // Advice to the readers in the imperative.
    'The necklace I bought turned my neck green after a week. Do not shop here.',
    'The earrings I bought fell apart on the second day. Save your money.',
    // A review site's form.
    'Picked up my coat and the lining was torn.\nPros: quick\nCons: careless with clothes, blamed me',
    // The reviewer's own visit told, beside a business named by a trade's noun.
    'Where do I begin? My recent visit to the Harbour Lane salon was a disaster from start to finish.',
    'I tried the Quickshine car wash on Main Road and my phone charger vanished from the glovebox.',
    'So I took my wedding dress to Prestige Cleaners and it came back with a yellow stain on the bodice.',
    // The business pointed at, as a review under its listing does.
    'I booked a full set and a pedicure at this salon. The technician cut my cuticle until it bled.',
  ])('when it reads as a review in English, then social-media is flagged: %s', (text) => {
    expect(kinds(text)).toContain('social-media');
  });

  it.each([
    // The reviewer's own "never going there again", in either script.
    '周末带孩子去吃早茶,点心上得很慢,服务员还摆脸色。我以后再也不会去了。',
    '上週去那間麵店,老闆嫌我們點太少不給坐。我也不可能再次上門了。',
    // The poster's opening, a shop exposed, readers warned or asked.
    '记录一下今天在商场买金项链的糟心经历,店员态度太差了。',
    '分享一下我的经历,上个月买的手镯戴了一周就变形了,店员还说是我的问题。',
    '曝光一家黑心眼镜店,配的眼镜度数完全不对,老板死不认账。',
    '想問一下大家,我在銀樓買的金項鍊重量不足,老闆說是正常的,這樣合理嗎?',
    // A post naming itself, a blog's warning above it, a blogger's visit to review a shop.
    '过年在酒楼订了三桌,结账时多收了几百块酒水钱,我找经理理论也没用。谨以此贴,慰藉一下自己。',
    '此篇不是食記,不喜勿入。老闆娘對我們一家大小吼,服務生還翻白眼。',
    '今天去探店,一家新开的火锅店,锅底端上来就是一锅老油。',
  ])('when it reads as a post in Chinese, then social-media is flagged: %s', (text) => {
    expect(kinds(text)).toContain('social-media');
  });

  it.each([
    // A reader's letter to a consumer column, greeted after the column's title.
    "The Voice - Dear Consumer's Voice\nI recently bought a cellphone from a popular phone store. It already had someone else's messages on it. Can I return it?\nYes you can. Under the Consumer Protection Regulations the store is in trouble.",
    // A staff member's story from another trade's counter.
    "I work at a dry cleaners. Had a guy yesterday who swore we ruined his jacket. He told me he's never going back.",
    // A report of what a customer said, not the customer's own verdict.
    '周女士一家在咖啡店吃饭,儿子吃到钢丝,摊贩态度欠佳,她的前夫当场表明不会再光顾该摊位。',
  ])('when it is a letter to a column, a staff story or a report, then social-media is not flagged: %s', (text) => {
    expect(kinds(text)).not.toContain('social-media');
  });
});
