import type {
  AnyBlock,
  ContextBlock,
  InputBlockElement,
  KnownBlock,
  Option,
  SectionBlock,
  TextObject,
  View,
} from '@slack/types';
import { md, type SafeText } from './safe-text.ts';

/**
 * Block Kit's limits (docs.slack.dev/reference/block-kit). Slack refuses a whole message or view that
 * breaks any of them, so builders cut text and drop detail themselves rather than lose the post.
 * Lengths are counted here in UTF-16 code units, which is never fewer than the characters Slack counts.
 */
export const LIMITS = {
  /** Blocks in one message. */
  messageBlocks: 50,
  /** Blocks in a modal or a Home tab. */
  viewBlocks: 100,
  /** A section's `text`. */
  sectionText: 3000,
  /** Fields in one section. */
  sectionFields: 10,
  /** Each section field's text. */
  fieldText: 2000,
  /** A header's plain text. */
  headerText: 150,
  /** Elements in one context block. */
  contextElements: 10,
  /** A context element's text (a text object's own limit). */
  contextText: 3000,
  /** Elements in one actions block. */
  actionsElements: 25,
  /** A button's label. */
  buttonText: 75,
  /** A button's `value`. */
  buttonValue: 2000,
  /** An option's label in a select, radio or checkbox group. */
  optionText: 75,
  /** An option's description line. */
  optionDescription: 75,
  /** An option's `value`. */
  optionValue: 150,
  /** Options in a static select. */
  staticSelectOptions: 100,
  /** Options in a radio button or checkbox group. */
  choiceOptions: 10,
  /** An input block's label. */
  inputLabel: 2000,
  /** An input block's hint. */
  inputHint: 2000,
  /** An element's placeholder. */
  placeholder: 150,
  /** The most a plain_text_input's `max_length` may be. */
  plainTextInputMaxLength: 3000,
  /** A modal's title. */
  modalTitle: 24,
  /** A modal's submit and close labels. */
  modalButton: 24,
  /** A view's private_metadata. */
  privateMetadata: 3000,
  /** callback_id, action_id and block_id. */
  id: 255,
  /** A message's top-level `text` (the notification fallback). */
  messageText: 40_000,
} as const;

/** A block with how readily it may be dropped when a message or view has too many. */
export interface RankedBlock {
  block: KnownBlock;
  /** Higher drops first; without it the block is never dropped (headers, buttons, crisis warnings). */
  drop?: number;
}

const isRanked = (entry: KnownBlock | RankedBlock): entry is RankedBlock => 'block' in entry;

/**
 * Keeps blocks within `max`. The least important go first — the highest `drop`, later ones before
 * earlier ones at the same rank; plain blocks count as rank 0 — and a context note says how many were
 * left out, placed last (before a closing row of buttons, which stays at the bottom). Dividers left
 * doubled or dangling by the cut go too. Within `max` the blocks come back as they are.
 */
export function fitBlocks(
  entries: readonly (KnownBlock | RankedBlock)[],
  max: number,
  moreNote: (hidden: number) => SafeText = (hidden) => md`… +${hidden}`,
): KnownBlock[] {
  const ranked = entries.map((entry, index) =>
    isRanked(entry) ? { ...entry, index } : { block: entry, drop: 0, index },
  );
  if (ranked.length <= max) return ranked.map((entry) => entry.block);

  const byDropOrder = ranked
    .filter((entry) => entry.drop !== undefined)
    .sort((a, b) => (b.drop ?? 0) - (a.drop ?? 0) || b.index - a.index)
    .map((entry) => entry.index);
  // Should the protected blocks alone be too many, the last of them go: a post cut short beats none.
  const protectedFromEnd = ranked
    .filter((entry) => entry.drop === undefined)
    .map((entry) => entry.index)
    .reverse();
  const dropped = new Set<number>();
  let kept = ranked.map((entry) => entry.block);
  for (const index of [...byDropOrder, ...protectedFromEnd]) {
    // One at a time, because each cut may also leave a divider with nothing to divide.
    if (kept.length + 1 <= max) break;
    dropped.add(index);
    kept = tidyDividers(ranked.filter((entry) => !dropped.has(entry.index)).map((entry) => entry.block));
  }
  // Dividers are layout, not content: the note counts what the reader misses.
  const hidden = [...dropped].filter((index) => ranked[index]?.block.type !== 'divider').length;
  const note: ContextBlock = {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: moreNote(hidden).text, verbatim: true }],
  };
  const last = kept[kept.length - 1];
  if (last?.type === 'actions') return [...kept.slice(0, -1), note, last];
  return [...kept, note];
}

