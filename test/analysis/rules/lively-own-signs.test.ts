import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * Lively (seed 001: 活泼型 — talkative, expressive, fashion-minded) is read from what lively customers show, not from
 * words any customer or any narrator uses: a kind of thing called old-fashioned, a travel agency, "anyway" meaning
 * regardless, dismay every angry customer voices, the goods a reporter calls fashionable. Texts written for these
 * tests in three scripts, not taken from any labelled set.
 */
describe('lively is not read from words that do not show a lively customer', () => {
  it.each([
    // old-fashioned describes the thing, not a taste for fashion
    ['I hate the old-fashioned bifocals with the line across them, so I paid for varifocals.'],
    ['They sold me old fashioned frames even though I asked for the ones in the window.'],
    // "anyway" inside a clause means regardless
    ['I was told the stain would not come out, but I left the coat with them anyway.'],
    ['My watch stopped again, so I took it back to the repairer anyway.'],
    // a travel agency or a tour group is a business, not the customer's trip
    ['她说:“旅行社带我们去了一家玉器店,导购说这个手镯是真的。”'],
    ['她說:「旅行團帶我們去了一間珠寶店,導遊說這條項鍊是真金。」'],
    // the goods as a reporter describes them
    ['市民王女士反映,她在一家饰品店花39元买了一款时尚的耳环,戴了两天耳朵就红肿了。'],
    ['市民陳小姐表示,她在飾品店花59元買了一款時尚的手鍊,兩天就斷了。'],
  ])('when nothing lively is shown, then lively is not read: %s', (text) => {
    expect(reading(text).type).not.toBe('lively');
  });

  it.each([
    ['Anyway, the ring came back from the jeweller with a different stone.'],
    ['I went back the next day. Anyway, they said the clasp was fine.'],
    ['我一直都追最新款,这条手链戴了三天就断了。'],
    ['我一直都追最新款,這條手鍊戴了三天就斷了。'],
  ])('when the teller shows it (an aside, their own taste for the new), then lively is still read: %s', (text) => {
    expect(reading(text).type).toBe('lively');
  });
});

/**
 * Dismay and exasperation (气死了, 无语, 傻眼, "are you kidding me", "ugh") are voiced by every angry customer: they
 * point at the outgoing side, lively and forceful alike, so beside a sign of temper the forceful reading stands.
 */
describe('dismay every angry customer voices does not tip a forceful customer to lively', () => {
  it.each([
    ['Are you kidding me? I want a refund for this bracelet.'],
    ['Ugh. I want my money back for the broken clasp.'],
    ['气死我了,我要求你们退款。'],
    ['真的无语,我要求你们今天就退款。'],
    ['真的無語,我要求你們今天就退款。'],
    ['傻眼了,我要求你們賠償。'],
  ])('when dismay sits beside a demand, then forceful is read: %s', (text) => {
    expect(reading(text).type).toBe('forceful');
  });
});

/**
 * Talking on and on (seed 001: 活泼型 说话多) is lively whoever tells it; set phrases that hold another type's cue
 * without meaning it ("at no time", 这么一句话, "why on earth") are not read; 不想把事情闹大 (not wanting a fuss) is
 * peaceable, as "didn't want to make a fuss" is.
 */
describe('talk, set phrases and a fuss not wanted', () => {
  it.each([
    ['While I looked at the clasp she went on and on about the party she had bought it for.'],
    ['He rambled about his holiday while I checked the watch.'],
    ['她一边等一边说个没完,从手链聊到她的旅行。'],
    ['她一邊等一邊講個不停,從手鍊聊到她的旅行。'],
  ])('when the customer talks on and on, then lively is read: %s', (text) => {
    expect(reading(text).type).toBe('lively');
  });

  it.each([
    ['At no time was I told the stone could fall out.'],
    ['Why on earth would a new watch stop after two days?'],
    ['我当时愣住了,半天才说出这么一句话。'],
    ['我當時愣住了,半天才說出這麼一句話。'],
  ])('when a set phrase holds a cue it does not mean, then no type is read: %s', (text) => {
    expect(reading(text).type).toBe('unknown');
  });

  it.each([['我不想把事情闹大,只希望他们以后多注意。'], ['我不想把事情鬧大,只希望他們以後多注意。']])(
    'when the customer does not want a fuss, then peaceable is read: %s',
    (text) => {
      expect(reading(text).type).toBe('peaceable');
    },
  );
});

/**
 * Any customer whose favourite piece broke says it was their favourite (最喜欢的, 心头好): attachment is a hint of lively,
 * so it does not outweigh a clear sign of another type, here a dated log.
 */
describe('a favourite piece is a hint of lively, not a clear sign', () => {
  it.each([
    ['My favourite ring went in for repair on 3rd March and broke again on 19th March.'],
    ['我最喜欢的手链3月2日修好,3月20日又断了。'],
    ['我最喜歡的手鍊3月2日修好,3月20日又斷了。'],
  ])('when a favourite piece sits beside a dated log, then analytical is read: %s', (text) => {
    expect(reading(text).type).toBe('analytical');
  });
});
