import { describe, expect, it } from 'vitest';
import { chooseResolution } from '../../../src/analysis/rules/choose-resolution.ts';
import { aimNote } from '../../../src/analysis/wording/aim-note.ts';
import { buildApology } from '../../../src/analysis/wording/apology.ts';
import { adviceFor } from '../../../src/analysis/wording/flag-advice.ts';
import { buildFollowUpPlan } from '../../../src/analysis/wording/follow-up.ts';
import { buildHandlingSteps } from '../../../src/analysis/wording/handling-steps.ts';
import { NEVER_SAY } from '../../../src/analysis/wording/never-say.ts';
import { findNeverSay } from '../../../src/analysis/wording/phrase-guard.ts';
import { approachFor } from '../../../src/analysis/wording/temperament-approach.ts';
import {
  AIM_KINDS,
  type AimKind,
  CRISIS_KINDS,
  DIFFICULT_KINDS,
  type FlagKind,
  TEMPERAMENT_READINGS,
} from '../../../src/domain/analysis.ts';
import type { RemedyVerdict } from '../../../src/domain/remedy-verdict.ts';
import {
  ApologySchema,
  FollowUpPlanSchema,
  HandlingStepSchema,
  ResolutionSuggestionSchema,
} from '../../../src/domain/suggestion.ts';
import { LANGUAGES, type Localized } from '../../../src/shared/language.ts';

const HAN = /\p{Script=Han}/u;
const ALL_FLAGS: readonly FlagKind[] = [...DIFFICULT_KINDS, ...CRISIS_KINDS];
const FLAG_SETS: readonly (readonly FlagKind[])[] = [
  [],
  ...ALL_FLAGS.map((flag) => [flag]),
  ['nagging', 'stubborn'],
  ['irritable', 'media'],
  ['special-customer', 'reserved', 'indecisive'],
  ['violence', 'drunk', 'vulgar'],
  ['consumer-council', 'argumentative', 'troublemaker'],
];
const DETAILS: readonly { problem?: Localized; product?: string }[] = [
  {},
  { product: '银手镯' },
  { product: 'silver bangle', problem: { zh: '掉钻', en: 'Lost stone' } },
  { problem: { zh: '手表没电(换电池)', en: 'Watch battery' } },
  { product: 'Seiko watch', problem: { zh: '脱焊', en: 'Came unsoldered' } },
  { product: '眼镜', problem: { zh: '其他问题', en: 'Other' } },
];

const verdict = (id: string, kind: RemedyVerdict['kind'], name: Localized, extra: Partial<RemedyVerdict> = {}) =>
  ({
    id,
    kind,
    name,
    eligible: true,
    relevant: true,
    rule: { id: 'R1', title: { zh: '条款', en: 'Clause' }, citation: { zh: '原文', en: 'Text' } },
    reason: { zh: '符合条件', en: 'Conditions met' },
    fee: { type: 'free' },
    deadline: null,
    needsApproval: false,
    staffLimit: null,
    checks: [],
    ...extra,
  }) satisfies RemedyVerdict;

const VERDICT_SETS: readonly (readonly RemedyVerdict[])[] = [
  [],
  [verdict('exchange', 'exchange', { zh: '换货', en: 'Exchange' }, { eligible: false })],
  [
    verdict(
      'exchange',
      'exchange',
      { zh: '换货', en: 'Exchange' },
      { checks: [{ zh: '商品完好', en: 'Item intact' }] },
    ),
    verdict('stone-resetting', 're-setting', { zh: '补钻', en: 'Re-setting a lost stone' }),
    verdict('refund', 'refund', { zh: '退款', en: 'Refund' }, { needsApproval: true }),
    verdict('goodwill-discount', 'discount', { zh: '酌情减价', en: 'Goodwill discount' }, { staffLimit: 50 }),
    verdict(
      'watch-battery',
      'battery',
      { zh: '手表换电池', en: 'Watch battery replacement' },
      {
        fee: { type: 'fixed', amount: 3 },
      },
    ),
    verdict(
      'compensation',
      'compensation',
      { zh: '补偿', en: 'Compensation' },
      { staffLimit: 100, needsApproval: true },
    ),
  ],
  [verdict('watch-repair', 'repair', { zh: '手表免费修理', en: 'Free watch repair' })],
];

