import { describe, expect, it } from 'vitest';
import { parseComplaintForm } from '../../src/blocks/complaint-form.ts';
import { COMPLAINT_BLOCK, INPUT_ACTION } from '../../src/blocks/ids.ts';
import type { ViewStateValue, ViewStateValues } from '../../src/blocks/view-state.ts';
import { NOW } from './block-fixtures.ts';

const slot = (state: ViewStateValue) => ({ [INPUT_ACTION]: state });
const text = (value: string | null) => slot({ type: 'plain_text_input', value });
const select = (value: string | null, type = 'static_select') =>
  slot({ type, selected_option: value === null ? null : { value } });
const seconds = (iso: string) => Date.parse(iso) / 1000;

/** A form as Slack sends it when staff filled in every field. */
function completeState(overrides: Partial<Record<string, Record<string, ViewStateValue>>> = {}): ViewStateValues {
  const values: Record<string, Record<string, ViewStateValue>> = {
    [COMPLAINT_BLOCK.narrative]: text('  顾客昨天买的水钻项链掉了两颗钻  '),
    [COMPLAINT_BLOCK.customerWords]: text('别废话,马上给我换!'),
    [COMPLAINT_BLOCK.behaviour]: text('拍柜台'),
    [COMPLAINT_BLOCK.customerAsk]: text('换新的'),
    [COMPLAINT_BLOCK.product]: text('水钻项链'),
    [COMPLAINT_BLOCK.category]: select('jewellery'),
    [COMPLAINT_BLOCK.price]: slot({ type: 'number_input', value: '129.5' }),
    [COMPLAINT_BLOCK.purchasedAt]: slot({
      type: 'datetimepicker',
      selected_date_time: seconds('2026-11-20T15:00:00+08:00'),
    }),
    [COMPLAINT_BLOCK.receipt]: select('yes', 'radio_buttons'),
    [COMPLAINT_BLOCK.specialPrice]: slot({ type: 'checkboxes', selected_options: [{ value: 'special' }] }),
    [COMPLAINT_BLOCK.suspectedCause]: select('quality', 'radio_buttons'),
    [COMPLAINT_BLOCK.store]: select('黄兴店'),
    [COMPLAINT_BLOCK.language]: select('zh'),
  };
  for (const [block, state] of Object.entries(overrides)) {
    if (state === undefined) delete values[block];
    else values[block] = state;
  }
  return values;
}

