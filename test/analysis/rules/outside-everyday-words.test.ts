import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const categoryOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).category;

describe('goods and services outside the policy, in everyday regional words', () => {
  it.each([
    '喺茶記食飯,個夥計成日黑面。',
    '在超商買的飯糰有頭髮,店員還說不關他們的事。',
    '网购的洗面奶,收到时已经过期。',
    '網購的洗面乳,收到時已經過期。',
    'The vet overcharged us for the vaccinations.',
  ])('stay outside the policy: %s', (text) => {
    expect(categoryOf(text)).toBe('other');
  });

  it('while a piece bought beside them is still the piece', () => {
    expect(categoryOf('在超商旁邊的金店買的金手鐲,戴了一週就斷了。')).toBe('jewellery');
  });
});
