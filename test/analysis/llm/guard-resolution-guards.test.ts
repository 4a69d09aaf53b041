import { describe, expect, it } from 'vitest';
import { holdResolutionToPolicy } from '../../../src/analysis/llm/guard-resolution.js';
import type { LlmAnswer } from '../../../src/analysis/llm/llm-answer-schema.js';
import { policy } from '../../policy/policy-test-kit.js';
import { makeCase } from '../../store/case-fixtures.js';

// The model's resolution held to the policy, at the edges the first mutation run (docs/mutation-testing.md)
// found untested: the removal notes staff read in Chinese, and a resolution with nothing recommended.

const { remedies } = makeCase({ id: 'G1' });

function hold(resolution: Partial<LlmAnswer['resolution']>) {
  return holdResolutionToPolicy({
    resolution: {
      options: [],
      recommended: null,
      letCustomerChoose: false,
      amount: null,
      note: { zh: '先换一条新的给顾客。', en: 'Exchange it for a new one.' },
      ...resolution,
    },
    verdicts: remedies,
    policy,
    temperament: 'forceful',
    aim: 'exchange',
    requestedAmount: undefined,
  });
}

describe('the resolution held to the policy', () => {
  it('when the model recommends nothing, then nothing is removed and the first option is recommended', () => {
    const held = hold({ options: ['exchange', 'stone-resetting'], recommended: null });
    expect(held.adjustments).toEqual([]);
    expect(held.resolution.options).toEqual(['exchange', 'stone-resetting']);
    expect(held.resolution.recommended).toBe('exchange');
  });

  it('when the model names a remedy the policy does not know, then staff read why in Chinese too', () => {
    const held = hold({ options: ['teleport'], recommended: 'teleport' });
    expect(held.adjustments).toContainEqual({
      kind: 'remedy-removed',
      remedy: 'teleport',
      reason: {
        zh: '“teleport”不是店规中的处理办法,已删除',
        en: "'teleport' is not a remedy of the store policy; removed",
      },
    });
  });

  it('when the model names a remedy the policy refused, then the rule and reason are given in Chinese too', () => {
    const [first, ...rest] = remedies;
    if (!first) throw new Error('the fixture case lists no remedy');
    const refused = { ...first, eligible: false };
    const held = holdResolutionToPolicy({
      resolution: {
        options: [refused.id],
        recommended: refused.id,
        letCustomerChoose: false,
        amount: null,
        note: { zh: '换一条。', en: 'Exchange it.' },
      },
      verdicts: [refused, ...rest],
      policy,
      temperament: 'forceful',
      aim: 'exchange',
      requestedAmount: undefined,
    });
    expect(held.adjustments[0]?.reason.zh).toBe(
      `“${refused.name.zh}”不在店规允许之列,已删除(${refused.rule.id}:${refused.reason.zh})`,
    );
  });
});
