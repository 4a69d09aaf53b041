import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { type ComplaintChannel, ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags read from a text pasted whole, as a store manager pastes a report or a review. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a complaint that has already reached an outside party is a crisis', () => {
  it.each([
    ['media', '据《江城晚报》报道,王女士在一家金店买的手镯戴了一周就断了。'],
    ['media', '“我只想讨个公道。”王女士表示,店方至今没有回复。'],
    ['media', '何先生向本报维权热线求助,称手表修了四个月还没拿回来。'],
    ['media', '事主周太話,店員當時一口咬定是她自己弄壞的。'],
    ['media', '"They swapped the stone in my ring," Linda said, holding up the receipt.'],
    ['media', '“It was never the same diamond,” said Marcy Cole, who bought the ring in May.'],
    ['media', 'The jeweller did not respond to a request for comment by Friday.'],
    ['media', 'She told the BBC that nobody at the shop would call her back.'],
    // The newsroom's general words: an unnamed source, a stranger introduced by where they live, surname or age.
    ['media', 'The customer, who asked not to be named, says the shop kept her deposit.'],
    ['media', 'A 52-year-old woman says the ring she bought in May lost its stone in June.'],
    ['media', '家住南山的老刘发现,项链买回来第二天就断了。'],
    ['media', '一名陳姓女子向報料熱線表示,手錶修了半年仍未取回。'],
    ['media', '该门店相关负责人称,会尽快给顾客答复。'],
    ['social-media', '赵女士在黑猫投诉平台上反映,商家迟迟不给退款。'],
    ['social-media', '網友在Dcard發文,直指門市店員態度惡劣。'],
    ['social-media', 'Avoid this shop. One star is one star too many.'],
    ['social-media', 'I left a Yelp review after the third visit.'],
    // Platforms' general vocabulary: a post's comments, trending, forums, a tweet.
    ['social-media', '事件登上热搜,评论区一片骂声。'],
    ['social-media', '呢單嘢喺連登討論區傳開咗,店員態度惡劣。'],
    ['social-media', 'Netizens were quick to side with her after the clip spread.'],
    ['social-media', 'She tweeted a photo of the broken clasp and tagged the brand.'],
    ['consumer-council', '陳先生其後向消費者委員會投訴。'],
    ['consumer-council', 'So I filed a complaint with the Better Business Bureau.'],
    ['consumer-council', 'Citizens Advice said the shop had to put it right.'],
    ['regulator', '双方争执不下,顾客当场报警。'],
    ['regulator', '市场监督管理局工作人员已介入调查。'],
    ['regulator', 'In the end she called the police.'],
    ['lawyer', '她已向法院提起诉讼,要求退还全部货款。'],
    ['lawyer', 'I filed a chargeback with my card company.'],
    ['lawyer', 'We took them to small claims and won.'],
    // How a report names a complainant it does not know, credits a photo, or introduces someone by age.
    ['media', '市民李女士反映,她在商场金店买的项链一周就断了。'],
    ['media', '消费者周先生称,店员承诺的免费清洗后来却要收费。'],
    ['media', '“这根本不是足金。”刘先生气愤地说。'],
    ['media', '店門口的告示寫明不設退換。（圖／東森新聞）'],
    ['media', 'Karen Holt, 41, took the bracelet back twice before giving up.'],
    ['media', 'The Riverside resident said the store never called her back.'],
    // A post that speaks to its readers.
    ['social-media', 'For those of you thinking of buying an engagement ring there: think twice.'],
    ['social-media', '姐妹们避雷这家店,千万别去!'],
    ['media', '陈女士接受采访时说,店员一直在推诿。'],
    ['media', 'The Troubleshooter got involved after three months of unanswered calls.'],
    ['social-media', '她在论坛发帖,说这家眼镜店验光不准。'],
    ['social-media', 'He posted a one-line review on Google Maps that night.'],
    ['lawyer', '她怒告眼镜行,要求赔偿医药费。'],
    ['regulator', '双方僵持不下,最后请来了帽子叔叔调解。'],
    // The law's and the offices' general vocabulary.
    ['lawyer', '陳太已入稟追討維修費。'],
    ['lawyer', 'He has now filed a claim against the jeweller for the cost of the ring.'],
    ['regulator', '游客随后向当地旅游局投诉,称被导游带进珠宝店强迫购物。'],
    ['regulator', 'She complained to the General Optical Council about the eye test.'],
    // Someone hurt, or a child: the complaints most easily turned into a story.
    ['special-customer', '孩子戴着手表睡觉,半夜手腕被烫伤,送医后诊断为二度烧伤。'],
    ['special-customer', 'Her toddler ended up in the emergency room after the clasp cut him.'],
  ] as const)('when the text shows it, then %s is flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it('when a platform or the press is merely mentioned, then no crisis flag is raised', () => {
    expect(kinds('顾客说她是在小红书上看到这款手链的,很喜欢就来买了。')).toEqual([]);
    expect(kinds('顾客引用《消费者权益保护法》第二十四条,要求换一只。')).toEqual([]);
    expect(kinds('"It broke the second day," she said, and put it on the counter.')).toEqual([]);
    expect(kinds('顾客说她朋友在网上买的同款便宜一些。')).toEqual([]);
    // Working at a paper makes a special customer, not a story in it.
    expect(kinds('登记时她说自己在晚报工作。')).not.toContain('media');
    // Age alone makes nobody special: an elderly customer who is plainly fit is served like anyone.
    expect(kinds('An elderly gentleman, sprightly and cheerful, asked for a new battery.')).toEqual([]);
  });

  it('when a customer works at a newspaper but does not mean to report, then she is special, not a media case', () => {
    expect(kinds('顾客说自己在长沙晚报工作,没有说要报道,只问换电池的事。')).toEqual(['special-customer']);
  });
});

