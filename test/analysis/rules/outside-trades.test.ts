import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const categoryOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).category;

describe('trades the policy never covers, named by the kind of trade', () => {
  it.each([
    '街口那间饼家的店员对我爱理不理,问了三次都不回答。',
    '我在超市买的酸奶过期了,收银员还说是我自己的问题。',
    '那間雪糕店的職員態度好差,我只係問多一句就被罵。',
    'The locksmith charged us three times the quoted price to open the front door.',
    'The bakery refused to remake the birthday order even though the name on it was wrong.',
    'The mechanic kept the car for two weeks and then said he could not find the fault.',
  ])('then the category is other: %s', (text) => {
    expect(categoryOf(text)).toBe('other');
  });

  it('when the goods are the shop’s own, then a trade named in passing does not move them out of the policy', () => {
    expect(categoryOf('我在超市门口的金店买了一条金项链,戴了三天就断了。')).toBe('jewellery');
  });
});

describe('trades and goods outside the policy, by the general vocabulary of what people buy', () => {
  it.each([
    '我在那家火锅店吃完肚子痛,店家还不承认,要求退钱被拒绝。',
    '網上訂的床墊送來有異味,客服說這是正常的,不給退貨。',
    '驾校收了学费以后一直不给安排练车,打电话也没人接。',
    'The landlord kept the deposit and blamed us for the damage the previous tenants caused.',
    'The electrician charged us for four hours and the fridge still does not work.',
    'We booked the caterer for the party; the buffet was half empty and the waiter was rude.',
    '那間髮型屋的髮型師剪壞了我的頭髮,還要我再付一次錢。',
    '手机维修店换屏以后屏幕一直闪,老板不肯再修。',
    'The stylist left bleach on too long and the perm fell out in a week; the owner refused a refund.',
    'The cake we ordered for the wedding arrived with the wrong name on it.',
  ])('then the category is other: %s', (text) => {
    expect(categoryOf(text)).toBe('other');
  });

  it.each([
    ['我用手机拍下了戒指上的划痕,店员却说是我自己弄的。', 'jewellery'],
    ['She left the bracelet in her handbag at the hotel, and when she took it out the clasp had snapped.', 'jewellery'],
  ])('and things said in passing do not move goods out of the policy: %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});
