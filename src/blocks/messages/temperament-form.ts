import type { Temperament } from '../../domain/analysis.ts';
import type { Catalog, Localized } from '../../shared/language.ts';

/**
 * The temperament correction form, with one line on each temperament.
 */

/** One line on each temperament for the correction form (seed 001's axes and cues). */
export const TEMPERAMENT_HINTS: Record<Temperament, Localized> = {
  lively: { zh: '外向、重人际:话多、追潮流、跳话题', en: 'outgoing, people-minded: chatty, on-trend' },
  forceful: { zh: '外向、重结果:直接、果断、脾气急', en: 'outgoing, task-minded: direct, decisive, short fuse' },
  peaceable: { zh: '内敛、重人际:安静、被动、犹豫', en: 'reserved, people-minded: quiet, passive, hesitant' },
  analytical: { zh: '内敛、重事实:讲道理、看细节、较真', en: 'reserved, task-minded: facts, details, value' },
};

/** The temperament correction form. */
export const TEMPERAMENT_FORM = {
  title: { zh: '更正性格类型', en: 'Correct temperament' },
  submit: { zh: '保存', en: 'Save' },
  close: { zh: '取消', en: 'Cancel' },
  label: { zh: '这位顾客更像哪一型?', en: 'Which type is this customer closer to?' },
  hint: {
    zh: '你比任何分析都了解顾客;更正会记入案例历史。',
    en: 'You know the customer better than any reading; the correction is kept in the case history.',
  },
  intro: { zh: '目前的判断:', en: 'Current reading:' },
  choose: { zh: '请选择一种性格类型。', en: 'Please choose a temperament.' },
} satisfies Catalog;
