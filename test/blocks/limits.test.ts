import type { KnownBlock, View } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildStaffAnalysis } from '../../src/blocks/analysis-message.ts';
import { buildAppHome } from '../../src/blocks/app-home.ts';
import { buildReviewMessage } from '../../src/blocks/case-message.ts';
import { buildComplaintModal } from '../../src/blocks/complaint-modal.ts';
import { checkBlockLimits, checkViewLimits, fitBlocks, LIMITS } from '../../src/blocks/limits.ts';
import { buildOutcomeModal } from '../../src/blocks/outcome-modal.ts';
import { md } from '../../src/blocks/safe-text.ts';
import { buildTemperamentModal } from '../../src/blocks/temperament-modal.ts';
import { LANGUAGES } from '../../src/shared/language.ts';
import { hostileCase, ordinaryCase, policy, resolvedHostileCase } from './block-fixtures.ts';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const texts = (blocks: readonly KnownBlock[]) =>
  blocks.map((block) => (block.type === 'section' ? block.text?.text : block.type));

describe('fitBlocks', () => {
  it('when the blocks fit, then they come back as they are', () => {
    const blocks = [section('a'), section('b')];
    expect(fitBlocks(blocks, 2)).toEqual(blocks);
  });

  it('when there are too many, then the highest-ranked go first, later before earlier, and a note counts them', () => {
    const fitted = fitBlocks(
      [
        section('keep'),
        { block: section('detail 1'), drop: 1 },
        { block: section('detail 2'), drop: 1 },
        { block: section('extra'), drop: 2 },
        { block: section('crisis') },
        { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Go' }, value: 'C-1' }] },
      ],
      5,
      (hidden) => md`… ${hidden} more`,
    );
    expect(fitted).toHaveLength(5);
    expect(texts(fitted)).toEqual(['keep', 'detail 1', 'crisis', 'context', 'actions']);
    expect(fitted[3]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '… 2 more', verbatim: true }] });
  });

  it('when only protected blocks remain to drop, then the last ones go so the post still fits', () => {
    const fitted = fitBlocks(
      Array.from({ length: 60 }, (_, index) => ({ block: section(String(index)) })),
      LIMITS.messageBlocks,
    );
    expect(fitted).toHaveLength(LIMITS.messageBlocks);
    expect(texts(fitted).slice(0, 3)).toEqual(['0', '1', '2']);
  });

  it('when dropping leaves dividers doubled or at the end, then they go too', () => {
    const fitted = fitBlocks(
      [section('a'), { type: 'divider' }, { block: section('x'), drop: 1 }, { type: 'divider' }, section('b')],
      4,
    );
    expect(fitted.map((block) => block.type)).toEqual(['section', 'divider', 'section', 'context']);
  });
});

describe('checkBlockLimits', () => {
  it('when blocks break limits, then each problem is named', () => {
    const problems = checkBlockLimits(
      [
        { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } },
        { type: 'section', text: { type: 'mrkdwn', text: '' } },
        {
          type: 'actions',
          elements: [{ type: 'button', text: { type: 'plain_text', text: 'b'.repeat(76) }, action_id: 'a' }],
        },
        ...Array.from({ length: 50 }, (): KnownBlock => ({ type: 'divider' })),
      ],
      'message',
    );
    expect(problems).toEqual([
      '53 blocks > 50',
      'blocks[0] (header).text: 151 characters > 150',
      'blocks[1] (section).text: empty text',
      'blocks[2] (actions).elements[0].text: 76 characters > 75',
    ]);
  });

  it('when a modal title is too long, then the view check says so', () => {
    const view: View = { type: 'modal', title: { type: 'plain_text', text: 't'.repeat(25) }, blocks: [] };
    expect(checkViewLimits(view)).toEqual(['title: 25 characters > 24']);
  });
});

describe('every builder within Block Kit limits', () => {
  const cases = [ordinaryCase, hostileCase, resolvedHostileCase];

  it.each(LANGUAGES)(
    'when cases carry maximal text and every flag and remedy (%s), then messages keep every limit',
    (language) => {
      for (const record of cases) {
        for (const message of [
          buildReviewMessage({ record, language, policy }),
          buildStaffAnalysis({ record, remedies: record.remedies, language, policy }),
        ]) {
          expect(checkBlockLimits(message.blocks, 'message')).toEqual([]);
          expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
          expect(message.text.length).toBeGreaterThan(0);
          expect(message.text.length).toBeLessThanOrEqual(LIMITS.messageText);
        }
      }
    },
  );

  it.each(LANGUAGES)('when views are built (%s), then modals and Home keep every limit', (language) => {
    const many = Array.from({ length: 80 }, (_, index) => ({ ...hostileCase, id: `C-${index}` }));
    const views: View[] = [
      buildComplaintModal({
        language,
        prefill: 'x'.repeat(5000),
        categories: policy.categories,
        stores: Array.from({ length: 150 }, (_, index) => `店 ${index} ${'名'.repeat(90)}`),
        privateMetadata: JSON.stringify({ channel: 'C1' }),
      }),
      buildComplaintModal({ language, categories: policy.categories, privateMetadata: '' }),
      buildOutcomeModal({ language, caseId: 'C-1' }),
      buildTemperamentModal({ language, caseId: 'C-1', current: 'analytical' }),
      buildAppHome({ language, mine: many, recent: many, policy }),
      buildAppHome({ language, mine: [], recent: [], policy }),
    ];
    for (const view of views) {
      expect(checkViewLimits(view)).toEqual([]);
      expect(view.blocks.length).toBeLessThanOrEqual(LIMITS.viewBlocks);
    }
  });

  it('when the staff analysis is long, then the remedies section is cut with a mark rather than refused', () => {
    const { blocks } = buildStaffAnalysis({
      record: hostileCase,
      remedies: hostileCase.remedies,
      language: 'zh',
      policy,
    });
    const longest = Math.max(...blocks.map((block) => (block.type === 'section' ? (block.text?.text.length ?? 0) : 0)));
    expect(longest).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(JSON.stringify(blocks)).toContain('已截断');
  });

  it('when App Home has more cases than fit, then it stays within 100 blocks and says how many are not shown', () => {
    const many = Array.from({ length: 120 }, (_, index) => ({ ...ordinaryCase, id: `C-${index}` }));
    const home = buildAppHome({ language: 'en', mine: many, recent: many, policy });
    expect(home.blocks).toHaveLength(LIMITS.viewBlocks);
    expect(JSON.stringify(home.blocks)).toMatch(/… \d+ more not shown/);
  });
});
