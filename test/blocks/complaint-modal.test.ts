import type { InputBlock, ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildComplaintModal } from '../../src/blocks/complaint-modal.ts';
import { CALLBACK, COMPLAINT_BLOCK, INPUT_ACTION } from '../../src/blocks/ids.ts';
import { checkViewLimits } from '../../src/blocks/limits.ts';
import { COMPLAINT_LIMITS } from '../../src/domain/complaint.ts';
import { policy } from './block-fixtures.ts';

const inputs = (view: ModalView) => view.blocks.filter((block): block is InputBlock => block.type === 'input');
const byBlock = (view: ModalView, blockId: string) => {
  const found = inputs(view).find((block) => block.block_id === blockId);
  if (!found) throw new Error(`no block ${blockId}`);
  return found;
};

const build = (overrides: Partial<Parameters<typeof buildComplaintModal>[0]> = {}) =>
  buildComplaintModal({
    language: 'zh',
    categories: policy.categories,
    privateMetadata: '{"channel":"C1"}',
    ...overrides,
  });

describe('buildComplaintModal', () => {
  it('when opened, then it is the complaint form with one input per field, each with the shared action id', () => {
    const view = build();
    expect(view.callback_id).toBe(CALLBACK.complaintForm);
    expect(view.private_metadata).toBe('{"channel":"C1"}');
    // The customer's phone or member number is asked only when CUSTOMER_KEY is set (the next test).
    expect(inputs(view).map((block) => block.block_id)).toEqual(
      Object.values(COMPLAINT_BLOCK).filter((id) => id !== COMPLAINT_BLOCK.customerId),
    );
    for (const block of inputs(view)) expect(block.element.action_id).toBe(INPUT_ACTION);
    expect(checkViewLimits(view)).toEqual([]);
  });

  it('when customers are fingerprinted (CUSTOMER_KEY set), then the form asks for the phone or member number after the product', () => {
    const ids = inputs(build({ customerField: true })).map((block) => block.block_id);
    expect(ids.indexOf(COMPLAINT_BLOCK.customerId)).toBe(ids.indexOf(COMPLAINT_BLOCK.product) + 1);
    expect([...ids].sort()).toEqual([...Object.values(COMPLAINT_BLOCK)].sort());
  });

  it('when the command carried the customer words, then they prefill that field and the narrative stays empty and required', () => {
    const view = build({ prefill: '  别废话,马上给我换!  ' });
    const words = byBlock(view, COMPLAINT_BLOCK.customerWords);
    expect(words.element).toMatchObject({
      type: 'plain_text_input',
      initial_value: '别废话,马上给我换!',
      multiline: true,
    });
    expect(words.optional).toBe(true);
    const narrative = byBlock(view, COMPLAINT_BLOCK.narrative);
    expect(narrative.optional).toBe(false);
    expect(narrative.element).not.toHaveProperty('initial_value');
  });

  it('when opened, then photos and receipts are an optional file input for images and PDFs, at most 10 (issue 15)', () => {
    const files = byBlock(build({ language: 'en' }), COMPLAINT_BLOCK.files);
    expect(files.optional).toBe(true);
    expect(files.label.text).toBe('Photos and receipts');
    expect(files.element).toEqual({
      type: 'file_input',
      action_id: INPUT_ACTION,
      filetypes: ['jpg', 'jpeg', 'png', 'heic', 'gif', 'webp', 'pdf'],
      max_files: 10,
    });
    expect(byBlock(build({ language: 'zh' }), COMPLAINT_BLOCK.files).label.text).toBe('照片和票据');
  });

  it('when there is no prefill, then no field starts filled in', () => {
    const view = build({ prefill: '   ' });
    expect(byBlock(view, COMPLAINT_BLOCK.customerWords).element).not.toHaveProperty('initial_value');
  });

  it('when text fields are built, then their max lengths are the complaint limits', () => {
    const view = build();
    for (const field of ['narrative', 'customerWords', 'behaviour', 'customerAsk', 'product'] as const) {
      expect(byBlock(view, COMPLAINT_BLOCK[field]).element).toMatchObject({ max_length: COMPLAINT_LIMITS[field] });
    }
  });

  it('when the policy has categories, then the category menu offers each by id, named in the language', () => {
    const element = byBlock(build({ language: 'en' }), COMPLAINT_BLOCK.category).element;
    expect(element.type).toBe('static_select');
    const options = element.type === 'static_select' ? (element.options ?? []) : [];
    expect(options.map((entry) => entry.value)).toEqual(policy.categories.map((category) => category.id));
    expect(options[0]?.text.text).toBe('Jewellery (stone-set accessories)');
  });

  it('when the fixed choices are built, then price, time, receipt, special price and cause have the right elements', () => {
    const view = build();
    expect(byBlock(view, COMPLAINT_BLOCK.price).element).toMatchObject({
      type: 'number_input',
      is_decimal_allowed: true,
    });
    expect(byBlock(view, COMPLAINT_BLOCK.purchasedAt).element.type).toBe('datetimepicker');
    expect(byBlock(view, COMPLAINT_BLOCK.receipt).element).toMatchObject({
      type: 'radio_buttons',
      options: [{ value: 'yes' }, { value: 'no' }, { value: 'unknown' }],
      initial_option: { value: 'unknown' },
    });
    expect(byBlock(view, COMPLAINT_BLOCK.specialPrice).element).toMatchObject({
      type: 'checkboxes',
      options: [{ value: 'special' }],
    });
    expect(byBlock(view, COMPLAINT_BLOCK.suspectedCause).element).toMatchObject({
      type: 'radio_buttons',
      options: [{ value: 'quality' }, { value: 'use' }, { value: 'unknown' }],
      initial_option: { value: 'unknown' },
    });
    expect(byBlock(view, COMPLAINT_BLOCK.language).element).toMatchObject({
      type: 'static_select',
      options: [{ value: 'zh' }, { value: 'en' }],
    });
    expect(byBlock(view, COMPLAINT_BLOCK.language).optional).toBe(true);
  });

  it('when the app knows the stores, then store is a menu; with one store it is chosen; without, it is free text', () => {
    expect(byBlock(build({ stores: ['黄兴店', '五一店'] }), COMPLAINT_BLOCK.store).element).toMatchObject({
      type: 'static_select',
      options: [{ value: '黄兴店' }, { value: '五一店' }],
    });
    expect(byBlock(build({ stores: ['黄兴店'] }), COMPLAINT_BLOCK.store).element).toMatchObject({
      initial_option: { value: '黄兴店' },
    });
    expect(byBlock(build({ stores: [] }), COMPLAINT_BLOCK.store).element).toMatchObject({
      type: 'plain_text_input',
      max_length: COMPLAINT_LIMITS.store,
    });
  });

  it('when the title and buttons are built, then they fit the modal limits in both languages', () => {
    for (const language of ['zh', 'en'] as const) {
      const view = build({ language });
      expect(view.title.text.length).toBeLessThanOrEqual(24);
      expect(view.submit?.text.length).toBeLessThanOrEqual(24);
      expect(view.close?.text.length).toBeLessThanOrEqual(24);
    }
  });

  it('when the private metadata is over 3000 characters, then building refuses it', () => {
    expect(() => build({ privateMetadata: 'x'.repeat(3001) })).toThrow(RangeError);
  });
});
