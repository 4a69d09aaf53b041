import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * Each temperament's family of cues as a retelling tells it — a report, a review, a staff summary — in English,
 * simplified and traditional Chinese. The texts are written for these tests, not taken from any labelled set.
 */
describe('temperament families in retold complaints', () => {
  it.each([
    // Forceful: an ultimatum or a deadline, damages several times the loss, a confrontation, an offer turned down.
    ['forceful', 'She gave the shop an ultimatum: a new watch by Friday or else she would see them in court.'],
    ['forceful', 'He turned down the store credit flat and blamed the manager for the whole mess.'],
    ['forceful', '王先生坚决要求店家三天内给答复,否则就要双倍赔偿。'],
    ['forceful', '陳先生當面質問店長,並拒絕了店方提出的維修方案。'],
    // Analytical: the test report, the standard, the law's article, the figures kept.
    ['analytical', 'He asked for the lab report and quoted the Consumer Protection Act back to the store.'],
    ['analytical', '她拿出检测报告,按照国家标准逐条核对,又引用了消费者权益保护法第二十四条。'],
    ['analytical', '林小姐全程錄影開箱,並保留證據,要求店家出示檢測報告。'],
    // Lively: feelings said out loud, a buy they could not resist, friends and followers told.
    ['lively', 'Ugh, my beloved bracelet! Can you believe it? I told all my friends about this place.'],
    ['lively', '气死了!我心爱的手链戴了一天就断,当时忍不住就下单了,还发了朋友圈。'],
    ['lively', '氣死我了!迫不及待戴上新耳環,結果大吃一驚。'],
    // Peaceable: letting it go, blaming themselves, waiting a long time, taking the seller's word.
    ['peaceable', "I didn't want to make a fuss, so I waited three more weeks; maybe it was my own fault."],
    ['peaceable', 'He took their word for it and went along with the repair; months went by.'],
    ['peaceable', '在店员的劝说下她就同意了,事后也只怪自己,不想追究。'],
    ['peaceable', '陳太一等再等,自認倒霉,說不想計較。'],
  ] as const)('when a retelling shows the %s family, then it is read: %s', (type, text) => {
    const result = reading(text);
    expect(result.type).toBe(type);
    // Told by someone else, it stays a hint below 0.5.
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('when a speed word only narrates the pace, then it is no demand', () => {
    // "She went straight to the doctor" is no deadline given to the shop.
    expect(reading('她立刻去医院看了眼睛。').type).not.toBe('forceful');
    expect(reading('她要求店家立刻退款。').type).toBe('forceful');
  });

  it('when "yellow" gold is described, then no one yelled', () => {
    expect(reading('A diamond solitaire on a thick yellow-gold band.').type).toBe('unknown');
  });

  it('when 比较 means "rather", then nothing was compared', () => {
    expect(reading('这种药水对皮肤比较敏感的人不友好。').type).toBe('unknown');
  });

  it('when the goods are described by a reporter, then their certificate and carat say nothing of the customer', () => {
    expect(reading('The 1.2-carat ring came with a certificate and a serial number.').type).toBe('unknown');
    expect(reading('这条足金项链克重12克,附有证书。').type).toBe('unknown');
    // In her own quoted words the same topics show her checking.
    expect(reading('她说:“证书上写的克重和含金量都对不上。”').type).toBe('analytical');
  });

  it('when feeling is written out loud in a retelling, then lively is read, still as a hint', () => {
    for (const text of [
      'And the charm? GONE!!! Just like that.',
      'It took soooo long, I could not believe it.',
      '项链又断了！！',
    ]) {
      const result = reading(text);
      expect(result.type).toBe('lively');
      expect(result.confidence).toBeLessThan(0.5);
    }
  });

  it('when "specs" are glasses, a sigh resigned and a promotion the thing sold, then they are no technical, lively or bargain-hunting sign', () => {
    expect(reading('I went running in my old specs.').type).toBe('unknown');
    expect(reading('*sigh* I will pick them up tomorrow, I guess.').type).toBe('peaceable');
    expect(reading('她参加了店里的以旧换新活动。').type).toBe('unknown');
  });

  it("when a staff story is written as dialogue, then the staff member's own lines say nothing of the customer", () => {
    const story =
      'Me: *unsure* “Did you want the frame on its own, maybe? Sorry, please let me know.”  Customer: “No.”';
    expect(reading(story).type).toBe('unknown');
    expect(reading('店員：「不好意思,請問您要不要考慮一下?」').type).toBe('unknown');
    // The customer's lines in the same story still count.
    expect(reading('Me: “Can I help?”  Customer: “I want a refund right now.”').type).toBe('forceful');
    // In a customer's own post, "Me:" is the customer.
    expect(reading("Me: “I want a refund right now.”  Clerk: “Sorry, we can't.”").type).toBe('forceful');
  });

  it('when 查 is part of 调查 (an inquiry), then no one checked for themselves', () => {
    expect(reading('品牌回信说调查过程中有不同的了解。').type).toBe('unknown');
    expect(reading('她自己查了资料,发现标签写错了。').type).toBe('analytical');
  });

  it('when a retelling lays out six or more figures, then analytical is hinted; two figures are only the facts', () => {
    const laidOut = reading(
      'He paid $1,200 on 3月5日, it weighed 4.3 grams, not 5 grams, and 18 days later it cracked 2 mm deep.',
    );
    expect(laidOut.type).toBe('analytical');
    expect(laidOut.confidence).toBeLessThan(0.5);
    expect(reading('The $300 necklace broke after 2 days.').type).toBe('unknown');
  });

  it('when Cantonese grammar ends a sentence with 啦/呀/嘛 or says 曬 (all of it), then no lively customer is read', () => {
    // Sentence particles and 曬 are how Cantonese is written, whoever speaks; they tell nothing of a manner.
    expect(reading('陳生話:「我俾晒錢啦,佢哋都唔理呀。」').type).toBe('unknown');
    expect(reading('她说:"钱都付了嘛,你们看一下啦。"').type).toBe('unknown');
    // Showing the piece off in a post still counts.
    expect(reading('她一收到就晒图,还说好看得不得了。').type).toBe('lively');
  });

  it("when a reporter names the case's subject (a student's identity, a quality fault, the photos, the warranty, court evidence), then no type is read from it", () => {
    expect(reading('她强调自己是学生身份,又说这是品质问题。').type).toBe('unknown');
    expect(reading('影樓交付的照片有瑕疵,保修記錄也不見了。').type).toBe('unknown');
    expect(reading('他把單據交給海關作呈堂證據。').type).toBe('unknown');
    // In the customer's own quoted words the same words still count.
    expect(reading('他说:“我是VIP,这种品质配不上我的身份。”').type).toBe('forceful');
    expect(reading('她说:“保修记录和照片我都留着。”').type).toBe('analytical');
    expect(reading('他說:「證據我全部都有。」').type).toBe('analytical');
  });

  it.each([
    'She thought it was funny at first, then got angry and weighed the ring.',
    '她一开始觉得搞笑,后来很生气,拿去称重。',
    '她一開始覺得搞笑,後來很生氣,拿去稱重。',
  ])('when types tie, then the one on the sides the rest of the evidence leans to is read: %s', (text) => {
    // Lively, forceful and analytical one cue each: forceful shares the outgoing side with lively and the task
    // side with analytical, so the rest of the evidence leans its way.
    const result = reading(text);
    expect(result.type).toBe('forceful');
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('when a text gives no cue at all, then the type stays unknown with no confidence', () => {
    const result = reading('The necklace was bought in March and returned in April.');
    expect(result.type).toBe('unknown');
    expect(result.confidence).toBe(0);
  });
});
