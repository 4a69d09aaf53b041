import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('a thing asked back as it was: a verb with 返 or 回, the money given back, glasses made again', () => {
  it.each([
    ['repair', '我要你哋幫我補返粒鑽。'],
    ['repair', '我要你哋整返隻錶。'],
    ['repair', '希望店家幫我補回一顆鑽。'],
    ['repair', '我要求重配一副眼镜。'],
    ['repair', '她希望店里重新配一副镜片。'],
    ['refund', '佢要求舖頭還返啲錢俾佢。'],
    ['refund', '我只想你们把钱还给我。'],
    ['repair', 'I want them to reset the stone.'],
    ['refund', 'All I want is my money back.'],
  ] as const)('then the ask is read: %s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each(['我要你哋幫我補返粒鑽。', '希望店家幫我補回一顆鑽。', '麻煩幫我鑲返粒石上去。'])(
    'when a stone is asked to be put back, then it was lost: %s',
    (text) => {
      expect(problemOf(text)).toBe('lost-stone');
    },
  );
});
