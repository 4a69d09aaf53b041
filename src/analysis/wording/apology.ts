import type { FlagKind, TemperamentRead } from '../../domain/analysis.ts';
import type { Apology } from '../../domain/suggestion.ts';
import type { Language, Localized } from '../../shared/language.ts';
import { hasCrisis, isAngry, needsQuietPlace } from './flag-groups.ts';
import { midSentence } from './mid-sentence.ts';
import { passesPhraseGuard } from './phrase-guard.ts';

/** What the apology may draw on; product and problem are mentioned only when they read naturally. */
export interface ApologyInput {
  language: Language;
  temperament: TemperamentRead;
  flags: readonly FlagKind[];
  /** The policy's name for the problem, e.g. { zh: '掉钻', en: 'Lost stone' }. */
  problem?: Localized | undefined;
  /** The item as staff wrote it, e.g. "silver bangle" or "银手镯". */
  product?: string | undefined;
  /**
   * Whether it is said face to face (the default): on the phone, in a reply to a post or to a body passing
   * the complaint on, there is no seat to offer and no manager to call over.
   */
  inPerson?: boolean | undefined;
}

/** The schema's limit for apology text. */
const MAX_LENGTH = 600;
/** Longer names read like a catalogue entry, not speech; the apology then speaks of "this" in general. */
const MAX_DETAIL_LENGTH = 60;
const HAN = /\p{Script=Han}/u;

interface Details {
  product: string | undefined;
  problem: string | undefined;
}

interface Mood {
  /** Heated or crisis: no exclamation marks, and an invitation to somewhere quieter. */
  calm: boolean;
  crisis: boolean;
  special: boolean;
  /** Stubborn or argumentative: they need to hear that their point has landed. */
  heard: boolean;
  nagging: boolean;
  inPerson: boolean;
}

/**
 * Apology wording for staff to say, in the customer's language (seed 000/001): sincere and early, owning
 * the customer's experience without admitting legal fault (巧妙道歉), shaped by the temperament —
 * forceful brief and straight to options, analytical precise and promising facts, lively warm and
 * personal, peaceable gentle and taking the matter in hand. Heated or crisis flags make it calmer and
 * invite the customer somewhere quieter.
 */
export function buildApology(input: ApologyInput): Apology {
  const mood: Mood = {
    calm: needsQuietPlace(input.flags),
    crisis: hasCrisis(input.flags),
    special: input.flags.includes('special-customer'),
    heard: input.flags.includes('stubborn') || input.flags.includes('argumentative'),
    nagging: input.flags.includes('nagging'),
    inPerson: input.inPerson ?? true,
  };
  // An angry customer hears short, direct words whatever their type: the forceful voice is exactly that.
  const voice = isAngry(input.flags) ? 'forceful' : input.temperament;
  const detailed = compose(input.language, voice, mood, detailsFor(input));
  const text =
    detailed.length <= MAX_LENGTH && passesPhraseGuard(detailed)
      ? detailed
      : compose(input.language, voice, mood, { product: undefined, problem: undefined });
  return { language: input.language, text };
}

/** Picks the product and problem wording that fits the customer's language, or leaves it out. */
function detailsFor(input: ApologyInput): Details {
  // An English apology must not drop Chinese characters on the customer.
  const fits = (value: string | undefined): string | undefined =>
    value !== undefined && input.language === 'en' && HAN.test(value) ? undefined : value;
  const problem = fits(cleanDetail(input.problem?.[input.language]));
  const product = fits(cleanDetail(input.product));
  return {
    product: product !== undefined && input.language === 'en' ? midSentence(product) : product,
    problem:
      problem !== undefined && isSpeakable(problem, input.language)
        ? input.language === 'en'
          ? midSentence(problem)
          : problem
        : undefined,
  };
}

/** Generic problem names ("Other", "Service", 其他问题) say nothing the customer does not know. */
const GENERIC_ZH = /其他|其它|服务/u;
const GENERIC_EN = new Set(['other', 'others', 'service', 'general', 'unknown', 'misc', 'miscellaneous', 'broken']);

/**
 * Whether a problem name reads as a noun after "the … with your …". Policy names are labels, not
 * speech: "Lost stone" and "Water damage" fit, "Came unsoldered" and "Broken" do not, so those are left
 * out rather than said clumsily.
 */
function isSpeakable(problem: string, language: Language): boolean {
  if (language === 'zh') return !GENERIC_ZH.test(problem);
  const last = problem.toLowerCase().split(' ').at(-1) ?? '';
  return !GENERIC_EN.has(last) && !last.endsWith('ed');
}

/** Tidies a name for speech: no bracketed asides, no stray punctuation, and short enough to say. */
function cleanDetail(value: string | undefined): string | undefined {
  const cleaned = value
    ?.replace(/\s*[（(][^）)]*[）)]/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .trim();
  return cleaned && cleaned.length <= MAX_DETAIL_LENGTH ? cleaned : undefined;
}

function compose(language: Language, temperament: TemperamentRead, mood: Mood, details: Details): string {
  return language === 'zh' ? composeZh(temperament, mood, details) : composeEn(temperament, mood, details);
}

