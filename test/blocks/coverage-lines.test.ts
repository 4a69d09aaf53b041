import type { KnownBlock, ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildStaffAnalysis } from '../../src/blocks/analysis-message.ts';
import { buildApprovalRequestMessage } from '../../src/blocks/approval-message.ts';
import { buildReviewMessage } from '../../src/blocks/case-message.ts';
import { askableRemedies, buildCompensationModal } from '../../src/blocks/compensation-modal.ts';
import { adjustableRemedies, buildDecisionModal } from '../../src/blocks/decision-modals.ts';
import type { ApprovalRequestedEvent } from '../../src/domain/case.ts';
import { proposalNeedsApproval } from '../../src/domain/case-transitions.ts';
import type { Language } from '../../src/shared/language.ts';
import { apply, at, makeCase, OWNER, policy } from './block-fixtures.ts';

// Issue 11 on the Slack surfaces: goods the policy does not cover say "outside this store's policy —
// manager to decide" and offer nothing as eligible; a problem nobody named is said to be unknown, and the
// remedies for particular problems are shown as depending on it, not as fitting.

const texts = (blocks: readonly KnownBlock[]) => JSON.stringify(blocks);

/** A photo studio sitting, read as `other` from the text: nothing the store's policy covers. */
const studio = await makeCase(
  {
    narrative: '影楼拍的婚纱照修得太假了,选片时还被加价,顾客要求全额退款。',
    purchasedAt: '2026-11-21T08:00:00+08:00',
    hasReceipt: true,
  },
  { id: 'C-STUDIO' },
);

/** A necklace the customer is unhappy with, though nobody has said what is wrong with it. */
const unknownProblem = await makeCase(
  {
    narrative: '顾客拿着前几天买的项链回来,说不满意,要店里给个说法。',
    category: 'jewellery',
    purchasedAt: '2026-11-20T15:00:00+08:00',
    hasReceipt: true,
  },
  { id: 'C-UNKNOWN' },
);

const OUTSIDE = { zh: '不在本店政策范围内——由店长决定', en: "Outside this store's policy — manager to decide" };

describe('a complaint outside the policy', () => {
  it('when it is filed, then the policy found nothing eligible and nothing is suggested', () => {
    expect(studio.analysis.category).toBe('other');
    expect(studio.remedies.length).toBeGreaterThan(0);
    expect(studio.remedies.every((remedy) => !remedy.eligible && remedy.covered === false)).toBe(true);
    expect(studio.analysis.suggestion.resolution.options).toEqual([]);
  });

  for (const language of ['zh', 'en'] as const) {
    it(`when the staff member reads the analysis in ${language}, then it says outside the policy and lists nothing as allowed`, () => {
      const json = texts(buildStaffAnalysis({ record: studio, language, policy }).blocks);
      expect(json).toContain(OUTSIDE[language]);
      expect(json).not.toContain('✓');
      expect(json).not.toContain(language === 'zh' ? '政策允许' : 'The policy allows');
      expect(json).toContain(language === 'zh' ? '政策适用范围' : 'What the policy covers');
    });

    it(`when the review channel reads the post in ${language}, then the kind and the resolution say outside the policy`, () => {
      const json = texts(buildReviewMessage({ record: studio, language, policy }).blocks);
      expect(json.split(OUTSIDE[language]).length - 1).toBe(2);
    });

    it(`when staff open the request form in ${language}, then it says so and offers only a refund or goodwill, each for a manager`, () => {
      const view = buildCompensationModal({ language, caseId: studio.id, remedies: studio.remedies });
      expect(JSON.stringify(view)).toContain(OUTSIDE[language]);
      const offered = askableRemedies(studio.remedies).map((remedy) => remedy.kind);
      expect(offered.sort()).toEqual(['compensation', 'discount', 'gift', 'refund']);
      const select = selectOptions(view);
      expect(select.every((label) => label.includes(language === 'zh' ? '由店长决定' : 'a manager decides'))).toBe(
        true,
      );
    });
  }

  it('when staff propose goodwill within their limit, then it still needs a manager', () => {
    expect(proposalNeedsApproval(studio.remedies, 'compensation', 10)).toBe(true);
    expect(proposalNeedsApproval(studio.remedies, 'gift', 0)).toBe(true);
  });

  it('when a manager reads the request, then it cites what the policy covers and says the manager decides', () => {
    const requested = apply(studio, [
      { type: 'proposed', at: at(5), by: OWNER, remedyId: 'compensation', amount: 20, note: 'goodwill' },
      { type: 'approval-requested', at: at(5), by: OWNER, remedyId: 'compensation', amount: 20, reason: 'goodwill' },
    ]);
    for (const language of ['zh', 'en'] as const) {
      const json = texts(buildApprovalRequestMessage({ record: requested, request: 2, language, policy }).blocks);
      expect(json).toContain(OUTSIDE[language]);
      expect(json).toContain('scope');
    }
    const event = requested.history[2] as ApprovalRequestedEvent;
    // The manager decides: any refund or goodwill, not only the remedy asked for.
    expect(adjustableRemedies(requested, event).map((remedy) => remedy.id)).toEqual([
      'refund',
      'compensation',
      'discount',
      'gift',
    ]);
    const modal = buildDecisionModal({ kind: 'adjust', record: requested, request: 2, event, language: 'en', policy });
    expect(JSON.stringify(modal)).toContain("Outside this store's policy: a refund or goodwill, as you decide.");
  });
});

