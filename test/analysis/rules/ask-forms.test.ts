import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe('who asks: the customer, not the one they turned to, the seller or the reporter', () => {
  it.each([
    ['refund', '陈女士向店家要求退货。'],
    ['refund', '佢找商家要求退錢。'],
    ['exchange', '她跟导购要求换一条新的。'],
    ['refund', 'He phoned the manager and demanded his money back.'],
    ['exchange', 'She went back to the store and asked for a replacement.'],
  ] as const)('when the customer asks someone, then the ask is theirs: %s → %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each([
    ['The store asked her to pay for the new clasp.'],
    ['The company wanted him to pay for the shipping.'],
    ['The seller insisted she pay for the replacement herself.'],
    ['厂商要求她自己承担维修费用。'],
    ['卖家要求她先付赔偿金。'],
  ])('when the seller asks something of the customer, then it is no ask of hers: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });
});

describe('an ask told in any of its forms', () => {
  it.each([
    // A refusal told from the customer's side names what was asked.
    ['refund', 'At the counter she was refused a refund.'],
    ['exchange', 'He was denied an exchange because the tag was off.'],
    ['refund', '佢嘅退款申請被拒。'],
    ['refund', '店家拒不退款。'],
    ['refund', '店方唔肯退錢。'],
    // What a trip back or a parcel was for.
    ['refund', 'She mailed the earrings back for a full refund.'],
    ['exchange', 'We drove back for a replacement the next day.'],
    // A charge disputed with the bank asks for the money back by itself.
    ['refund', 'In the end she disputed the charge with her card company.'],
    // Other words of asking: urging, calling on, hoping for, 呼吁, 盼, 主张, 叫佢哋.
    ['refund', 'She urged the shop to refund the deposit.'],
    ['compensation', 'He called on the chain to compensate every buyer.'],
    ['refund', '李先生呼吁商家尽快退款。'],
    ['refund', '她盼店方早日退还货款。'],
    ['refund', '佢叫佢哋退返啲錢。'],
    // Remedies in more of their everyday words.
    ['refund', '他只想把钱要回来。'],
    ['exchange', '佢想換過一隻新嘅。'],
    ['apology', '她要求店员当面致歉。'],
    ['accountability', '她要求店方为此负责。'],
    ['accountability', 'He wants to press charges against the owner.'],
    ['assurance', '她只希望商家整改,不要再坑其他消费者。'],
    ['refund', 'She asked for her deposit back the same day.'],
    ['refund', '佢想攞返個訂金。'],
    ['refund', '她要求金店按原价回收。'],
    ['repair', 'He wanted the clasp resoldered.'],
    ['repair', 'She asked them to look at it once more.'],
    ['repair', '她要求把掉的钻重新镶好。'],
    ['exchange', '店员拒绝给她换。'],
    // 他们 in a retelling is the shop's people as often as not: their refusal still names the ask.
    ['refund', '陈太说,他们就是不给退定金。'],
    // Asking the shop to bear the cost of work asks for money, whatever the work.
    ['compensation', 'She asked them to cover the cost of the repair.'],
    ['compensation', '他要求商家承担维修费用。'],
    ['assurance', 'All he wants is for them to train their staff properly.'],
  ] as const)('when the text says %s so, then it is read: %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('when a sum was paid for a replacement, then that is no ask for one', () => {
    expect(aimOf('She had already paid for a replacement battery last year.')).toBe('unknown');
  });
});

describe('an earlier plan is no ask', () => {
  it.each([
    ['我原本只想换个镜框,后来店员推销了一整副新眼镜。'],
    ['佢本來想修一下,點知店員推銷新款。'],
    ['He originally wanted a repair, but the shop sold him a new watch.'],
  ])('when the text tells what was first planned, then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it('when the customer asks for something after the plan changed, then that is the ask', () => {
    expect(aimOf('她原本想换货,现在坚持要退款。')).toBe('refund');
    expect(aimOf('At first she wanted an exchange; now she just wants her money back.')).toBe('refund');
  });
});

describe('why someone went is no ask', () => {
  it('when an infinitive only tells the purpose of a trip, then nothing is asked', () => {
    expect(aimOf('After hers broke she walked to the optician to get replacement lenses, and waited an hour.')).toBe(
      'unknown',
    );
  });

  it.each([
    '她的手表送修后,整整三个月才拿回来。',
    '他把眼鏡拿去店裡修理,等了兩個月都沒消息。',
    '手镯送去专柜维修后一直没有下文。',
  ])('when a Chinese verb only tells that a piece was taken in, then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it('when 只要是 means "as long as it is", then nothing is asked', () => {
    expect(aimOf('只要是那家店维修过的表,都出了毛病。')).toBe('unknown');
  });

  it.each([
    'The watch began to lose time again after the repair.',
    'Customers are beginning to complain about the repair service.',
  ])('when "began" or "beginning" only starts an action, then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it.each([
    '店员和顾客讨论了半天要不要退货,最后不了了之。',
    '店員和顧客討論了半天要不要退貨,最後不了了之。',
    '她很讨厌这家店的维修服务。',
  ])('when 讨 is part of another word (讨论, 讨厌), then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it('when 讨 seeks something, then it is the ask', () => {
    expect(aimOf('她上门讨个说法。')).toBe('accountability');
    expect(aimOf('他找店家讨回买手镯的钱。')).toBe('refund');
  });

  it('when the customer begs for a remedy, then it is the ask', () => {
    expect(aimOf('She begged them for a refund.')).toBe('refund');
  });

  it('when an ask follows the trip, then it is read', () => {
    expect(aimOf('她把戒指送去店里,要求免费维修。')).toBe('repair');
    expect(aimOf('她只要退款。')).toBe('refund');
  });

  it('when a verb of trying or wanting comes first, then it is still the ask', () => {
    expect(aimOf('For weeks she tried to get a refund.')).toBe('refund');
    expect(aimOf('He just wanted to get his money back.')).toBe('refund');
  });
});

