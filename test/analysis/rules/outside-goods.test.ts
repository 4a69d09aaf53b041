import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const factsOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy);

describe('goods the policy never covers, named where no goods it covers are', () => {
  it.each([
    'I took my suede boots in to be resoled and they came back with a scuff across the toe.',
    'Won a pair of jeans in an auction six weeks ago and the seller still has not shipped them.',
    'My new hoodie shrank two sizes after one wash and the shop will not take it back.',
    '我把包包送去清洗保养,拿回来皮质颜色一块一块的。',
    '網購的牛仔褲到貨後拉鏈壞了,賣家不肯退。',
    '在闲鱼上买的二手手袋,收到发现有划痕。',
  ])('then the category is other: %s', (text) => {
    expect(factsOf(text).category).toBe('other');
  });

  it.each([
    ['The ring I keep in my purse came back from the jeweller with a bent prong.', 'jewellery'],
    ['The clasp on my silver bracelet caught on my sweater and snapped.', 'silver'],
    ['我把金项链放在外套口袋里,拿出来就断了。', 'jewellery'],
  ])('and when a piece the policy covers is named, the clothes are only in passing: %s', (text, category) => {
    expect(factsOf(text).category).toBe(category);
  });

  it('when no goods are named at all, the category stays unknown', () => {
    expect(factsOf('They were rude to me at the counter and would not listen.').category).toBeNull();
  });
});

describe('a shop named by the kind of goods it sells, where no goods the policy covers are named', () => {
  it.each([
    'The cashier at the homeware store told my aunt she could not open what she had just paid for.',
    '一名老伯在乌龙面店被问了两次要点什么,当场破口大骂。',
    '一名老伯在烏龍麵店被問了兩次要點什麼,當場破口大罵。',
  ])('then the category is other: %s', (text) => {
    expect(factsOf(text).category).toBe('other');
  });

  it('and a shop across the road (对面店) is no noodle shop', () => {
    expect(factsOf('我在对面店门口等了很久,没有人理我。').category).toBeNull();
  });

  it('and a piece the policy covers, bought next to one, is still that piece', () => {
    expect(factsOf('在书店旁边的柜台买的金项链,戴了一周就断了。').category).toBe('jewellery');
  });
});
