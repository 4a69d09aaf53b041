import { describe, expect, it } from 'vitest';
import { holdResolutionToPolicy } from '../../../src/analysis/llm/guard-resolution.ts';
import type { LlmAnswer } from '../../../src/analysis/llm/llm-answer-schema.ts';
import { policy } from '../../policy/policy-test-kit.ts';
import { makeCase } from '../../store/case-fixtures.ts';

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

  it('when the model recommends a remedy it did not list, then that remedy is checked against the policy too', () => {
    const held = hold({ options: ['exchange'], recommended: 'teleport' });
    expect(held.adjustments).toContainEqual(expect.objectContaining({ kind: 'remedy-removed', remedy: 'teleport' }));
  });

  it('when the model lists options, then they stand as listed; with none listed, the recommended one is the option', () => {
    expect(hold({ options: ['exchange'], recommended: 'stone-resetting' }).resolution.options).toEqual(['exchange']);
    expect(hold({ options: [], recommended: 'exchange' }).resolution.options).toEqual(['exchange']);
  });

  it('when the model lets the customer choose, then they choose only between two or more options', () => {
    expect(
      hold({ options: ['exchange', 'stone-resetting'], letCustomerChoose: true }).resolution.letCustomerChoose,
    ).toBe(true);
    expect(hold({ options: ['exchange'], letCustomerChoose: true }).resolution.letCustomerChoose).toBe(false);
    expect(
      hold({ options: ['exchange', 'stone-resetting'], letCustomerChoose: false }).resolution.letCustomerChoose,
    ).toBe(false);
  });

  it('when only the note names a sum above the staff limit, then it still needs a manager', () => {
    const held = hold({
      options: ['compensation'],
      recommended: 'compensation',
      amount: null,
      note: { zh: '当场补偿顾客80元。', en: 'Give the customer 80 yuan on the spot.' },
    });
    expect(held.adjustments).toContainEqual(expect.objectContaining({ kind: 'approval-needed' }));
  });

  it("when the model's note failed the wording checks twice, then the rules' choice and note stand in", () => {
    const held = holdResolutionToPolicy({
      resolution: {
        options: ['exchange'],
        recommended: 'exchange',
        letCustomerChoose: false,
        amount: null,
        note: { zh: '模型的说法。', en: "The model's own note." },
      },
      verdicts: remedies,
      policy,
      temperament: 'forceful',
      aim: 'exchange',
      requestedAmount: undefined,
      useRulesChoice: true,
    });
    expect(held.resolution.note.en).not.toBe("The model's own note.");
    expect(held.resolution.note.zh).not.toBe('模型的说法。');
    expect(held.adjustments).toEqual([]);
  });
});
