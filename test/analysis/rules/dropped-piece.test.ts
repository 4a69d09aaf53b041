import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('a piece dropped to the ground is the customer’s accident', () => {
  it.each([
    'My glasses fell onto the pavement and a lens got scratched. At the optician the staff were rude about it.',
    '眼镜掉在地上,镜片刮花了。去眼镜店,店员态度很差,爱理不理。',
    '眼鏡跌落地,鏡片花咗。去到眼鏡舖,店員態度好差,愛理不理。',
  ])('so the complaint is what the shop made of it: %s', (text) => {
    expect(problemOf(text)).toBe('service');
  });

  it.each([
    ['lost-stone', 'The ring slipped, fell to the floor and a diamond came out.'],
    ['broken', '手链戴了三天就断了,掉在地上。'],
  ])('but a fault named with no dealing of the shop’s is still the fault: %s', (problem, text) => {
    expect(problemOf(text)).toBe(problem);
  });
});
