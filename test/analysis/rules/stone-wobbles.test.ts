import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('a stone wobbling in its setting, in every everyday form, is coming away', () => {
  it.each([
    '枚戒指嘅爪鬆咗，粒鑽搖搖下。',
    '呢粒鑽郁下郁下，驚佢跌。',
    '戒指上的主石有点摇晃，怕掉。',
    '那颗钻晃来晃去的，才戴了一周。',
    '戒指上的鑽石會搖晃，店員卻說正常。',
    'The diamond wobbles in its setting.',
  ])('then the problem is a lost stone: %s', (text) => {
    expect(problemOf(text)).toBe('lost-stone');
  });
});
