import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('a piece bent out of its shape, in everyday words, is broken', () => {
  it.each([
    '耳环的耳针弯了，戴不进去。',
    '新买的戒指被盒子压弯了。',
    '個手鈪俾人壓彎咗。',
    '耳環的針彎掉了，店員說是我自己弄的。',
    'The earring post is bent and will not go in.',
  ])('then the problem is broken: %s', (text) => {
    expect(problemOf(text)).toBe('broken');
  });

  it('when someone bends down, then nothing is bent', () => {
    expect(problemOf('店员弯腰捡起了戒指，态度很差。')).toBe('service');
  });
});
