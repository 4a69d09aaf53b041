import { type Complaint, complaintTexts } from '../../complaints/complaint.js';
import type { GuardAdjustment } from '../analysis-engine.js';
import type { LlmAnswer } from './llm-answer-schema.js';

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

/**
 * Keeps only evidence that occurs verbatim in the complaint the model was given (the redacted one), so a
 * reading never rests on words the customer did not say. A flag left without evidence is dropped with it,
 * and a temperament left without a quote of its own type keeps at most {@link UNBACKED_CONFIDENCE}.
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
  const temperamentEvidence = answer.temperament.evidence.flatMap((item) => {
    const [found] = keep([item]);
    return found ? [{ ...found, type: item.type }] : [];
  });
  const flags = answer.flags.flatMap((flag) => {
    const evidence = keep(flag.evidence);
    return evidence.length > 0 ? [{ kind: flag.kind, evidence }] : [];
  });
  // No quote left for the type read: it is a guess, and the confidence says so.
  const backed = temperamentEvidence.some((item) => item.type === answer.temperament.type);
  const confidence = backed
    ? answer.temperament.confidence
    : Math.min(answer.temperament.confidence, UNBACKED_CONFIDENCE);
  const guarded: LlmAnswer = {
    ...answer,
    temperament: { ...answer.temperament, confidence, evidence: temperamentEvidence },
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
