import { describe, expect, it } from 'vitest';
import { toGuardText } from '../../../src/analysis/wording/guard-text.ts';
import { NEVER_SAY, type NeverSayId } from '../../../src/analysis/wording/never-say.ts';
import { NEVER_SAY_PATTERNS } from '../../../src/analysis/wording/never-say-patterns.ts';
import { findNeverSay } from '../../../src/analysis/wording/phrase-guard.ts';

/**
 * Every pattern of the never-say table earns its place (issue 17). For each pattern some wording of its
 * phrase — the table's own examples, or a variant below — is caught by that pattern and by no other pattern
 * of the phrase, and the guard catches every variant; so dropping or narrowing any one pattern lets a real
 * wording through, and a test notices. (Mutation testing cannot say this: the only mutant of a pattern is
 * an empty one, which catches everything.) A new pattern comes with the wording that needs it.
 */
const VARIANTS: Record<NeverSayId, readonly string[]> = {
  'child-knows': ['Any kid could tell you that.'],
  'get-what-you-pay-for': [],
  impossible: ['店里不可能出现这样的问题', 'No way that happened.'],
  'not-my-business': ['这事和我没关系', '这件事与我无关', '您自己去找厂家', "You'll have to find someone else."],
  'dont-know': ['说实话我也不太清楚', 'Not a clue, sorry.'],
  'company-policy': [
    '按照公司的规定不能退',
    '规定不允许退换',
    'The policy says no.',
    "That's against our policy.",
    "Store policy doesn't allow it.",
  ],
  'nothing-can-be-done': [],
  'too-busy': [
    "Can't you see we're busy?",
    'One at a time!',
    'Everyone, one at a time please.',
    "I'm in the middle of something.",
  ],
  'others-find-it-fine': [],
  'always-sold-like-this': ["That's just how they're sold."],
  'listen-to-me-first': ['Stop shouting and listen.'],
  'partly-your-fault': ['你戴得不对，所以才会变色', "That's your problem.", 'You handled it wrong.'],
  'how-dare-you': ['请你好好说话', 'Mind your language.', 'Why are you talking to me like that?'],
  'complain-wherever': ['Complain all you like.'],
  'consumer-council': ['你可以向市场监管反映', '这是他们的电话，您自己打', "Here's their number."],
};

/** Compiled as phrase-guard.ts compiles them: English inside word boundaries, both on the folded text. */
const compile = (source: string, language: 'zh' | 'en') =>
  new RegExp(language === 'en' ? `(?<![a-z0-9])(?:${source})(?![a-z0-9])` : source, 'u');

const patterns = NEVER_SAY.flatMap((entry) => {
  const sources = NEVER_SAY_PATTERNS[entry.id];
  const compiled = (['zh', 'en'] as const).flatMap((language) =>
    sources[language].map((source) => ({ language, source, pattern: compile(source, language) })),
  );
  const wordings = [
    entry.phrase.zh,
    entry.phrase.en,
    ...entry.examples.zh,
    ...entry.examples.en,
    ...VARIANTS[entry.id],
  ];
  return compiled.map(({ language, source, pattern }) => ({
    id: entry.id,
    language,
    source,
    pattern,
    others: compiled.filter((other) => other.pattern !== pattern).map((other) => other.pattern),
    wordings,
  }));
});

describe('the never-say patterns', () => {
  it.each(patterns)('when $id’s $language pattern /$source/ is dropped, then a wording of it gets through', (case_) => {
    const caughtByItAlone = case_.wordings.filter((wording) => {
      const folded = toGuardText(wording).text;
      return case_.pattern.test(folded) && !case_.others.some((other) => other.test(folded));
    });
    expect(caughtByItAlone, `no wording of ${case_.id} needs /${case_.source}/`).not.toEqual([]);
  });

  const variants = Object.entries(VARIANTS).flatMap(([id, texts]) => texts.map((text) => ({ id, text })));
  it.each(variants)(
    'when staff say "$text", then the guard names $id, however it is cased and whatever follows',
    ({ id, text }) => {
      for (const said of [text, text.toUpperCase(), `${text} 那先这样吧。`, `${text} Anyway, thanks.`]) {
        expect(
          findNeverSay(said).map((match) => match.id),
          said,
        ).toContain(id);
      }
    },
  );
});
