import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags read from a text pasted whole, as a manager pastes a page they found. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a ruling or a pleading, in its own drafting, is a complaint gone to law', () => {
  it.each([
    'The Opposite party no.1 sold the complainant a bracelet said to be 22 carat; the Opposite party denied it.',
    'The complainant submitted that the pendant was plated brass sold as solid gold.',
    'A consumer forum has directed a watch dealer to pay Rs 15,000 to a retired teacher.',
    '上诉人林某主张手镯重量不足,本案经审理查明,金店确有短秤。',
    '此案由台北地院審理,金行須退還貨款。',
  ])('flags lawyer: %s', (text) => {
    expect(kinds(text)).toContain('lawyer');
  });

  it.each(['I complained to the shop and it went to the manager.', '顾客投诉称戒指掉色,投诉至总部后已换货。'])(
    'a complaint told in the same words is no court: %s',
    (text) => {
      expect(kinds(text)).not.toContain('lawyer');
    },
  );
});

describe('a question put to a lawyer asks whether the law is on the customer’s side', () => {
  it.each([
    'The jeweller kept my deposit and will not give it back. What are my rights?',
    'The store has a no refund policy. Can I fight this and get my money back?',
    '买了才八天就不给退货,这样合法吗?',
    '金店不肯退訂金,請問這樣是否違法?',
  ])('flags lawyer: %s', (text) => {
    expect(kinds(text)).toContain('lawyer');
  });

  it('a negation before a full stop does not deny the next sentence, while a sue denied is still denied', () => {
    expect(kinds('They have a no return policy. Is that legal?')).toContain('lawyer');
    expect(kinds('I will not sue, I just want the ring fixed.')).not.toContain('lawyer');
  });
});