describe('where staff said the complaint reached the store', () => {
  const flagsFrom = (narrative: string, channel?: ComplaintChannel) =>
    detectFlags(ComplaintSchema.parse({ narrative, ...(channel ? { channel } : {}) }));
  const BLAND = 'The clasp broke a week after she bought the bracelet.';

  it.each([
    ['posted-online', 'social-media'],
    ['news-report', 'media'],
    ['consumer-council', 'consumer-council'],
    ['regulator', 'regulator'],
    ['court', 'lawyer'],
  ] as const)(
    'when it came %s, then %s is flagged first, standing on the channel, whatever the text says',
    (channel, kind) => {
      const [first, ...rest] = flagsFrom(BLAND, channel);
      expect(first).toMatchObject({ kind, group: 'crisis', evidence: [{ quote: channel, source: 'channel' }] });
      expect(first?.advice.length).toBeGreaterThan(0);
      expect(rest).toEqual([]);
    },
  );

  it.each(['in-person', 'phone', 'message'] as const)('when it came %s, then the channel raises nothing', (channel) => {
    expect(flagsFrom(BLAND, channel)).toEqual([]);
  });

  it('when the text also shows the same flag, then the channel comes first and the text quote follows', () => {
    const [media] = flagsFrom('顾客说要去找记者曝光这家店。', 'news-report');
    expect(media?.kind).toBe('media');
    expect(media?.evidence.map((item) => item.source)).toEqual(['channel', 'narrative']);
  });

  it('when staff said where it came from, then the wording of a report or a post is no longer read as where it was published', () => {
    const report = '近日,市民李女士反映,她在商场金店买的项链一周就断了。';
    const post = 'For those of you thinking of buying an engagement ring there: think twice.';
    const quoted = '"They swapped the stone in my ring," Linda said, holding up the receipt.';
    expect(flagsFrom(report).map((flag) => flag.kind)).toContain('media');
    expect(flagsFrom(report, 'in-person').map((flag) => flag.kind)).not.toContain('media');
    expect(flagsFrom(post).map((flag) => flag.kind)).toContain('social-media');
    expect(flagsFrom(post, 'phone').map((flag) => flag.kind)).not.toContain('social-media');
    expect(flagsFrom(quoted).map((flag) => flag.kind)).toContain('media');
    expect(flagsFrom(quoted, 'message').map((flag) => flag.kind)).not.toContain('media');
  });

  it('when staff said where it came from, then what the customer says they did or will do still counts', () => {
    expect(flagsFrom('顾客说要去找记者曝光这家店。', 'in-person').map((flag) => flag.kind)).toContain('media');
    expect(
      flagsFrom('She said she would leave a one-star review on Google.', 'phone').map((flag) => flag.kind),
    ).toContain('social-media');
    expect(flagsFrom('網友在Dcard發文,直指門市店員態度惡劣。', 'news-report').map((flag) => flag.kind)).toContain(
      'social-media',
    );
  });
});

describe('the apology for a complaint that reached the store from afar', () => {
  it('when a news report is triaged, then the apology offers no seat and names no guessed problem', async () => {
    const { analyseWithRules } = await import('../../../src/analysis/rules-analyser.ts');
    const { readFacts } = await import('../../../src/analysis/read-facts.ts');
    const { DEFAULT_POLICY_PATH, loadPolicySync } = await import('../../../src/policy/load-policy.ts');
    const policy = loadPolicySync(DEFAULT_POLICY_PATH);
    const complaint = ComplaintSchema.parse({
      narrative: 'The watch we sold her stopped working after four days, she told the paper.',
      channel: 'news-report',
      language: 'en',
    });
    const analysis = analyseWithRules({ complaint, facts: readFacts(complaint, policy), policy, verdicts: [] });
    expect(analysis.problem).toBe('watch-battery');
    expect(analysis.suggestion.apology.text).not.toMatch(/battery|sit down|join us/u);
    expect(analysis.suggestion.apology.text).toContain('My manager will follow this up personally.');
  });
});

describe('a card dispute and an insult, as a shop hears of them', () => {
  it('when the customer will dispute the charge with her bank, then it is a legal-action case', () => {
    expect(kinds('She said she would dispute the charge with her bank if we did not refund her today.')).toContain(
      'lawyer',
    );
  });

  it('when the customer called the assistant an idiot, then it is flagged as vulgar', () => {
    const flags = detectFlags(
      ComplaintSchema.parse({
        narrative: 'x',
        behaviour: 'She called the sales assistant an idiot and slammed the box down.',
      }),
    ).map((flag) => flag.kind);
    expect(flags).toContain('vulgar');
  });
});
