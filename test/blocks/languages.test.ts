import type { AnyBlock, KnownBlock, View } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildStaffAnalysis } from '../../src/blocks/analysis-message.ts';
import { buildAppHome } from '../../src/blocks/app-home.ts';
import { buildReviewMessage, buildReviewThreadLine } from '../../src/blocks/case-message.ts';
import { parseComplaintForm } from '../../src/blocks/complaint-form.ts';
import { buildComplaintModal } from '../../src/blocks/complaint-modal.ts';
import { buildOutcomeModal, parseOutcomeForm } from '../../src/blocks/outcome-modal.ts';
import { buildTemperamentModal } from '../../src/blocks/temperament-modal.ts';
import type { Case } from '../../src/domain/case.ts';
import type { Language } from '../../src/shared/language.ts';
import { englishCase, NOW, ordinaryCase, policy } from './block-fixtures.ts';
import { HAN } from './block-texts.ts';

/**
 * The headings of blocks: header texts, input labels and hints, button labels, and the first bold span of
 * each mrkdwn section or field (the label the bot puts before what people wrote).
 */
function headings(blocks: readonly AnyBlock[]): string[] {
  const firstBold = (text: string) => /\*([^*\n]+)\*/.exec(text)?.[1];
  return (blocks as KnownBlock[]).flatMap((block): string[] => {
    switch (block.type) {
      case 'header':
        return [block.text.text];
      case 'input':
        return [block.label.text, ...(block.hint ? [block.hint.text] : [])];
      case 'section':
        return [block.text, ...(block.fields ?? [])].flatMap((text) => {
          const bold = text?.type === 'mrkdwn' ? firstBold(text.text) : undefined;
          return bold ? [bold] : [];
        });
      case 'context':
        return block.elements.flatMap((element) => {
          const bold = element.type === 'mrkdwn' ? firstBold(element.text) : undefined;
          return bold ? [bold] : [];
        });
      case 'actions':
        return block.elements.flatMap((element) => (element.type === 'button' ? [element.text.text] : []));
      default:
        return [];
    }
  });
}

function modalHeadings(view: View): string[] {
  const own = view.type === 'modal' ? [view.title.text, view.submit?.text ?? '', view.close?.text ?? ''] : [];
  return [...own, ...headings(view.blocks)];
}

/** Everything each builder writes for a case in a language, as its headings. */
function allHeadings(record: Case, language: Language): Record<string, string[]> {
  return {
    review: headings(buildReviewMessage({ record, language, policy }).blocks),
    staff: headings(buildStaffAnalysis({ record, language, policy }).blocks),
    home: headings(buildAppHome({ language, mine: [record], recent: [], policy }).blocks),
    emptyHome: headings(buildAppHome({ language, mine: [], recent: [], policy }).blocks),
    complaintModal: modalHeadings(
      buildComplaintModal({ language, categories: policy.categories, privateMetadata: '' }),
    ),
    outcomeModal: modalHeadings(buildOutcomeModal({ language, caseId: 'C-1' })),
    temperamentModal: modalHeadings(buildTemperamentModal({ language, caseId: 'C-1', current: 'lively' })),
  };
}

describe('both languages', () => {
  it('when built in Chinese, then every heading of every builder is written in Chinese', () => {
    for (const [builder, found] of Object.entries(allHeadings(ordinaryCase, 'zh'))) {
      expect(found.length, builder).toBeGreaterThan(0);
      for (const heading of found) expect(heading, `${builder}: ${heading}`).toMatch(HAN);
    }
  });

  it('when built in English, then no heading of any builder holds a Chinese character', () => {
    for (const [builder, found] of Object.entries(allHeadings(englishCase, 'en'))) {
      expect(found.length, builder).toBeGreaterThan(0);
      for (const heading of found) expect(heading, `${builder}: ${heading}`).not.toMatch(HAN);
    }
  });

  it('when a thread line or a fallback text is written, then it is in the requested language', () => {
    const [created] = englishCase.history;
    if (!created) throw new Error('no history');
    expect(buildReviewThreadLine({ event: created, language: 'zh' }).text).toMatch(HAN);
    expect(buildReviewThreadLine({ event: created, language: 'en' }).text).not.toMatch(HAN);
    expect(buildReviewMessage({ record: englishCase, language: 'en', policy }).text).not.toMatch(HAN);
    expect(buildStaffAnalysis({ record: englishCase, language: 'en', policy }).text).not.toMatch(HAN);
    expect(buildStaffAnalysis({ record: englishCase, language: 'zh', policy }).text).toMatch(HAN);
  });

  it('when a form is refused, then its errors are in the requested language', () => {
    const zh = parseComplaintForm({}, NOW, 'zh');
    const en = parseComplaintForm({}, NOW, 'en');
    expect(!zh.ok && zh.errors.narrative).toMatch(HAN);
    expect(!en.ok && en.errors.narrative).not.toMatch(HAN);
    const outcomeZh = parseOutcomeForm({}, 'zh');
    const outcomeEn = parseOutcomeForm({}, 'en');
    expect(!outcomeZh.ok && Object.values(outcomeZh.errors).every((message) => HAN.test(message))).toBe(true);
    expect(!outcomeEn.ok && Object.values(outcomeEn.errors).some((message) => HAN.test(message))).toBe(false);
  });
});
