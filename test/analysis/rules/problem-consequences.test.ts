import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('a problem told by what the customer saw happen', () => {
  it.each([
    ['tarnish', 'The silver bracelet has gone all black after a month.'],
    ['tarnish', 'My sterling silver necklace went yellow within weeks.'],
    ['tarnish', '银手镯戴了一个月就黑乎乎的。'],
    ['tarnish', '銀手鐲戴咗一個月就黑晒。'],
    ['tarnish', '純銀頸鏈變咗黃色。'],
    ['watch-fault', 'My new watch is ten minutes behind every morning.'],
    ['watch-fault', '手表一天要快好几分钟。'],
    ['watch-fault', '這隻錶每日慢五分鐘。'],
    ['defect', 'When I weighed the bracelet at home it was two grams less than the receipt said.'],
    ['defect', '回家一秤,手鐲比單據上寫的輕咗兩克。'],
    ['broken', 'The clasp keeps coming undone.'],
    ['broken', '手鏈個扣第二次戴就爛咗。'],
    ['broken', '项链的扣子第二次戴就烂了。'],
    ['water-damage', 'There is mist under the watch glass after I washed my hands.'],
    ['water-damage', '洗手后表盘里面有雾。'],
    ['water-damage', '洗手之後錶面入面有水氣。'],
    ['loose-screw', 'The arm of my glasses keeps dropping because the screw is gone.'],
    ['defect', 'She weighed the gold chain at home and it was half a gram under what the tag said.'],
    ['defect', '買嘅18K金戒指,攞去第二間驗只係14K。'],
    ['watch-fault', '李女士买的手表才三天指针就掉了。'],
    ['water-damage', 'Water got under the glass after one swim, though it is rated to fifty metres.'],
    ['tarnish', 'The silver ring left a black mark on my finger.'],
    ['tarnish', '銀戒指戴完手指有黑印。'],
  ])('%s: %s', (problem, text) => {
    expect(problemOf(text)).toBe(problem);
  });

  it('and a black market is no black mark', () => {
    expect(
      problemOf('The price of this charm would fetch a kidney on the black market, and the staff ignored me.'),
    ).toBe('service');
  });

  it('and yellowing is no yelling: a colour word names no manner', () => {
    expect(problemOf('The pearl earrings have yellowed, and the sterling posts went yellow too.')).toBe('tarnish');
  });
});