describe('a complaint whose problem is not known', () => {
  it('when it is filed, then no problem was read and no remedy for a particular problem is suggested', () => {
    expect(unknownProblem.analysis.problem).toBeNull();
    const suggested = unknownProblem.analysis.suggestion.resolution.options;
    const depending = unknownProblem.remedies.filter((remedy) => remedy.dependsOnProblem).map((remedy) => remedy.id);
    expect(depending).toEqual(['quality-exchange', 'stone-resetting']);
    expect(suggested.filter((id) => depending.includes(id))).toEqual([]);
  });

  const WORDS: Record<Language, { unknown: string; depends: string; allowed: string; kind: string }> = {
    zh: { unknown: '问题尚不清楚', depends: '视问题而定', allowed: '政策允许', kind: '饰品(镶钻首饰) · 问题尚不清楚' },
    en: {
      unknown: 'The problem is not known yet',
      depends: 'Depends on the problem',
      allowed: 'The policy allows',
      kind: 'Jewellery (stone-set accessories) · problem not known yet',
    },
  };

  for (const language of ['zh', 'en'] as const) {
    it(`when the staff member reads the analysis in ${language}, then the problem is said to be unknown and problem remedies depend on it`, () => {
      const blocks = buildStaffAnalysis({ record: unknownProblem, language, policy }).blocks;
      const sections = blocks.flatMap((block) => (block.type === 'section' && block.text ? [block.text.text] : []));
      const words = WORDS[language];
      expect(sections.find((text) => text.includes(words.unknown))).toBeDefined();
      const remedies = sections.find((text) => text.includes(words.allowed)) ?? '';
      const [allowed, rest] = remedies.split(`❓ *${words.depends}`);
      // Re-setting a lost stone is listed, but under "depends on the problem", never as allowed outright.
      expect(allowed).not.toContain(language === 'zh' ? '补钻' : 'Re-setting a lost stone');
      expect(rest).toContain(language === 'zh' ? '补钻 (R2)' : 'Re-setting a lost stone (R2)');
      expect(allowed).toContain(language === 'zh' ? '✓ *换货*' : '✓ *Exchange*');
    });

    it(`when the review channel reads the post in ${language}, then the kind says the problem is not known yet`, () => {
      const json = texts(buildReviewMessage({ record: unknownProblem, language, policy }).blocks);
      expect(json).toContain(WORDS[language].kind);
    });
  }
});

/** The labels of the form's select menu. */
function selectOptions(view: ModalView): string[] {
  return (view.blocks as KnownBlock[]).flatMap((block) =>
    block.type === 'input' && block.element.type === 'static_select'
      ? (block.element.options ?? []).map((option) => option.text.text)
      : [],
  );
}