function tidyDividers(blocks: readonly KnownBlock[]): KnownBlock[] {
  return blocks.filter((block, index) => {
    if (block.type !== 'divider') return true;
    const next = blocks[index + 1];
    return index > 0 && next !== undefined && next.type !== 'divider';
  });
}

/** Where blocks are shown: a message allows 50, a modal or Home tab 100. */
export type Surface = 'message' | 'view';

/**
 * Checks blocks against Block Kit's limits and returns what breaks them, one line each (empty when all
 * is well): counts, text lengths, empty texts, option and element counts, ids and duplicate block ids.
 */
export function checkBlockLimits(blocks: readonly AnyBlock[], surface: Surface): string[] {
  const problems: string[] = [];
  const max = surface === 'message' ? LIMITS.messageBlocks : LIMITS.viewBlocks;
  if (blocks.length > max) problems.push(`${blocks.length} blocks > ${max}`);
  const blockIds = new Set<string>();
  blocks.forEach((block, index) => {
    const where = `blocks[${index}] (${block.type})`;
    if (block.block_id !== undefined) {
      if (blockIds.has(block.block_id)) problems.push(`${where}: duplicate block_id ${block.block_id}`);
      blockIds.add(block.block_id);
      checkLength(problems, `${where}.block_id`, block.block_id, LIMITS.id);
    }
    // View.blocks admits unknown block types (`Block`); checkBlock looks only at the known ones by `type`.
    checkBlock(problems, where, block as KnownBlock);
  });
  return problems;
}

/** Checks a modal or Home tab: its blocks, title, buttons and private_metadata. */
export function checkViewLimits(view: View): string[] {
  const problems = checkBlockLimits(view.blocks, 'view');
  if (view.private_metadata !== undefined) {
    checkLength(problems, 'private_metadata', view.private_metadata, LIMITS.privateMetadata);
  }
  if (view.callback_id !== undefined) checkLength(problems, 'callback_id', view.callback_id, LIMITS.id);
  if (view.type === 'modal') {
    checkText(problems, 'title', view.title, LIMITS.modalTitle);
    if (view.submit) checkText(problems, 'submit', view.submit, LIMITS.modalButton);
    if (view.close) checkText(problems, 'close', view.close, LIMITS.modalButton);
    const hasInput = view.blocks.some((block) => block.type === 'input');
    if (hasInput && !view.submit) problems.push('a modal with input blocks needs a submit label');
  }
  return problems;
}

function checkLength(problems: string[], where: string, value: string, max: number): void {
  if (value.length > max) problems.push(`${where}: ${value.length} characters > ${max}`);
}

function checkText(problems: string[], where: string, text: TextObject, max: number): void {
  if (text.text.trim().length === 0) problems.push(`${where}: empty text`);
  checkLength(problems, where, text.text, max);
}

function checkBlock(problems: string[], where: string, block: KnownBlock): void {
  switch (block.type) {
    case 'header':
      checkText(problems, `${where}.text`, block.text, LIMITS.headerText);
      if (block.text.type !== 'plain_text') problems.push(`${where}: a header takes plain_text only`);
      return;
    case 'section':
      checkSection(problems, where, block);
      return;
    case 'context':
      if (block.elements.length === 0) problems.push(`${where}: no elements`);
      if (block.elements.length > LIMITS.contextElements) {
        problems.push(`${where}: ${block.elements.length} elements > ${LIMITS.contextElements}`);
      }
      block.elements.forEach((element, index) => {
        if (element.type === 'plain_text' || element.type === 'mrkdwn') {
          checkText(problems, `${where}.elements[${index}]`, element, LIMITS.contextText);
        }
      });
      return;
    case 'actions':
      if (block.elements.length > LIMITS.actionsElements) {
        problems.push(`${where}: ${block.elements.length} elements > ${LIMITS.actionsElements}`);
      }
      block.elements.forEach((element, index) => {
        checkElement(problems, `${where}.elements[${index}]`, element);
      });
      checkActionIds(
        problems,
        where,
        block.elements.map((element) => element.action_id),
      );
      return;
    case 'input':
      checkText(problems, `${where}.label`, block.label, LIMITS.inputLabel);
      if (block.hint) checkText(problems, `${where}.hint`, block.hint, LIMITS.inputHint);
      checkElement(problems, `${where}.element`, block.element);
      return;
    default:
      return;
  }
}

