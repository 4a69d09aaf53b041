import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * The forceful customer of seed 001 (脾气大, 投诉时有暴力倾向) as a retelling shows them: what they do — swear, lay
 * hands on staff, snatch the piece back, scoff, contradict flatly, step in or go over the shop's head — rather than
 * the complaint's own vocabulary. Texts written for these tests in three scripts, not taken from any labelled set.
 */
describe('temper shown and acted on reads forceful', () => {
  it.each([
    ['She rolled her eyes, swore at the clerk and snatched the bracelet back.'],
    ['The customer stormed out, cursing at the staff all the way to the door.'],
    ['He took the matter into his own hands and called corporate the same afternoon.'],
    ['顾客当场爆粗,还一把抢过了手链。'],
    ['两名顾客与店员争执后拳打脚踢,其中一人用鞋拍打对方。'],
    ['該名女顧客當場爆粗,更動手打店員。'],
    ['她看不過眼,於是在網上公審這間店,直言不吐不快。'],
  ])('when a retelling shows it, then forceful is read: %s', (text) => {
    const result = reading(text);
    expect(result.type).toBe('forceful');
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('when a forceful customer is polite first, then the courtesy does not outweigh the temper', () => {
    const story = [
      'Customer: “I’d like to have this cleaned, please.”',
      'Customer: “I don’t believe you! Your machine must be broken!”',
      'She snatched the ring off the counter and stormed out.',
    ].join('\n');
    expect(reading(story).type).toBe('forceful');
  });

  it('when the staff swear or shove, then the customer is not read from it', () => {
    expect(reading('店员当场破口大骂。').type).not.toBe('forceful');
    expect(reading('The manager swore at my mother and shoved her out of the shop.').type).not.toBe('forceful');
  });

  it.each([
    ['The prong had to be repaired three times in a year.'],
    ['Progressive lenses are sometimes called no-line bifocals.\n\nI picked out new frames for the outdoor pair.'],
    ['She pointed to the two spots on the ring.'],
    // Words a curse is written inside: 次日他 (the next day he), 我妈的 (my mother's).
    ['次日他来到店里,取回了我妈的手镯。'],
    ['I figured the battery must be broken.'],
    // Being fooled is the victim's word, not a customer telling the shop it lies.
    ['她说自己买手表时被店员忽悠了。'],
  ])('when words of force only narrate, then no force is read: %s', (text) => {
    expect(reading(text).type).not.toBe('forceful');
  });
});

/**
 * An analytical customer (seed 001: 理性, 数据, 事实, 证据) lays the case out in figures: dates, times, amounts and
 * weights, written each script's way. Texts written for these tests, not taken from any labelled set.
 */
describe('a case laid out in figures reads analytical', () => {
  it.each([
    ['My exam was on May 1, 2023. I went back on May 8 at 9 AM, and again on the 15th May at 10:30.'],
    ['2月8日买的戒指,3月20日发现褪色,4月8日拿回店里,重4.28克。'],
    ['8月24日拿去修理,修理費374元,買全新要610元,後來買了條新的389.5元。'],
  ])('when a retelling gives four or more figures, then analytical is read: %s', (text) => {
    const result = reading(text);
    expect(result.type).toBe('analytical');
    expect(result.evidence.map((item) => item.cue)).toContainEqual(expect.stringMatching(/^\d+ figures$/));
    expect(result.confidence).toBeLessThan(0.5);
  });

  it('when a report gives a date and a price, then that is no case laid out', () => {
    expect(reading('她在2024年花了2000元买了一枚戒指。').type).toBe('unknown');
    expect(reading('He bought the ring in 2019 for $900.').type).toBe('unknown');
  });
});

/**
 * The people-first types as a retelling shows them. Peaceable (seed 001: 随大流, 购主流, 受影响): bought where
 * everyone buys, on the crowd's word, a queue's or the reviews'. Lively (对新产品有兴趣, 外形、颜色): loves the
 * piece for its look and wears it all the time. Texts written for these tests.
 */
describe('the crowd followed reads peaceable, a piece loved reads lively', () => {
  it.each([
    ['peaceable', 'She saw everybody queuing at the kiosk and bought a watch there too.'],
    ['peaceable', '看到网上口碑不错,她就跟风买了一条手链。'],
    ['peaceable', '見到店外大排長龍,她便隨大流買了一隻手錶。'],
    ['lively', 'She adored that bracelet and wore it every day until the clasp gave way.'],
    ['lively', '这是她最喜欢的项链,几乎天天戴。'],
    ['lively', '這條手鏈是她的心頭好,一直愛不釋手。'],
  ] as const)('when a retelling shows it, then %s is read: %s', (type, text) => {
    expect(reading(text).type).toBe(type);
  });
});

/**
 * Anger retold as what it made the customer do — threaten, quarrel, make a scene, refuse to leave, lose their temper. Texts written for these tests in three
 * scripts, not taken from any labelled set.
 */
describe('anger retold as what the customer did reads forceful', () => {
  it.each([
    ['When the manager said no, she lost her temper and refused to leave the counter.'],
    ['He made a scene in the middle of the store and flew off the handle at the cashier.'],
    ['Mrs. Park got into an argument with the repairer and was pissed off for days.'],
    ['王女士气得当场与店员吵了起来,还扬言要把事情闹大。'],
    ['他坐着不走,在店里大闹了一个小时。'],
    ['陳太氣得在店內大吵,更賴着不走。'],
  ])('when a retelling tells it, then forceful is read: %s', (text) => {
    expect(reading(text).type).toBe('forceful');
  });

  it.each([
    [
      'The cashier lost her temper and argued with the customer.',
      'The customer lost her temper and argued with the cashier.',
    ],
    ['店员们在柜台后吵了起来。', '顾客在柜台前吵了起来。'],
    ['她没有吵架,只是安静地等着。', '她吵架吵到店长出来。'],
  ])('when the shop does it or it is denied, then no forceful customer is read: %s', (shopOrDenied, customer) => {
    expect(reading(shopOrDenied).type).not.toBe('forceful');
    expect(reading(customer).type).toBe('forceful');
  });
});
