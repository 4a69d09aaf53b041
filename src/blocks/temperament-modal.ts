import type { ModalView, PlainTextOption } from '@slack/types';
import { TEMPERAMENTS, type Temperament, type TemperamentRead, TemperamentSchema } from '../domain/analysis.ts';
import { TEMPERAMENT_LABELS } from '../i18n/labels.ts';
import type { Language } from '../shared/language.ts';
import { context, option, plainText } from './block-parts.ts';
import type { FormErrors } from './form-errors.ts';
import { CALLBACK, INPUT_ACTION, TEMPERAMENT_BLOCK } from './ids.ts';
import { LIMITS } from './limits.ts';
import { t } from './messages/common.ts';
import { TEMPERAMENT_FORM, TEMPERAMENT_HINTS } from './messages/temperament-form.ts';
import { md } from './safe-text.ts';
import { readInput, type ViewStateValues } from './view-state.ts';

/** What the temperament correction form is built from. */
export interface TemperamentModalInput {
  language: Language;
  /** The case being corrected; it comes back in `private_metadata` as `{"caseId": …}`. */
  caseId: string;
  /** The temperament the case has now, chosen when the form opens. */
  current: TemperamentRead;
}

/** "活泼型 lively": both names, as the training uses them, whatever language the form is in. */
const bothNames = (type: Temperament) => `${TEMPERAMENT_LABELS[type].zh} ${TEMPERAMENT_LABELS[type].en}`;

/**
 * The form for correcting the temperament: the four types of 人际性格解析法 with a line on each, the
 * current one chosen. Staff who met the customer know better than any reading of a few sentences.
 */
export function buildTemperamentModal({ language, caseId, current }: TemperamentModalInput): ModalView {
  const form = TEMPERAMENT_FORM;
  const options = new Map<Temperament, PlainTextOption>(
    TEMPERAMENTS.map((type) => [type, option(bothNames(type), type, t(TEMPERAMENT_HINTS[type], language))]),
  );
  // A reading of `unknown` chooses nothing: staff pick the type they saw.
  const initial = current === 'unknown' ? undefined : options.get(current);
  return {
    type: 'modal',
    callback_id: CALLBACK.temperamentForm,
    title: plainText(t(form.title, language), LIMITS.modalTitle),
    submit: plainText(t(form.submit, language), LIMITS.modalButton),
    close: plainText(t(form.close, language), LIMITS.modalButton),
    private_metadata: JSON.stringify({ caseId }),
    blocks: [
      context([md`${t(form.intro, language)} *${t(TEMPERAMENT_LABELS[current], language)}*`]),
      {
        type: 'input',
        block_id: TEMPERAMENT_BLOCK.temperament,
        label: plainText(t(form.label, language), LIMITS.inputLabel),
        hint: plainText(t(form.hint, language), LIMITS.inputHint),
        element: {
          type: 'radio_buttons',
          action_id: INPUT_ACTION,
          options: [...options.values()],
          ...(initial ? { initial_option: initial } : {}),
        },
      },
    ],
  };
}

/** A submitted temperament form: the chosen type, or what to fix, by block id. */
export type TemperamentFormResult = { ok: true; temperament: Temperament } | { ok: false; errors: FormErrors };

/**
 * Reads a submitted temperament form. Without a `language` the error is given in both, since the
 * listener may not know the reader's.
 */
export function parseTemperamentForm(values: ViewStateValues, language?: Language): TemperamentFormResult {
  const reading = readInput(values, TEMPERAMENT_BLOCK.temperament, INPUT_ACTION);
  const parsed = TemperamentSchema.safeParse(reading.ok ? reading.state?.selected_option?.value : undefined);
  if (parsed.success) return { ok: true, temperament: parsed.data };
  const message = language
    ? t(TEMPERAMENT_FORM.choose, language)
    : `${TEMPERAMENT_FORM.choose.zh} / ${TEMPERAMENT_FORM.choose.en}`;
  return { ok: false, errors: { [TEMPERAMENT_BLOCK.temperament]: message } };
}
