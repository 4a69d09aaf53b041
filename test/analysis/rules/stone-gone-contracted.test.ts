import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

/** A stone gone from its setting, said as people speak, with "is" or "has" contracted onto the stone. */
describe('a stone coming away with its verb contracted is a lost stone', () => {
  it.each([
    "Customer: The stone's gone! I only bought the ring last week!",
    'My engagement ring’s diamond’s fallen out, two months after I bought it.',
    "Look at this ring, the middle stone's missing and I never even knocked it.",
    "The opal's come loose in the pendant you sold me.",
    // The same in Chinese, which has no contraction: read already.
    '顾客说:“钻石不见了!上周才买的戒指!”',
    '顧客說:「鑽石不見了!上週才買的戒指!」',
  ])('then the problem is lost-stone: %s', (text) => {
    expect(problemOf(text)).toBe('lost-stone');
  });

  it("and a stone's possession is no stone lost: the stone's setting was scratched", () => {
    expect(problemOf("The stone's setting was scratched when I picked the ring up.")).not.toBe('lost-stone');
  });
});
