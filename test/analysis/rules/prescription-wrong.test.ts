import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('glasses not made to the prescription, with a word between or said too strong or weak', () => {
  it.each([
    '近视眼镜配好拿回家，戴着看东西重影，复查才知道度数配高了两百度。',
    '新配的眼镜度数偏低，看黑板还是不清楚。',
    '在眼鏡行配的眼鏡度數完全不對，店家還說是我眼睛有問題。',
    '副眼鏡嘅度數都唔啱，戴住好暈。',
    '孩子的眼镜度数太深，戴了一周眼睛就疼。',
    'The glasses came back and the prescription was wrong in both lenses.',
  ])('then the problem is a defect: %s', (text) => {
    expect(problemOf(text)).toBe('defect');
  });
});