describe('parseComplaintForm', () => {
  it('when every field is filled in, then the complaint has them all, trimmed and typed', () => {
    expect(parseComplaintForm(completeState(), NOW, 'zh')).toEqual({
      ok: true,
      complaint: {
        narrative: '顾客昨天买的水钻项链掉了两颗钻',
        customerWords: '别废话,马上给我换!',
        behaviour: '拍柜台',
        customerAsk: '换新的',
        product: '水钻项链',
        category: 'jewellery',
        price: 129.5,
        purchasedAt: '2026-11-20T07:00:00.000Z',
        hasReceipt: true,
        specialPrice: true,
        suspectedCause: 'quality',
        store: '黄兴店',
        language: 'zh',
      },
    });
  });

  it('when only the narrative is given, then the rest take their defaults and the receipt stays unknown', () => {
    const values = { [COMPLAINT_BLOCK.narrative]: text('The strap broke.') };
    expect(parseComplaintForm(values, NOW, 'en')).toEqual({
      ok: true,
      complaint: { narrative: 'The strap broke.', specialPrice: false, suspectedCause: 'unknown' },
    });
  });

  it('when optional fields are sent empty, then they are left out', () => {
    const result = parseComplaintForm(
      completeState({
        [COMPLAINT_BLOCK.customerWords]: text(null),
        [COMPLAINT_BLOCK.product]: text('   '),
        [COMPLAINT_BLOCK.price]: slot({ type: 'number_input', value: null }),
        [COMPLAINT_BLOCK.purchasedAt]: slot({ type: 'datetimepicker', selected_date_time: null }),
        [COMPLAINT_BLOCK.receipt]: select('unknown', 'radio_buttons'),
        [COMPLAINT_BLOCK.specialPrice]: slot({ type: 'checkboxes', selected_options: [] }),
        [COMPLAINT_BLOCK.category]: select(null),
        [COMPLAINT_BLOCK.store]: text('  '),
      }),
      NOW,
      'zh',
    );
    expect(result.ok && result.complaint).toEqual({
      narrative: '顾客昨天买的水钻项链掉了两颗钻',
      behaviour: '拍柜台',
      customerAsk: '换新的',
      specialPrice: false,
      suspectedCause: 'quality',
      language: 'zh',
    });
  });

  it('when the store is typed rather than chosen, then the typed name is used', () => {
    const result = parseComplaintForm(completeState({ [COMPLAINT_BLOCK.store]: text(' 五一店 ') }), NOW, 'zh');
    expect(result.ok && result.complaint.store).toBe('五一店');
  });

  it.each([
    ['blank', text('   ')],
    ['missing', undefined],
  ])('when the narrative is %s, then errors.narrative asks for it, in the language', (_, state) => {
    const overrides = { [COMPLAINT_BLOCK.narrative]: state };
    expect(parseComplaintForm(completeState(overrides), NOW, 'zh')).toEqual({
      ok: false,
      errors: { narrative: '请填写这一项。' },
    });
    expect(parseComplaintForm(completeState(overrides), NOW, 'en')).toEqual({
      ok: false,
      errors: { narrative: 'Please fill this in.' },
    });
  });

  it.each([
    [COMPLAINT_BLOCK.narrative, 3001],
    [COMPLAINT_BLOCK.customerWords, 3001],
    [COMPLAINT_BLOCK.behaviour, 1001],
    [COMPLAINT_BLOCK.customerAsk, 501],
    [COMPLAINT_BLOCK.product, 151],
    [COMPLAINT_BLOCK.store, 101],
  ])('when %s has %i characters, then the error is on that block and names the limit', (block, length) => {
    const result = parseComplaintForm(completeState({ [block]: text('字'.repeat(length)) }), NOW, 'zh');
    expect(result).toEqual({ ok: false, errors: { [block]: `最多 ${length - 1} 个字,请精简。` } });
    const english = parseComplaintForm(completeState({ [block]: text('a'.repeat(length)) }), NOW, 'en');
    expect(english).toEqual({ ok: false, errors: { [block]: `At most ${length - 1} characters; please shorten it.` } });
  });

  it('when the purchase is after now, then errors.purchasedAt says so', () => {
    const future = slot({ type: 'datetimepicker', selected_date_time: NOW.getTime() / 1000 + 60 });
    const overrides = { [COMPLAINT_BLOCK.purchasedAt]: future };
    expect(parseComplaintForm(completeState(overrides), NOW, 'zh')).toEqual({
      ok: false,
      errors: { purchasedAt: '购买时间不能晚于现在。' },
    });
    expect(parseComplaintForm(completeState(overrides), NOW, 'en')).toEqual({
      ok: false,
      errors: { purchasedAt: 'The purchase cannot be later than now.' },
    });
  });

  it('when the purchase is exactly now, then it is accepted', () => {
    const nowSlot = slot({ type: 'datetimepicker', selected_date_time: NOW.getTime() / 1000 });
    expect(parseComplaintForm(completeState({ [COMPLAINT_BLOCK.purchasedAt]: nowSlot }), NOW, 'zh').ok).toBe(true);
  });

  it.each([
    ['abc', 'Enter a number, e.g. 129 or 129.5.'],
    ['12,9', 'Enter a number, e.g. 129 or 129.5.'],
    ['-5', 'This cannot be below 0.'],
    ['99999999999', 'That is too large; please check it.'],
  ])('when the price is %s, then errors.price explains it', (value, message) => {
    const result = parseComplaintForm(
      completeState({ [COMPLAINT_BLOCK.price]: slot({ type: 'number_input', value }) }),
      NOW,
      'en',
    );
    expect(result).toEqual({ ok: false, errors: { price: message } });
  });

  it('when several fields are wrong, then each block gets its own error at once', () => {
    const result = parseComplaintForm(
      completeState({
        [COMPLAINT_BLOCK.narrative]: text(''),
        [COMPLAINT_BLOCK.price]: slot({ type: 'number_input', value: 'x' }),
        [COMPLAINT_BLOCK.product]: text('p'.repeat(151)),
      }),
      NOW,
      'zh',
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['narrative', 'price', 'product']);
  });

  it('when a choice holds a value the form never offered, then that block asks for a choice from the list', () => {
    const result = parseComplaintForm(
      completeState({
        [COMPLAINT_BLOCK.suspectedCause]: select('aliens', 'radio_buttons'),
        [COMPLAINT_BLOCK.language]: select('fr'),
        [COMPLAINT_BLOCK.receipt]: select('maybe', 'radio_buttons'),
      }),
      NOW,
      'en',
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        suspectedCause: 'Please choose one from the list.',
        language: 'Please choose one from the list.',
        hasReceipt: 'This is not in a form we can use.',
      },
    });
  });

  it('when the state is malformed, then it is refused on that block instead of trusted', () => {
    const malformed = JSON.parse('{"value": {"type": "datetimepicker", "selected_date_time": "tomorrow"}}');
    const result = parseComplaintForm(completeState({ [COMPLAINT_BLOCK.purchasedAt]: malformed }), NOW, 'zh');
    expect(result).toEqual({ ok: false, errors: { purchasedAt: '这一项读不出来,请重新填写。' } });
  });
});