describe('a report framed as one: a headline over a story in the third person, or a dateline', () => {
  it.each([
    'Jeweller fined after customers overcharged\n\nA Harbour Lane customer was charged more than the label said. The shop said it was a mistake.',
    'CHENNAI: A retired clerk who bought earrings at a city jeweller found them to be 18 carat, not 22.',
    '(新加坡16日讯)一名顾客在首饰店买的手链三天就断了,店家拒绝退款。',
    '廣州3月5日電 一家金店以舊換新時被指克重不足。',
  ])('flags media: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });

  it('a speaker before a quote and a paragraph break is no dateline, and no evidence runs past its line', () => {
    const transcript =
      'The jeweller was asked about the chain.\n\nTOM REED: "The acid in your skin may have turned it dark."\n\nCarla Moss then took it back to the store.';
    const quotes = detectFlags(ComplaintSchema.parse({ narrative: transcript })).flatMap((flag) =>
      flag.evidence.filter((item) => item.cue?.includes('dateline')).map((item) => item.quote),
    );
    expect(quotes).toEqual([]);
  });

  it.each([
    'Watch Repair\n\nIt took me three days to notice that my watch had stopped, so I took it to a jeweller.',
    '我3月5日电话问过店里,他们说手链还没修好。',
  ])('a post with a title, or a day someone phoned, is no report: %s', (text) => {
    expect(kinds(text)).not.toContain('media');
  });
});

describe('a post’s title capitalises every word, so a business is named below it', () => {
  it('a title in title case names no business', () => {
    const post =
      'They Work In Eye Care But They Cannot See\n\nMy contacts are so old that I worry about my eyes, so I walk into an eye care centre for the first time. Nobody is at the desk, and after fifteen minutes we leave.';
    expect(kinds(post)).not.toContain('social-media');
  });
});

describe('an authority named by its title, and the authorities in general words', () => {
  it.each([
    'That is one of 11 complaints the Commerce Commission has received about the chain in two years.',
    'She has written to the Competition and Markets Authority about the gold prices.',
    '顾客已向主管机关反映,要求调查该店的标价。',
    '消費者表示已向有關當局舉報該店出售假貨。',
  ])('flags regulator: %s', (text) => {
    expect(kinds(text)).toContain('regulator');
  });

  it.each(['The Consumer Commission took up her case.', 'We booked the trip through the Sunshine Travel Agency.'])(
    'a consumer body or a business is not a regulator: %s',
    (text) => {
      expect(kinds(text)).not.toContain('regulator');
    },
  );
});

describe('a council’s case write-up keeps the trader anonymous by a letter', () => {
  it.each([
    '陳先生於8月1日在B公司網購手錶,直至9月仍未出貨,其後提交投訴。',
    '王女士在A店购买金项链,发现克重不足,要求退款。',
    'The complainant bought a bracelet from Shop A, which refused to repair it.',
  ])('flags consumer-council: %s', (text) => {
    expect(kinds(text)).toContain('consumer-council');
  });

  it.each(['The shop I went to refused to repair it.', '她在SK公司买的面霜过敏了。'])(
    'a pronoun or a brand in Latin letters is no lettered trader: %s',
    (text) => {
      expect(kinds(text)).not.toContain('consumer-council');
    },
  );
});

describe('a child by age and an old customer by the names people give them', () => {
  it.each([
    '5岁童吃米粉时误食钢丝,父母当场与摊贩理论。',
    '店裡一位老翁因等太久而大聲抱怨。',
    '那個阿北一直說他花錢最大。',
    '三岁宝宝戴的银手镯把手腕磨破了。',
  ])('flags special-customer: %s', (text) => {
    expect(kinds(text)).toContain('special-customer');
  });

  it('an adult’s age holding a child’s number is no child', () => {
    expect(kinds('她给25岁女儿买了一条金项链,一个月就断了。')).not.toContain('special-customer');
  });
});

describe('a review names the service centre it went to and the watch by its brand', () => {
  it('a review of a brand’s service centre is a post', () => {
    const review =
      'My Fossil watch stopped, and the technician told me to take it to the Fossil service centre. They kept it for ten days and charged a third of its price. What a joke, thanks guys!';
    expect(kinds(review)).toContain('social-media');
  });
});

describe('a Chinese report under its headline, in the third person', () => {
  it.each([
    '金店以旧换新被指缩水\n林女士上月在店里换了一条手链,回家一称少了两克,林女士只好再去店里理论。',
    '金行換錶帶竟收千元\n陳先生上周到店更換錶帶,結帳時才知要價一千元,陳先生當場要求退款。',
  ])('flags media: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });

  it('a customer’s own post under a title is no report', () => {
    expect(kinds('手链断了\n我上个月买的手链,戴了三天就断了,我去店里他们不给换。')).not.toContain('media');
  });
});

describe('a consumer council by its longer titles and its lines', () => {
  it.each([
    '顾客说已经向消费者权益保护协会反映了。',
    '她昨天撥打1950專線申訴。',
    'She rang the consumer helpline before coming back to the shop.',
  ])('flags consumer-council: %s', (text) => {
    expect(kinds(text)).toContain('consumer-council');
  });
});

describe('an authority named only to be denied is no step', () => {
  it('a customer who did not go to an authority has not gone', () => {
    expect(kinds("I didn't report them to the Commerce Commission, I just want the ring fixed.")).not.toContain(
      'regulator',
    );
  });
});

describe('a platform named the short way, or by a nickname so as not to name it', () => {
  it.each([
    'She posted the photos on insta the same night.',
    'He took to the gram to tell everyone about the ring.',
    '她已经把照片发到小红薯上了。',
    '顧客說已經在某音發了影片。',
  ])('flags social-media: %s', (text) => {
    expect(kinds(text)).toContain('social-media');
  });
});

describe('a paper or a station by its name, told or reporting', () => {
  it.each([
    'She told the Nelson Mail the clasp broke twice in a month.',
    'He has contacted the Evening Chronicle about the ring.',
    'According to the Straits Times, the shop refused a refund.',
  ])('flags media: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });

  it.each(['I contacted Royal Mail about the lost parcel.', 'We went to the Post Office to send the watch back.'])(
    'a post office is no paper: %s',
    (text) => {
      expect(kinds(text)).not.toContain('media');
    },
  );
});

describe('a report that quotes a council’s mediation is still a report: it introduces its subject by age or home', () => {
  it.each([
    'Yvonne Hollings, 36, bought a ring that lost its stone within a week. After mediation by the Consumer Council, the shop agreed to repair it.',
    '家住龙口的田女士在一家美容店接了假睫毛,第二天眼睛红肿,店主拒绝退款。田女士投诉至消协,经消协调解,店主同意退还200元。',
    '今年35歲的陳女士在一家金行買了手鍊,回家發現重量不足,金行拒絕退款。經消委會調解,金行同意退還差價。',
  ])('flags media and the council: %s', (text) => {
    expect(kinds(text)).toEqual(expect.arrayContaining(['media', 'consumer-council']));
  });

  it.each([
    '消费者王女士在某金店购买手镯,发现克重不足。经消协调解,商家同意退还差价。',
    'A 72-year-old consumer bought a watch that stopped within a week. After mediation by the Consumer Council, the trader agreed to a refund.',
  ])('a council’s own write-up, naming the consumer as it does, is no report: %s', (text) => {
    const found = kinds(text);
    expect(found).toContain('consumer-council');
    expect(found).not.toContain('media');
  });
});

describe('a complaint platform’s summary, an unnamed consumer retold as 其, is a post, not a report', () => {
  it.each([
    '该消费者指出,其于2025年3月2日在某金店参与以旧换新,商家全程未告知克重。',
    '還有消費者反映,其於2025年5月在珠寶店購買鑽戒,證書與實物不符,商家拒絕退款。',
  ])('flags social-media and not media: %s', (text) => {
    const found = kinds(text);
    expect(found).toContain('social-media');
    expect(found).not.toContain('media');
  });

  it('a report that names its subject is still a report', () => {
    const found = kinds('市民陈女士称,其于3月在一家金店购买手镯,回家发现克重不足,店家拒绝退款。');
    expect(found).toContain('media');
    expect(found).not.toContain('social-media');
  });
});

describe('a news report pasted whole is no post, whatever it tells its readers', () => {
  // Each report with whether the customer posted: only a platform it names says so, not its warnings to readers.
  const reports: [string, boolean][] = [
    // Under a wire's dateline, warning its readers as a post would.
    [
      '（新加坡16日讯）陈女士日前在一家金店购买金手链，戴了三天就断了。陈女士表示，店员拒绝退款，只同意维修。记者提醒大家，购买金饰时要保留发票。',
      false,
    ],
    // Naming its subject with an age, then by surname alone, closing on advice.
    [
      'Kira Denney, 34, bought a bracelet at a mall jeweler in March. The clasp broke twice. When Denney asked for a refund, the store offered a repair. Buyer beware, consumer advocates say: read the return policy first.',
      false,
    ],
    // The same report, saying the customer posted.
    [
      '（新加坡16日讯）陈女士日前在一家金店购买金手链，戴了三天就断了，她在网上发文控诉，引来不少网友留言。记者提醒大家，购买金饰时要保留发票。',
      true,
    ],
  ];
  for (const [text, posted] of reports) {
    it(`is media, and social-media only when a post is named (${posted}): ${text}`, () => {
      const found = kinds(text);
      expect(found).toContain('media');
      expect(found.includes('social-media')).toBe(posted);
    });
  }
});
