import type { InputBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { CALLBACK, INPUT_ACTION, OUTCOME_BLOCK } from '../../src/blocks/ids.ts';
import { checkViewLimits } from '../../src/blocks/limits.ts';
import { buildOutcomeModal, OUTCOME_LIMITS, parseOutcomeForm } from '../../src/blocks/outcome-modal.ts';
import type { ViewStateValue } from '../../src/blocks/view-state.ts';
import { CaseEventSchema } from '../../src/domain/case.ts';
import { OWNER } from './block-fixtures.ts';

const slot = (state: ViewStateValue) => ({ [INPUT_ACTION]: state });
const text = (value: string | null) => slot({ type: 'plain_text_input', value });
const score = (value: string | null) =>
  slot({ type: 'static_select', selected_option: value === null ? null : { value } });

describe('buildOutcomeModal', () => {
  it('when opened for a case, then it asks for outcome, satisfaction 1–5 and improvement, and carries the case id', () => {
    const view = buildOutcomeModal({ language: 'zh', caseId: 'C-7' });
    expect(view.callback_id).toBe(CALLBACK.outcomeForm);
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ caseId: 'C-7' });
    const inputs = view.blocks.filter((block): block is InputBlock => block.type === 'input');
    expect(inputs.map((block) => [block.block_id, block.optional ?? false])).toEqual([
      [OUTCOME_BLOCK.outcome, false],
      [OUTCOME_BLOCK.satisfaction, false],
      [OUTCOME_BLOCK.accepted, false],
      [OUTCOME_BLOCK.improvement, true],
    ]);
    expect(inputs[2]?.element).toMatchObject({
      type: 'radio_buttons',
      options: [
        { value: 'accepted', text: { text: '接受了' } },
        { value: 'declined', text: { text: '没有接受(案例保持未结,继续处理)' } },
      ],
    });
    expect(inputs[1]?.element).toMatchObject({
      type: 'static_select',
      options: [
        { value: '1', text: { text: '1 · 很不满意' } },
        { value: '2' },
        { value: '3' },
        { value: '4' },
        { value: '5', text: { text: '5 · 很满意' } },
      ],
    });
    expect(checkViewLimits(view)).toEqual([]);
  });

  it('when its limits are set, then they match what the case history accepts', () => {
    const resolved = (outcome: string) =>
      CaseEventSchema.safeParse({
        type: 'resolved',
        at: '2026-11-21T10:00:00+08:00',
        by: OWNER,
        outcome,
        satisfaction: 3,
      });
    expect(resolved('字'.repeat(OUTCOME_LIMITS.outcome)).success).toBe(true);
    expect(resolved('字'.repeat(OUTCOME_LIMITS.outcome + 1)).success).toBe(false);
  });
});

describe('parseOutcomeForm', () => {
  it('when filled in, then the outcome, score and improvement come back trimmed', () => {
    const values = {
      [OUTCOME_BLOCK.outcome]: text(' 当场免费补钻 '),
      [OUTCOME_BLOCK.satisfaction]: score('4'),
      [OUTCOME_BLOCK.improvement]: text('进货时抽检'),
      [OUTCOME_BLOCK.accepted]: score('accepted'),
    };
    expect(parseOutcomeForm(values, 'zh')).toEqual({
      ok: true,
      outcome: '当场免费补钻',
      satisfaction: 4,
      improvement: '进货时抽检',
      accepted: true,
    });
  });

  it('when the improvement is left empty, then it is left out', () => {
    const values = {
      [OUTCOME_BLOCK.outcome]: text('Re-set the stone'),
      [OUTCOME_BLOCK.satisfaction]: score('5'),
      [OUTCOME_BLOCK.improvement]: text(null),
      [OUTCOME_BLOCK.accepted]: score('declined'),
    };
    expect(parseOutcomeForm(values, 'en')).toEqual({
      ok: true,
      outcome: 'Re-set the stone',
      satisfaction: 5,
      accepted: false,
    });
  });

  it('when the outcome is empty and no score is chosen, then both blocks say what to do, in the language', () => {
    const values = { [OUTCOME_BLOCK.outcome]: text('  '), [OUTCOME_BLOCK.satisfaction]: score(null) };
    expect(parseOutcomeForm(values, 'zh')).toEqual({
      ok: false,
      errors: { outcome: '请填写这一项。', satisfaction: '请从列表中选择一项。', accepted: '请选择顾客是否接受。' },
    });
    expect(parseOutcomeForm(values, 'en')).toEqual({
      ok: false,
      errors: {
        outcome: 'Please fill this in.',
        satisfaction: 'Please choose one from the list.',
        accepted: 'Say whether the customer accepted.',
      },
    });
  });

  it('when the text is over the limit or the score is not 1–5, then the error is on that block', () => {
    const values = {
      [OUTCOME_BLOCK.outcome]: text('x'.repeat(1001)),
      [OUTCOME_BLOCK.satisfaction]: score('9'),
      [OUTCOME_BLOCK.improvement]: text('y'.repeat(1001)),
      [OUTCOME_BLOCK.accepted]: score('accepted'),
    };
    expect(parseOutcomeForm(values, 'en')).toEqual({
      ok: false,
      errors: {
        outcome: 'At most 1000 characters; please shorten it.',
        satisfaction: 'That is too large; please check it.',
        improvement: 'At most 1000 characters; please shorten it.',
      },
    });
  });
});