function checkSection(problems: string[], where: string, block: SectionBlock): void {
  if (!block.text && !block.fields?.length) problems.push(`${where}: neither text nor fields`);
  if (block.text) checkText(problems, `${where}.text`, block.text, LIMITS.sectionText);
  const fields = block.fields ?? [];
  if (fields.length > LIMITS.sectionFields)
    problems.push(`${where}: ${fields.length} fields > ${LIMITS.sectionFields}`);
  fields.forEach((field, index) => {
    checkText(problems, `${where}.fields[${index}]`, field, LIMITS.fieldText);
  });
  if (block.accessory && block.accessory.type !== 'image') {
    checkElement(problems, `${where}.accessory`, block.accessory);
  }
}

function checkActionIds(problems: string[], where: string, ids: readonly (string | undefined)[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (id === undefined) continue;
    if (seen.has(id)) problems.push(`${where}: duplicate action_id ${id}`);
    seen.add(id);
  }
}

/** The elements this app uses; others are let through unchecked. */
type CheckedElement = InputBlockElement | Extract<KnownBlock, { type: 'actions' }>['elements'][number];

function checkElement(problems: string[], where: string, element: CheckedElement): void {
  if ('action_id' in element && element.action_id !== undefined) {
    checkLength(problems, `${where}.action_id`, element.action_id, LIMITS.id);
  }
  if ('placeholder' in element && element.placeholder) {
    checkText(problems, `${where}.placeholder`, element.placeholder, LIMITS.placeholder);
  }
  switch (element.type) {
    case 'button':
      checkText(problems, `${where}.text`, element.text, LIMITS.buttonText);
      if (element.value !== undefined) checkLength(problems, `${where}.value`, element.value, LIMITS.buttonValue);
      return;
    case 'static_select':
      checkOptions(problems, where, element.options ?? [], LIMITS.staticSelectOptions);
      checkInitial(problems, where, element.options ?? [], element.initial_option ? [element.initial_option] : []);
      return;
    case 'radio_buttons':
      checkOptions(problems, where, element.options, LIMITS.choiceOptions);
      checkInitial(problems, where, element.options, element.initial_option ? [element.initial_option] : []);
      return;
    case 'checkboxes':
      checkOptions(problems, where, element.options, LIMITS.choiceOptions);
      checkInitial(problems, where, element.options, element.initial_options ?? []);
      return;
    case 'plain_text_input': {
      const maxLength = element.max_length ?? LIMITS.plainTextInputMaxLength;
      if (maxLength > LIMITS.plainTextInputMaxLength) {
        problems.push(`${where}: max_length ${maxLength} > ${LIMITS.plainTextInputMaxLength}`);
      }
      if (element.initial_value !== undefined) {
        checkLength(problems, `${where}.initial_value`, element.initial_value, maxLength);
      }
      return;
    }
    default:
      return;
  }
}

function checkOptions(problems: string[], where: string, options: readonly Option[], max: number): void {
  if (options.length === 0) problems.push(`${where}: no options`);
  if (options.length > max) problems.push(`${where}: ${options.length} options > ${max}`);
  const values = new Set<string>();
  options.forEach((option, index) => {
    checkText(problems, `${where}.options[${index}].text`, option.text, LIMITS.optionText);
    if (option.description) {
      checkText(problems, `${where}.options[${index}].description`, option.description, LIMITS.optionDescription);
    }
    if (option.value === undefined) return;
    checkLength(problems, `${where}.options[${index}].value`, option.value, LIMITS.optionValue);
    if (values.has(option.value)) problems.push(`${where}: duplicate option value ${option.value}`);
    values.add(option.value);
  });
}

/** Slack refuses an initial option that is not, to the letter, one of the options. */
function checkInitial(problems: string[], where: string, options: readonly Option[], initial: readonly Option[]): void {
  for (const chosen of initial) {
    const match = options.some((option) => JSON.stringify(option) === JSON.stringify(chosen));
    if (!match) problems.push(`${where}: initial option ${chosen.value ?? chosen.text.text} is not one of the options`);
  }
}
