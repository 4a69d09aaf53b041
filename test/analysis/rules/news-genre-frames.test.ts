import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The flags' kinds of a text pasted whole as what happened, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a Chinese report read from the genre’s frames: a lead placed, a manner of speaking, speaker labels, 对此', () => {
  it.each([
    // A lead that opens on a shop or a stranger placed by where they are, beside a complainant named by title.
    '新北市一间早餐店上个月刚开幕,陈先生在店里点了蛋饼,陈先生认为分量太少要求退钱。',
    '新北市一間早餐店上個月剛開幕,陳先生在店裡點了蛋餅,陳先生認為分量太少要求退錢。',
    // A reporter's attribution with the manner of speaking.
    '高先生花1116元买了一部手机,没用几个月屏幕就歪了。高先生气愤地表示不修了,维修人员不予理睬。',
    '高先生花1116元買了一部手機,沒用幾個月屏幕就歪了。高先生氣憤地表示不修了,維修人員不予理睬。',
    // A broadcast report's speaker label before the words quoted.
    '林小姐在手机行贴了镜头保护贴,不到半天林小姐就要求退钱。业者:「这是一次性的东西,怎么可能退。」',
    '林小姐在手機行貼了鏡頭保護貼,不到半天林小姐就要求退錢。業者:「這是一次性的東西,怎麼可能退。」',
    // The other side's or an official's advice after 对此.
    '蒋小姐在网上买了面膜,蒋小姐用后耳后红肿。对此,商场工作人员提醒选择正规渠道购买。',
    '蔣小姐在網上買了面膜,蔣小姐用後耳後紅腫。對此,商場工作人員提醒選擇正規渠道購買。',
    // The public counted as a report counts them.
    '台北一家饼店门口大排长龙,1名退货民众生气说要全额退费,店员委屈落泪。',
    '台北一家餅店門口大排長龍,不少民眾不滿店方只退一半的規定。',
  ])('flags media: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });

  it.each([
    // A staff note opens on the day and its customer; a customer's own account says 我.
    '今天一位顾客拿来断了的项链,陈先生要求退钱,陈先生认为是质量问题。',
    '今天一位顧客拿來斷了的項鍊,陳先生要求退錢,陳先生認為是質量問題。',
    '我在广东一家金店买的手链,戴了十天就丢了,我要求店家赔偿,店员气愤地表示不可能。',
    '我在廣東一家金店買的手鍊,戴了十天就丟了,我要求店家賠償。店員:「這不是我們的問題。」',
  ])('a staff note or a customer’s own account is no report: %s', (text) => {
    expect(kinds(text)).not.toContain('media');
  });
});

describe('an English report read from its lede and its attributions', () => {
  it.each([
    // A lede that opens on a stranger and how they feel; a compound's "me" is no narrator.
    'A mother is furious after a jeweller refused to repair her daughter’s bracelet, a hand-me-down from her aunt. The shop said the clasp had been forced.',
    'A pensioner has been left without his watch for four months after a repair shop lost the parts.',
    // A quote attributed to a stranger by an epithet, inverted.
    'The sofa never came. "This is unacceptable," said the frustrated furniture customer. The manager said he was unaware.',
  ])('flags media: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });

  it.each([
    // The customer's own story, telling what the jeweller said, is no report's attribution.
    'We went into the jewellery shop in the arcade. Mr Cook said that the ring would be ready in three weeks, but I went in and he had lost my diamond.',
    // A staff note opens on its customer so.
    'A customer is furious that her ring broke after a week; she wants a refund.',
  ])('a customer’s own story or a staff note is no report: %s', (text) => {
    expect(kinds(text)).not.toContain('media');
  });
});

describe('the newsroom asking the other side, and the complainant interviewed', () => {
  it.each([
    // The request for comment, answered or not, whole with its "not": the shop's silence, not a step denied.
    'Priya bought the watch in June and it stopped within a week. The store has not responded to a request for comment.',
    'The ring snapped twice. The jeweller did not return calls seeking comment.',
    'The shop did not immediately respond to questions about the refund.',
    'Contacted by the paper, the owner said the chain had been pulled.',
    'Viewers contacted the station after the store refused refunds.',
    // The complainant interviewed (受访).
    '陈先生受访时表示,手表修了三次还是不走。',
    '陳先生受訪時表示,手錶修了三次還是不走。',
  ])('flags media: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });

  it.each([
    // A customer's post says the shop did not answer them, or asks for a comment: no newsroom in either.
    'I emailed the store twice but they did not respond to my emails.',
    'The manager did not respond to my complaint, so I want a full refund.',
    'I left a message for comment on their page and nobody answered.',
    'The jeweller did not respond to my request for a refund.',
  ])('a customer’s own post is no report: %s', (text) => {
    expect(kinds(text)).not.toContain('media');
  });
});

describe('a Chinese customer’s own voice is no report, whatever words of the press it uses', () => {
  it.each([
    // A message to the shop (你们店), and a story told with 我, using 近日 or 新闻报道 of news the customer saw.
    '近日我在你们店买了一条项链,戴了三天就断了。',
    '近日我在你們店買了一條項鍊,戴了三天就斷了。',
    '我看新闻报道说金价涨了,就去店里卖我的金链子,我问店员为什么只给一半价格。',
    '我看新聞報導說金價漲了,就去店裡賣我的金鍊子,我問店員為什麼只給一半價格。',
  ])('does not flag media: %s', (text) => {
    expect(kinds(text)).not.toContain('media');
  });

  it.each([
    // The customer who went to a reporter still did, and a report is still one.
    '我已经向记者反映了,你们店再不处理我就上电视。',
    '近日,市民王女士向记者反映,她在金店买的项链断了。',
  ])('flags media: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });
});

describe('the news watched or read is not the complaint gone to the news', () => {
  it.each([
    'I saw on the news that gold prices went up, so I went to sell my chain and the shop offered me half.',
    'My husband watches the evening news every night, and he says the repair should take a day.',
    'I read the newspaper ad before buying, and the ring broke in a week.',
  ])('does not flag media: %s', (text) => {
    expect(kinds(text)).not.toContain('media');
  });

  it.each([
    'If you don’t refund me I will go on the news.',
    'She ended up on the evening news after the store refused her.',
    'I went to the newspaper and they ran my story.',
  ])('flags media: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });
});

describe('a consumer column speaking as one', () => {
  it.each([
    'Monica Wolff was one of the first customers to alert me to the bills, and I wrote a column about it.',
    'LETTER OF THE WEEK: the shop refused to repair my watch.\nJP, Berkshire\nYou were right to ask for a repair.',
    'Readers keep asking about deposits. Name and address supplied: my sofa never came and the shop kept the deposit.',
  ])('flags media: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });

  it('when a customer writes of the shop’s columns of figures, then media is not flagged', () => {
    expect(kinds('I checked every column of the receipt and the shop still overcharged me.')).not.toContain('media');
  });
});
