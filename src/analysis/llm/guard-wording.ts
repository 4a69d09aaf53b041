import type { Policy } from '../../domain/policy-schema.ts';
import { detectLanguage, type Language, type Localized } from '../../shared/language.ts';
import { amountsIn } from '../rules/amounts-in.ts';
import { findNeverSay } from '../wording/phrase-guard.ts';
import type { LlmAnswer } from './llm-answer-schema.ts';

/** The parts of an answer that are wording, each replaceable on its own by the rules analyser's. */
export const WORDING_FIELDS = ['apology', 'aimNote', 'resolutionNote', 'followUp'] as const;
export type WordingField = (typeof WORDING_FIELDS)[number];

/** How staff read the name of each wording field when it is replaced. */
export const WORDING_FIELD_LABELS: Record<WordingField, Localized> = {
  apology: { zh: '道歉话术', en: 'apology' },
  aimNote: { zh: '诉求说明', en: 'note on the aim' },
  resolutionNote: { zh: '方案说明', en: 'note on the resolution' },
  followUp: { zh: '回访话术', en: 'follow-up script' },
};

/** Why a piece of wording cannot be used as it stands. */
export interface WordingProblem {
  field: WordingField;
  /** A never-say phrase as written, a sum above the staff limit, or a language slip. */
  kind: 'never-say' | 'promise' | 'language';
  text: string;
}

function textsOf(answer: LlmAnswer): Record<WordingField, string[]> {
  return {
    apology: [answer.apology],
    aimNote: [answer.aim.note.zh, answer.aim.note.en],
    resolutionNote: [answer.resolution.note.zh, answer.resolution.note.en],
    followUp: answer.followUp.flatMap((line) => [line.zh, line.en]),
  };
}

/**
 * Checks the model's wording as the product's own is checked: no never-say phrase anywhere (the same
 * phrase guard), an apology in the customer's language, and no sum above the staff limit anywhere — not
 * promised to the customer's face, and not in a note or follow-up line where staff would read it as allowed.
 */
export function findWordingProblems(answer: LlmAnswer, policy: Policy, language: Language): WordingProblem[] {
  const problems: WordingProblem[] = [];
  for (const [field, texts] of Object.entries(textsOf(answer)) as [WordingField, string[]][]) {
    const sums = new Set<number>();
    for (const text of texts) {
      for (const match of findNeverSay(text)) problems.push({ field, kind: 'never-say', text: match.text });
      for (const amount of amountsIn(text)) if (amount > policy.authority.staffLimit) sums.add(amount);
    }
    // A note or a follow-up line naming such a sum reads to staff as if it were granted ("approve 5000 yuan").
    for (const amount of sums) problems.push({ field, kind: 'promise', text: String(amount) });
  }
  if (detectLanguage(answer.apology) !== language) {
    problems.push({ field: 'apology', kind: 'language', text: answer.apology.slice(0, 40) });
  }
  return problems;
}

const REWORD: Record<WordingProblem['kind'], (text: string, language: Language) => string> = {
  'never-say': (text) => `"${text}" is on the never-say list or too close to it.`,
  promise: (text) =>
    `names ${text}, above the staff limit; only a manager can grant it, so never write such a sum in the apology, notes or follow-up (put it in amount only).`,
  language: (_text, language) => `must be written in ${language === 'zh' ? 'Chinese' : 'English'}.`,
};

/** The follow-up message asking the model, once, to reword what failed. */
export function rewordingRequest(problems: readonly WordingProblem[], language: Language): string {
  const lines = problems.map((problem) => `- ${problem.field}: ${REWORD[problem.kind](problem.text, language)}`);
  return [
    'Your answer cannot be used as worded:',
    ...lines,
    'Answer again with the whole JSON object, rewording only those parts.',
  ].join('\n');
}
