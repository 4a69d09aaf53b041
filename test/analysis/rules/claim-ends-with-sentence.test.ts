import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const factsOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy);

// What the shop's side said is its claim, not the customer's account, until the sentence ends: an English full
// stop ends it as 。 does, so the customer's own next sentence is read again.
describe('a staff claim ends with its sentence', () => {
  it.each([
    [
      'lost-stone',
      'jewellery',
      'The clerk said it was fine when I bought it. Two days later the stone fell out of the ring.',
    ],
    [
      'lost-stone',
      'jewellery',
      'She was told the setting had been checked. A week later one of the diamonds was missing from the ring.',
    ],
    ['lost-stone', 'jewellery', '店员说买的时候没问题。两天后戒指上的钻掉了。'],
    ['lost-stone', 'jewellery', '店員話買嘅時候冇問題。兩日後戒指上面粒鑽甩咗。'],
  ] as const)('then the problem is %s and the category %s: %s', (problem, category, text) => {
    const facts = factsOf(text);
    expect(facts.problem).toBe(problem);
    expect(facts.category).toBe(category);
  });

  it('when the fault is only what the clerk said, in the same sentence, then it is still the claim (a guard)', () => {
    expect(factsOf('The clerk said the stone fell out because I knocked the ring, which I did not.').problem).not.toBe(
      'lost-stone',
    );
  });

  it('when a full stop ends no sentence ("Mr. Lee", "$4.50"), then the claim runs on (a guard)', () => {
    expect(factsOf('The manager Mr. Lee said the stone fell out of the ring by itself.').problem).not.toBe(
      'lost-stone',
    );
  });
});
