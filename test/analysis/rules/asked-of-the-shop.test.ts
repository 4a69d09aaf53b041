import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const factsOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy);

/**
 * What the shop's side claims ("店员说是正常氧化") is not the customer's account of the fault. But the shop named as
 * whom an ask is put to (要求商家给个说法, 希望店家回复我, 希望商家给个合理的解释) claims nothing, and neither do the nouns
 * that share a claim's characters (说法, 解释, 称重 — the weighing): the fault told after them is the customer's. Texts
 * written for these tests, in simplified and traditional Chinese (English asks use other words than its claims).
 */
describe('the shop asked to answer is not the shop claiming', () => {
  it.each([
    ['broken', 'jewellery', '要求商家给个说法，项链戴了一周就断了。'],
    ['lost-stone', 'jewellery', '希望店家回复我，为什么新买的戒指掉钻了。'],
    ['watch-battery', 'watch', '希望商家能给个合理的解释，为什么刚买的手表就不走了。'],
    ['broken', 'jewellery', '要求商家給個說法，項鏈戴了一週就斷了。'],
    ['lost-stone', 'jewellery', '希望店家回覆我，為什麼新買的戒指掉鑽了。'],
  ])('when the customer asks the shop, then the fault after it is read: %s, %s: %s', (problem, category, text) => {
    const facts = factsOf(text);
    expect(facts.problem).toBe(problem);
    expect(facts.category).toBe(category);
  });

  it.each(['商家称重时少了0.3克，我买的金手镯明明写着10克。', '商家稱重時少了0.3克，我買的金手鐲明明寫著10克。'])(
    'when the shop weighs the piece, then it claims nothing and the goods are read: %s',
    (text) => {
      expect(factsOf(text).category).toBe('jewellery');
    },
  );

  it.each(['店员说是正常氧化，手镯没有质量问题。', '店員說是正常氧化，手鐲沒有質量問題。'])(
    'when the shop does claim, then its claim is still not the fault: %s',
    (text) => {
      expect(factsOf(text).problem).not.toBe('tarnish');
    },
  );
});

/** The goods a clerk names in a claim are the goods complained of, though the fault the clerk names is theirs. */
describe("the goods named in the shop's claim", () => {
  it.each([
    ['silver', '店员说银手镯发黑是正常氧化。'],
    ['silver', '店員說銀手鐲發黑是正常氧化。'],
    ['watch', 'The clerk said the watch just needed a new battery.'],
  ])('when only the claim names the goods, then the category is %s: %s', (category, text) => {
    expect(factsOf(text).category).toBe(category);
  });
});