describe('a remedy the customer failed to get', () => {
  it.each([
    ['refund', 'Three calls later she still could not get a refund.'],
    ['refund', 'We never got our money back.'],
    ['apology', 'He never received an apology from the manager.'],
    ['refund', '那条手链她一直退不了。'],
    ['exchange', '尺寸不合適,又換唔到。'],
  ] as const)('when the text says %s could not be had, then it was the ask: %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('when something else could not be had, then nothing is asked', () => {
    expect(aimOf("I couldn't get a word in while the manager shouted.")).toBe('unknown');
    expect(aimOf('We never got a call back.')).toBe('unknown');
  });
});

describe('what should have been, or must have happened, asks nothing now', () => {
  it.each([
    'The diamond must have fallen out when she swapped it.',
    "It should've been fixed the first time.",
    'This should not have happened to a ring they had just repaired.',
    '应该是店员把钻石换掉了。',
    '應該是店員把鑽石換掉了。',
  ])('when should or must looks back or guesses, then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it.each([
    ['exchange', 'They should replace the watch.'],
    ['exchange', 'The ring should be replaced free of charge.'],
    ['compensation', '商家应该赔偿。'],
  ])('when the shop is told what it must do, then that is the aim (%s): %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});

describe('everyday Chinese asks read as what they ask for', () => {
  it.each([
    // A reply not given opens no one's speech: what follows is the customer's own ask.
    ['我在网上下单的项链，过了十天还没发货，客服也不回复，我要退款。', 'refund'],
    ['我在網上下單的項鍊，過了十天還沒發貨，客服也不回覆，我要退款。', 'refund'],
    // 可以…吗 and 能…吗 put the ask as a question; 可以退吗 asks with the bare verb.
    ['你好，我昨天在你们店买的项链，吊牌都在，可以退吗？', 'refund'],
    ['你好，我昨天在你們店買的項鍊，吊牌都在，可以退嗎？', 'refund'],
    ['眼镜的螺丝掉了一颗，能帮忙上一下螺丝吗？', 'repair'],
    // A condition without a marker, the one threatening named after a comma.
    ['你们再不退款，我就去12315投诉！', 'refund'],
    ['你們再唔退錢，我就去消委會投訴！', 'refund'],
    // 我就是要, money told to be handed back, 补好, and 那就给我换 after a repair refused.
    ['我不管你们什么规定，我就是要退款，不退我就不走了。', 'refund'],
    ['旧金回收价比市场价低了好多，这不是坑人吗？把差价退给我。', 'refund'],
    ['舊金回收價比市場價低了好多，這不是坑人嗎？把差價退給我。', 'refund'],
    ['我只想他們免費幫我補好。', 'repair'],
    ['师傅说这条链子断的地方没法焊，那就给我换一条吧。', 'exchange'],
    ['師傅說這條鍊子斷的地方沒法焊，那就給我換一條吧。', 'exchange'],
  ] as const)('then the aim is read: %s', (text, aim) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each(['这是质量问题吗？', '店员说这种情况也可以保修吗？我也不知道。'])(
    'when a question asks for no remedy, then nothing is asked: %s',
    (text) => {
      expect(aimOf(text)).toBe('unknown');
    },
  );
});

describe('the counter by its other names asks for itself, and a sale undone is money back', () => {
  it.each(['取下来时营业员说手镯变形要求赔偿1000元。', '取下來時營業員說手鐲變形要求賠償1000元。'])(
    'when the sales assistant demands payment, then the customer asks nothing: %s',
    (text) => {
      expect(aimOf(text)).toBe('unknown');
    },
  );

  it.each([
    '投訴人非常驚訝並要求取消交易,但職員以已開始製造眼鏡而拒絕。',
    '投诉人非常惊讶并要求取消交易,但职员以已开始制造眼镜而拒绝。',
    'She asked them to cancel the transaction.',
  ])('when the customer asks for the sale to be undone, then the aim is refund: %s', (text) => {
    expect(aimOf(text)).toBe('refund');
  });
});

describe('asks in Cantonese haste and everyday words of the remedy', () => {
  it.each([
    ['你哋賣嘅K金頸鏈唔係18K，快啲退錢。', 'refund'],
    ['條手鏈戴兩日就斷，即刻退錢！', 'refund'],
    ['我已经联系了电视台的记者，你们等着吧，必须给我个说法。', 'accountability'],
    ['我已經聯繫了電視台的記者，你們等著吧，必須給我個說法。', 'accountability'],
    ['師傅，我隻錶行得唔準，每日快兩分鐘，幫我調一調。', 'repair'],
    ['戒指爪子松了，主石晃来晃去的，帮我加固一下。', 'repair'],
    ['戒指爪子鬆了，主石晃來晃去的，幫我加固一下。', 'repair'],
  ] as const)('then the aim is read: %s', (text, aim) => {
    expect(aimOf(text)).toBe(aim);
  });
});

describe('the price difference asked back is a partial refund', () => {
  it.each([
    '顾客说我们卖的金价比隔壁贵了二十块一克，要求退差价，否则不走。',
    '顧客說我們賣的金價比隔壁貴了二十塊一克，要求退差價。',
  ])('then the aim is discount: %s', (text) => {
    expect(aimOf(text)).toBe('discount');
  });
});