function composeZh(temperament: TemperamentRead, mood: Mood, { product, problem }: Details): string {
  const trouble =
    product && problem
      ? `您的${product}出现${problem}的情况`
      : product
        ? `您的${product}出了问题`
        : problem
          ? `出现${problem}的情况`
          : '这次的事';
  const bang = mood.calm ? '。' : '！';
  const extras = mood.inPerson
    ? [
        mood.special
          ? '您先请坐，喝口水，我们慢慢说。'
          : mood.calm
            ? '这边人多，我们到里面坐下来慢慢谈，好吗？'
            : undefined,
        mood.crisis ? '我这就请店长过来，一起把这件事处理好。' : undefined,
      ]
    : [
        mood.special ? '您的身体最要紧，有什么需要请随时告诉我们。' : undefined,
        mood.crisis ? '这件事我们店长会亲自跟进。' : undefined,
      ];
  const feeling = mood.heard ? '您的意见很重要，我都记下了。' : mood.nagging ? '谢谢您把情况讲得这么详细。' : undefined;
  switch (temperament) {
    case 'forceful':
      return join([
        `真是太对不起您了${bang}${trouble}，耽误您的时间了。`,
        ...extras,
        '我会妥善为您解决，处理办法我直接跟您说，您来定。',
      ]);
    case 'analytical':
      return join([
        `非常抱歉，${trouble}，给您添麻烦了。`,
        ...extras,
        feeling,
        '您说的情况我都如实记下来了，我会先把原因查清楚，再把事实和处理依据一条条跟您说明。',
        '真是太对不起您了，我会妥善为您解决。',
      ]);
    case 'lively':
      return join([
        `真是太对不起您了${bang}${trouble}，换作是我也会很失望。`,
        ...extras,
        feeling,
        `${product ? '这款您挑得很有眼光' : '您挑东西这么有眼光'}，我一定让您重新用得开开心心的。`,
        `谢谢您直接告诉我们，我会妥善为您解决${bang}`,
      ]);
    case 'peaceable':
      return join([
        `真是太对不起您了，${trouble}，让您受委屈了。`,
        ...extras,
        feeling,
        '您别着急，慢慢说，这件事交给我，我会妥善为您解决，每一步都会跟您说清楚。',
      ]);
    case 'unknown':
      return join([
        `非常抱歉，${trouble}，给您添麻烦了。`,
        ...extras,
        feeling,
        '我会认真处理，怎么解决、什么时候办好，都会跟您说清楚。',
      ]);
  }
}

function composeEn(temperament: TemperamentRead, mood: Mood, { product, problem }: Details): string {
  const trouble =
    product && problem
      ? `the ${problem} with your ${product}`
      : product
        ? `the trouble with your ${product}`
        : problem
          ? `the ${problem}`
          : 'what has happened';
  const bang = mood.calm ? '.' : '!';
  const extras = mood.inPerson
    ? [
        mood.special
          ? "Please, have a seat and a glass of water first — there's no rush."
          : mood.calm
            ? "It's a bit busy out here — shall we sit down somewhere quieter and go through it properly?"
            : undefined,
        mood.crisis ? "I'll ask my manager to join us so it is handled properly." : undefined,
      ]
    : [
        mood.special ? 'Your wellbeing comes first; please tell us whatever you need.' : undefined,
        mood.crisis ? 'My manager will follow this up personally.' : undefined,
      ];
  const feeling = mood.heard
    ? 'What you have said matters, and I have noted all of it.'
    : mood.nagging
      ? 'Thank you for telling me all of this so carefully.'
      : undefined;
  switch (temperament) {
    case 'forceful':
      return join(
        [
          `I'm truly sorry about ${trouble}, and for taking up your time.`,
          ...extras,
          'I will make this right for you — let me give you your options straight away so you can decide.',
        ],
        ' ',
      );
    case 'analytical':
      return join(
        [
          `I'm very sorry about ${trouble} and the inconvenience it has caused you.`,
          ...extras,
          feeling,
          "I have noted exactly what you told me. I'll check the cause properly, then take you through the facts and what we can do, point by point.",
          'I will make this right for you.',
        ],
        ' ',
      );
    case 'lively':
      return join(
        [
          `I'm so sorry about ${trouble}${bang}`,
          ...extras,
          feeling,
          'You chose it with a really good eye, so I completely understand how disappointing this is.',
          `Thank you for telling us straight away — I'll make this right for you, so you can enjoy it again${bang}`,
        ],
        ' ',
      );
    case 'peaceable':
      return join(
        [
          `I'm so sorry about ${trouble} — that must have been upsetting.`,
          ...extras,
          feeling,
          "Please don't worry and take your time; leave this with me. I will make this right for you and keep you posted at every step.",
        ],
        ' ',
      );
    case 'unknown':
      return join(
        [
          `I'm very sorry about ${trouble}, and thank you for bringing it to us.`,
          ...extras,
          feeling,
          "I will deal with it properly, and I'll tell you clearly what we will do and when.",
        ],
        ' ',
      );
  }
}

function join(sentences: readonly (string | undefined)[], separator = ''): string {
  return sentences.filter((sentence): sentence is string => sentence !== undefined).join(separator);
}
