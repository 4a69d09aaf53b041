import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
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

// What the goods turned out to be turns the narrator against the claim as 但 or "but" does: the finding after it is the
// customer's account, whatever the clerk had said earlier in the sentence.
describe('a staff claim ends where the narrator tells what it turned out to be', () => {
  it.each([
    ['defect', '店员说是天然翡翠，结果买回去鉴定是B货，我要退款。'],
    ['defect', '店員說是天然翡翠，結果買回去鑑定是B貨，我要退款。'],
    ['lost-stone', '店员说镶口很牢固，没想到两天后钻石就掉了。'],
    ['lost-stone', '店員說鑲口很牢固，誰知兩天後鑽石就掉了。'],
    ['lost-stone', 'The clerk said the setting was secure and it turned out the stone fell out two days later.'],
  ] as const)('then the problem is %s: %s', (problem, text) => {
    expect(factsOf(text).problem).toBe(problem);
  });
});

// A later clause whose subject is the customer ends the claim within the sentence: what the customer then did is her
// own account, and where the complaint went is a step taken.
describe('a staff claim ends where the customer takes over the sentence', () => {
  const crisisOf = (narrative: string) =>
    detectFlags(ComplaintSchema.parse({ narrative }))
      .filter((flag) => flag.group === 'crisis')
      .map((flag) => flag.kind)
      .sort();

  it.each([
    '投訴人陸先生到找換店兌換美元,職員表示滙率為7.75,較職員聲稱的為低,陸先生認為對方存心欺騙,遂報警並向消委會投訴。',
    '投诉人陆先生到找换店兑换美元,职员表示汇率为7.75,较职员声称的为低,陆先生认为对方存心欺骗,遂报警并向消委会投诉。',
  ])('then the steps the customer took are read: %s', (text) => {
    expect(crisisOf(text)).toEqual(['consumer-council', 'regulator']);
  });

  it.each(['店员说,她这个是人为损坏,不给保修。', '店員說她再鬧就報警。'])(
    'when the clause opens the claim itself, then it is still the shop’s: %s',
    (text) => {
      expect(crisisOf(text)).toEqual([]);
      expect(factsOf(text).problem).not.toBe('broken');
    },
  );
});
