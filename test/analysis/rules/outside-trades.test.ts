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
