import type { InputBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { CALLBACK, INPUT_ACTION, TEMPERAMENT_BLOCK } from '../../src/blocks/ids.ts';
import { checkViewLimits } from '../../src/blocks/limits.ts';
import { buildTemperamentModal, parseTemperamentForm } from '../../src/blocks/temperament-modal.ts';

const chosen = (value: string | null) => ({
  [TEMPERAMENT_BLOCK.temperament]: {
    [INPUT_ACTION]: { type: 'radio_buttons', selected_option: value === null ? null : { value } },
  },
});

describe('buildTemperamentModal', () => {
  it('when opened, then it offers the four types by both names, the current one chosen, and carries the case id', () => {
    const view = buildTemperamentModal({ language: 'en', caseId: 'C-3', current: 'peaceable' });
    expect(view.callback_id).toBe(CALLBACK.temperamentForm);
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ caseId: 'C-3' });
    const input = view.blocks.find((block): block is InputBlock => block.type === 'input');
    expect(input?.block_id).toBe(TEMPERAMENT_BLOCK.temperament);
    expect(input?.element).toMatchObject({
      type: 'radio_buttons',
      action_id: INPUT_ACTION,
      options: [
        { value: 'lively', text: { text: '活泼型 lively' } },
        { value: 'forceful', text: { text: '力量型 forceful' } },
        { value: 'peaceable', text: { text: '和平型 peaceable' } },
        { value: 'analytical', text: { text: '分析型 analytical' } },
      ],
      initial_option: { value: 'peaceable' },
    });
    expect(checkViewLimits(view)).toEqual([]);
  });

  it('when the reading named no type, then the form says so, chooses nothing and offers the four types', () => {
    const view = buildTemperamentModal({ language: 'zh', caseId: 'C-4', current: 'unknown' });
    const input = view.blocks.find((block): block is InputBlock => block.type === 'input');
    expect(input?.element).not.toHaveProperty('initial_option');
    expect(input?.element).toMatchObject({ options: [{}, {}, {}, {}] });
    expect(JSON.stringify(view.blocks[0])).toContain('看不出（请员工判断）');
  });
});

describe('parseTemperamentForm', () => {
  it('when a type is chosen, then it comes back', () => {
    expect(parseTemperamentForm(chosen('analytical'))).toEqual({ ok: true, temperament: 'analytical' });
  });

  it('when nothing or an unknown type is chosen, then the block asks for a choice, in the language or in both', () => {
    expect(parseTemperamentForm(chosen(null), 'zh')).toEqual({
      ok: false,
      errors: { temperament: '请选择一种性格类型。' },
    });
    expect(parseTemperamentForm(chosen('grumpy'))).toEqual({
      ok: false,
      errors: { temperament: '请选择一种性格类型。 / Please choose a temperament.' },
    });
  });
});
