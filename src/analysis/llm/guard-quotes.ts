import type { GuardAdjustment } from '../../domain/analysis-engine.ts';
import { type Complaint, complaintTexts } from '../../domain/complaint.ts';
import { FIRST_HAND, RETOLD_CEILING } from '../retold-ceiling.ts';
import type { LlmAnswer } from './llm-answer-schema.ts';

type Quote = LlmAnswer['aim']['evidence'][number];

/** Quotation marks a model may put around a quote although the complaint does not have them. */
const WRAPPING = /^[\s"'“”‘’「」『』]+|[\s"'“”‘’「」『』]+$/gu;

/**
 * Finds where a quote stands in the complaint: its own claimed field if it is there, else whichever field
 * holds it (models mix up narrative and customer words). Undefined when no field holds it verbatim.
 */
function locate(quote: Quote, texts: readonly { source: Quote['source']; text: string }[]): Quote | undefined {
  const words = quote.quote.replace(WRAPPING, '');
  if (words === '') return undefined;
  const home =
    texts.find((entry) => entry.source === quote.source && entry.text.includes(words)) ??
    texts.find((entry) => entry.text.includes(words));
  return home ? { quote: words, source: home.source } : undefined;
}

/** The most confidence a temperament keeps when no quote of the complaint backs it. */
export const UNBACKED_CONFIDENCE = 0.5;

type TemperamentAnswer = LlmAnswer['temperament'];

/**
 * An `unknown` reading shows no type, so it has nothing to be sure of and nothing to quote: confidence 0
 * and no evidence, as the rules give it, whatever the model put beside it. A type left without a quote of
 * its own is a guess, and its confidence says so.
 */
function guardTemperament(
  temperament: TemperamentAnswer,
  keep: (quotes: readonly Quote[]) => Quote[],
): TemperamentAnswer {
  if (temperament.type === 'unknown') return { type: 'unknown', confidence: 0, evidence: [] };
  const evidence = temperament.evidence.flatMap((item) => {
    const [found] = keep([item]);
    return found ? [{ ...found, type: item.type }] : [];
  });
  const own = evidence.filter((item) => item.type === temperament.type);
  // Unbacked, it is a guess; backed by retold text alone, a hint (as the rules hold it).
  const ceiling =
    own.length === 0 ? UNBACKED_CONFIDENCE : own.some((item) => FIRST_HAND.has(item.source)) ? 1 : RETOLD_CEILING;
  const confidence = Math.min(temperament.confidence, ceiling);
  return { type: temperament.type, confidence, evidence };
}

/**
 * Keeps only evidence that occurs verbatim in the complaint the model was given (the redacted one), so a
 * reading never rests on words the customer did not say. A flag left without evidence is dropped with it,
 * a temperament left without a quote of its own type keeps at most {@link UNBACKED_CONFIDENCE}, one whose
 * quotes are all retold text at most {@link RETOLD_CEILING}, and an `unknown` one keeps confidence 0 and no
 * quotes.
 */
export function keepVerbatimQuotes(
  answer: LlmAnswer,
  complaint: Complaint,
): { answer: LlmAnswer; adjustments: GuardAdjustment[] } {
  const texts = complaintTexts(complaint);
  let dropped = 0;
  const keep = (quotes: readonly Quote[]): Quote[] =>
    quotes.flatMap((quote) => {
      const found = locate(quote, texts);
      if (!found) dropped += 1;
      return found ? [found] : [];
    });
  const flags = answer.flags.flatMap((flag) => {
    const evidence = keep(flag.evidence);
    return evidence.length > 0 ? [{ kind: flag.kind, evidence }] : [];
  });
  const guarded: LlmAnswer = {
    ...answer,
    temperament: guardTemperament(answer.temperament, keep),
    flags,
    aim: { ...answer.aim, evidence: keep(answer.aim.evidence) },
  };
  const adjustments: GuardAdjustment[] =
    dropped === 0
      ? []
      : [
          {
            kind: 'quote-dropped',
            reason: {
              zh: `有${dropped}条引文在投诉原文中找不到,已删除`,
              en: `${dropped} ${dropped === 1 ? 'quote' : 'quotes'} not found in the complaint dropped`,
            },
          },
        ];
  return { answer: guarded, adjustments };
}