/** Every text the wording layer can produce for a customer, labelled so a failure says where it came from. */
function everyText(): { where: string; text: Localized }[] {
  const texts: { where: string; text: Localized }[] = [];
  for (const entry of NEVER_SAY) texts.push({ where: `instead ${entry.id}`, text: entry.instead });
  for (const flag of ALL_FLAGS) {
    for (const line of adviceFor(flag)) texts.push({ where: `advice ${flag}`, text: line });
  }
  for (const kind of AIM_KINDS) {
    texts.push({ where: `aim ${kind}`, text: aimNote(kind) });
    for (const stated of AIM_KINDS) texts.push({ where: `aim ${kind}/${stated}`, text: aimNote(kind, stated) });
  }
  for (const temperament of TEMPERAMENT_READINGS) {
    for (const line of approachFor(temperament)) texts.push({ where: `approach ${temperament}`, text: line });
    for (const line of buildFollowUpPlan({ afterDays: 7, temperament }).script) {
      texts.push({ where: `follow-up ${temperament}`, text: line });
    }
    for (const flags of FLAG_SETS) {
      for (const aim of AIM_KINDS) {
        for (const letCustomerChoose of [true, false]) {
          for (const step of buildHandlingSteps({ temperament, flags, aim, letCustomerChoose })) {
            texts.push({ where: `step ${step.step} ${temperament} ${flags.join('+')} ${aim}`, text: step.text });
          }
        }
      }
    }
    for (const aim of AIM_KINDS) {
      for (const [index, verdicts] of VERDICT_SETS.entries()) {
        for (const requestedAmount of [undefined, 20, 500]) {
          const { note } = chooseResolution({ currency: 'CNY', verdicts, temperament, aim, requestedAmount });
          texts.push({ where: `resolution ${temperament} ${aim} set ${index} ${requestedAmount}`, text: note });
        }
      }
    }
  }
  return texts;
}

describe('every text of the wording layer', () => {
  const texts = everyText();

  it('when every builder runs for every temperament, flag set and aim, then each text exists in both languages', () => {
    const empty = texts.filter(({ text }) => text.zh.trim() === '' || text.en.trim() === '');
    expect(empty.map(({ where }) => where)).toEqual([]);
  });

  it('when every builder runs for every temperament, flag set and aim, then no text says a never-say phrase', () => {
    const failures = texts.flatMap(({ where, text }) =>
      LANGUAGES.flatMap((language) =>
        findNeverSay(text[language]).map((match) => `${where} [${language}]: ${match.text}`),
      ),
    );
    expect(failures).toEqual([]);
  });

  it('when staff texts are written, then the zh side is Chinese and the en side has no Chinese characters', () => {
    const wrong = texts.filter(({ text }) => !HAN.test(text.zh) || HAN.test(text.en));
    expect(wrong.map(({ where }) => where)).toEqual([]);
  });

  it('when apologies are built for every temperament, language, flag set and detail, then each is valid, in the customer’s language and passes the guard', () => {
    const failures: string[] = [];
    for (const temperament of TEMPERAMENT_READINGS) {
      for (const language of LANGUAGES) {
        for (const flags of FLAG_SETS) {
          for (const details of DETAILS) {
            const apology = buildApology({ language, temperament, flags, ...details });
            const where = `${temperament} ${language} ${flags.join('+')} ${JSON.stringify(details)}`;
            if (!ApologySchema.safeParse(apology).success) failures.push(`invalid: ${where}`);
            if (apology.language !== language) failures.push(`language: ${where}`);
            if (HAN.test(apology.text) !== (language === 'zh')) failures.push(`script: ${where}: ${apology.text}`);
            for (const match of findNeverSay(apology.text)) failures.push(`never-say: ${where}: ${match.text}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('when steps, follow-up plans and resolutions are built, then they satisfy the suggestion contract', () => {
    for (const temperament of TEMPERAMENT_READINGS) {
      expect(FollowUpPlanSchema.safeParse(buildFollowUpPlan({ afterDays: 7, temperament })).success).toBe(true);
      for (const flags of FLAG_SETS) {
        for (const aim of AIM_KINDS satisfies readonly AimKind[]) {
          const steps = buildHandlingSteps({ temperament, flags, aim, letCustomerChoose: false });
          expect(steps.every((step) => HandlingStepSchema.safeParse(step).success)).toBe(true);
        }
      }
      for (const verdicts of VERDICT_SETS) {
        for (const aim of AIM_KINDS) {
          const resolution = chooseResolution({ currency: 'CNY', verdicts, temperament, aim });
          expect(ResolutionSuggestionSchema.safeParse(resolution).success).toBe(true);
        }
      }
    }
  });
});
