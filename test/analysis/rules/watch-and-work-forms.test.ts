import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('a watch with no battery that stops', () => {
  it.each([
    'The automatic watch stops overnight even though I wear it every day.',
    '自动表晚上放着就停了,每天都要重新调时间。',
    '機械錶放一晚就停咗,日日都要重新較時間。',
  ])('has a fault of its movement: %s', (text) => {
    expect(problemOf(text)).toBe('watch-fault');
  });

  it('while a quartz watch that stops still needs a battery', () => {
    expect(problemOf('My quartz watch stopped after a year; the battery must be dead.')).toBe('watch-battery');
  });
});

describe('watch faults in more everyday forms', () => {
  it.each(['The date does not change at midnight any more.', '表上的日历不跳了。', '錶冠甩咗。'])('%s', (text) => {
    expect(problemOf(text)).toBe('watch-fault');
  });
});

describe('the shop’s dealing in more everyday forms', () => {
  it.each([
    'The pearls were restrung and the clasp put on backwards.',
    'The receptionist was short with me on the phone.',
    'They billed me for the adjustment the optician had said was included.',
    '眼鏡舖話好三日攞,結果拖咗兩個星期。',
    '眼镜店说好三天取,结果拖了两个星期。',
  ])('%s', (text) => {
    expect(problemOf(text)).toBe('service');
  });
});

describe('a complaint stalled with no outcome', () => {
  it.each([
    '刘女士多次联系商家,均未果。',
    '劉小姐多次聯絡商戶,均無果。',
    '商戶一直拖住唔處理。',
    'She called them five times and got nowhere.',
    'They keep giving me the runaround.',
  ])('is the shop’s dealing: %s', (text) => {
    expect(problemOf(text)).toBe('service');
  });
});
