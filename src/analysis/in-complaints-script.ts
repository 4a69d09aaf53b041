import type { Analysis } from '../domain/analysis.ts';
import type { Complaint } from '../domain/complaint.ts';
import { type ChineseScript, chineseScriptOf, inChineseScript } from '../shared/chinese-script.ts';
import type { Localized } from '../shared/language.ts';
import { normaliseJoined } from '../shared/normalise-text.ts';

/** The script the complaint was entered in, read over all its text; simplified when it has no Chinese. */
export function scriptOfComplaint(complaint: Complaint): ChineseScript {
  const { narrative, customerWords, behaviour, customerAsk, product } = complaint;
  const parts = [narrative, customerWords, behaviour, customerAsk, product].filter((part): part is string =>
    Boolean(part),
  );
  const text = parts.join('\n');
  // Folded from the parts the readers folded already, where that gives the same (see normaliseJoined).
  normaliseJoined(parts, text);
  return chineseScriptOf(text) ?? 'simplified';
}

/**
 * An analysis whose Chinese wording is in the complaint's script: a shop in Hong Kong or Taiwan that pastes
 * a complaint in traditional script gets the apology, the steps, the advice and the follow-up call in
 * traditional, ready to say. The wording is composed (and checked against the never-say list) in simplified,
 * and converted character for character last, so no guard sees a different text than staff do. Quotes
 * stay as the complaint wrote them.
 */
export function inComplaintsScript(analysis: Analysis, script: ChineseScript): Analysis {
  if (script === 'simplified') return analysis;
  const local = (text: Localized): Localized => ({ ...text, zh: inChineseScript(text.zh, script) });
  const { temperament, flags, aim, suggestion } = analysis;
  return {
    ...analysis,
    temperament: { ...temperament, approach: temperament.approach.map(local) },
    flags: flags.map((flag) => ({ ...flag, advice: flag.advice.map(local) })),
    aim: { ...aim, note: local(aim.note) },
    suggestion: {
      ...suggestion,
      apology:
        suggestion.apology.language === 'zh'
          ? { ...suggestion.apology, text: inChineseScript(suggestion.apology.text, script) }
          : suggestion.apology,
      steps: suggestion.steps.map((step) => ({ ...step, text: local(step.text) })),
      resolution: { ...suggestion.resolution, note: local(suggestion.resolution.note) },
      followUp: { ...suggestion.followUp, script: suggestion.followUp.script.map(local) },
    },
  };
}
