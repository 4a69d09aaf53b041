import type { InputBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildHandoffModal, handoffFormOwner, parseHandoffForm } from '../../src/blocks/handoff-modal.ts';
import { HANDOFF_BLOCK, HANDOFF_CALLBACK, INPUT_ACTION } from '../../src/blocks/ids.ts';
import { checkViewLimits } from '../../src/blocks/limits.ts';
import { buildReopenModal, parseReopenForm } from '../../src/blocks/reopen-modal.ts';

const user = (selected: string | null) => ({ [INPUT_ACTION]: { type: 'users_select', selected_user: selected } });
const text = (value: string | null) => ({ [INPUT_ACTION]: { type: 'plain_text_input', value } });

describe('the handoff form', () => {
  it('when opened, then it asks for a colleague (users_select) and an optional note, in the reader’s language, within Slack’s limits', () => {
    for (const language of ['zh', 'en'] as const) {
      const view = buildHandoffModal({ language, caseId: 'C-1', owner: 'U_A' });
      expect(view.callback_id).toBe(HANDOFF_CALLBACK.handoffForm);
      expect(handoffFormOwner(view.private_metadata ?? '')).toBe('U_A');
      const inputs = view.blocks.filter((block): block is InputBlock => block.type === 'input');
      expect(inputs.map((block) => [block.block_id, block.element.type, block.optional ?? false])).toEqual([
        [HANDOFF_BLOCK.to, 'users_select', false],
        [HANDOFF_BLOCK.note, 'plain_text_input', true],
      ]);
      expect(checkViewLimits(view)).toEqual([]);
    }
    expect(JSON.stringify(buildHandoffModal({ language: 'zh', caseId: 'C-1', owner: 'U_A' }))).toContain('换人换地');
  });

  it('when it names a colleague, then the colleague and the trimmed note come back', () => {
    const values = { to: user('U_B'), note: text('  她想换个人谈 ') };
    expect(parseHandoffForm(values, { language: 'zh', by: 'U_A', owner: 'U_A' })).toEqual({
      ok: true,
      to: 'U_B',
      note: '她想换个人谈',
    });
  });

  it('when it names nobody, the one submitting it or the owner, then the error is on the field, in the language', () => {
    const context = (language: 'zh' | 'en') => ({ language, by: 'U_M', owner: 'U_A' });
    expect(parseHandoffForm({ to: user(null) }, context('en'))).toEqual({
      ok: false,
      errors: { to: 'Please choose one from the list.' },
    });
    expect(parseHandoffForm({ to: user('U_M') }, context('zh'))).toEqual({
      ok: false,
      errors: { to: '不能转交给自己,请选择另一位同事。' },
    });
    expect(parseHandoffForm({ to: user('U_A') }, context('en'))).toEqual({
      ok: false,
      errors: { to: 'The case is theirs already.' },
    });
    expect(handoffFormOwner('not json')).toBeUndefined();
  });
});

describe('the reopen form', () => {
  it('when opened and submitted, then the reason is optional and comes back trimmed', () => {
    const view = buildReopenModal({ language: 'en', caseId: 'C-1' });
    expect(view.callback_id).toBe(HANDOFF_CALLBACK.reopenForm);
    expect(checkViewLimits(view)).toEqual([]);
    expect(parseReopenForm({ reason: text(' broke again ') }, 'en')).toEqual({ ok: true, reason: 'broke again' });
    expect(parseReopenForm({}, 'zh')).toEqual({ ok: true });
  });
});
