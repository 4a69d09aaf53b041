import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('the problem is what the customer complains of, not every fault word in the story', () => {
  it.each([
    'I had broken my only pair of glasses, so I ordered a new pair; the new pair took three weeks.',
    'My son sat on my glasses and snapped the arm. The optician took three weeks to replace the frames.',
    '我不小心把手镯摔断了,拿去店里修,结果等了两个月才拿到。',
    '我自己把錶帶弄斷了,送去專櫃換新錶帶,等了三個月。',
  ])('then damage the customer did themselves leaves the shop’s handling as the problem: %s', (text) => {
    expect(problemOf(text)).toBe('service');
  });

  it('and a piece that broke by itself is still a break', () => {
    expect(problemOf('The chain snapped the second time she wore it, and the clasp is broken too.')).toBe('broken');
  });
});

describe('the seller’s other voices are its claims, not the customer’s account', () => {
  it.each([
    ['The bracelet snapped in a week; the seller insisted it was tarnished and oxidised from her skin.', 'broken'],
    ['手链戴了一周就断了,厂家声称是氧化变黑造成的,发黑以后就容易断。', 'broken'],
    ['手鍊戴了一週就斷了,品牌方回應稱是氧化變黑造成的,發黑以後就容易斷。', 'broken'],
  ])('then a fault the seller names is not read as the problem: %s', (text, problem) => {
    expect(problemOf(text)).toBe(problem);
  });
});

describe('fault words used of something else or naming only a part', () => {
  it.each([
    ['我的手机没电了,店员却一直不理我。', 'service'],
    ['我的手機沒電了,店員卻一直愛理不理,態度很差。', 'service'],
    ['My phone battery died while I waited two hours at the counter, and the staff were rude about it.', 'service'],
    ['My watch has a quartz movement. The shop kept it for three months and never called back.', 'service'],
  ])('then they name no fault: %s', (text, problem) => {
    expect(problemOf(text)).toBe(problem);
  });

  it.each([
    ['The movement was broken when I got the watch back.', 'watch-fault'],
    ['手表没电了,换电池以后还是不走。', 'watch-battery'],
  ])('and the same words still name the fault when they do: %s', (text, problem) => {
    expect(problemOf(text)).toBe(problem);
  });
});
