import type { Complaint } from '../domain/complaint.ts';
import type { Category, Policy, Problem } from '../domain/policy-schema.ts';
import { detectLanguage, type Language } from '../shared/language.ts';
import { normaliseText } from '../shared/normalise-text.ts';
import { caseless } from './rules/caseless-pattern.ts';
import { EVERYDAY_CATEGORY_CUES, NOT_GOODS, SILVER_GRADES } from './rules/category-cues.ts';
import { countOccurrences } from './rules/cue.ts';
import { probedAlike, probedJoin } from './rules/cue-probes.ts';
import { FLAG_CUES } from './rules/flag-cues.ts';
import { goodsFoundNotAsSold } from './rules/goods-not-as-sold.ts';
import { GOODS_NAMED_IN_PASSING, SHOPS_OF_OTHER_GOODS } from './rules/outside-goods.ts';
import { OUTSIDE_POLICY_CUES } from './rules/outside-policy-cues.ts';
import { aboutAnOutsideService, PIERCING } from './rules/outside-services.ts';
import {
  EVERYDAY_PROBLEM_CUES,
  GENERAL_PROBLEMS,
  HARM_TO_WEARER_CUES,
  LENS_SURFACE_CUES,
  NOT_AS_SOLD_FOUND,
  NOT_FAULTS,
  NOT_YET_WORN_CUES,
  PRICE_ASKED_CUES,
  QUALITY_CUES,
  RETURN_WITHOUT_FAULT_CUES,
  ROUTINE_JOBS,
  SHOP_RESPONSE_CUES,
  STAFF_MANNER,
  UNSUITED_CUES,
  WAITING_FOR_THE_SHOP,
  WOUND_WATCH_CUES,
} from './rules/problem-cues.ts';
import { readRequestedAmount } from './rules/read-aim.ts';
import { aboutTheShopsWork, workOnThePerson } from './rules/shop-work.ts';

/**
 * The facts a policy decision needs that staff may not have entered: the customer's language, the
 * category and problem (from the policy's cue words) and a sum the customer asks for. They are read
 * deterministically, before any analyser runs, so an LLM can never change what the policy is asked.
 */
export interface ComplaintFacts {
  language: Language;
  category: string | null;
  problem: string | null;
  /** Whether category and problem were entered by staff or detected from the text. */
  categorySource: 'entered' | 'detected' | 'unknown';
  problemSource: 'entered' | 'detected' | 'unknown';
  /**
   * Whether the problem was said in so many words: entered by staff, or named in the text by the policy's
   * own words for it (掉钻, "lost stone"). A problem inferred from everyday words ("stopped working" read as
   * a flat battery) is a working guess: the apology must not state it to the customer as fact.
   */
  problemNamed: boolean;
  requestedAmount: number | undefined;
}

/** Everyday wording by entry id, and how much one cue of an entry weighs. */
interface Reading {
  everyday?: Readonly<Record<string, readonly string[]>>;
  weightOf?: (id: string) => number;
  /**
   * A catch-all id whose own cue words (其他, other) are what every text says in passing ("the other day",
   * 其他饰品), so only the everyday wording for it counts.
   */
  catchAll?: string;
  /**
   * Whether the everyday wording restates the policy's words in all their forms (tarnish* for "tarnished",
   * discolo* for "discolored"): then a word both lists match is one cue, not two, and the entry counts the
   * policy's words or the everyday ones, whichever names it more often.
   */
  everydayRestatesOwn?: boolean;
  /**
   * Whether what the shop's side claimed is read too: the goods a clerk names ("店员说这条银手镯是正常氧化") are the
   * goods complained of, though the fault they name is their claim.
   */
  readsStaffClaims?: boolean;
}

const CATCH_ALL = 'other';

/** An entry's cue words: its own (the policy's) and all that count for it. */
interface EntryPhrases {
  own: readonly string[];
  everyday: readonly string[];
  all: readonly string[];
}

/** Built once per policy entry and reading, so the cue matcher compiles each list once, not per complaint. */
const phraseLists = new WeakMap<Reading, WeakMap<Category | Problem, EntryPhrases>>();

function phrasesOf(entry: Category | Problem, reading: Reading): EntryPhrases {
  let lists = phraseLists.get(reading);
  if (!lists) {
    lists = new WeakMap();
    phraseLists.set(reading, lists);
  }
  const cached = lists.get(entry);
  if (cached) return cached;
  const own = entry.id === reading.catchAll ? [] : [...entry.cues.zh, ...entry.cues.en];
  const everyday = reading.everyday?.[entry.id] ?? [];
  const phrases = { own, everyday, all: [...own, ...everyday] };
  lists.set(entry, phrases);
  return phrases;
}

/**
 * The entry whose cue words weigh most; ties go to the one listed first in the policy. Everyday wording
 * for an entry's id counts with the policy's own cues; what the staff claimed ("the clerk said it was
 * oxidation") does not count as the customer's account.
 */
function detectEntry<T extends Category | Problem>(
  entries: readonly T[],
  text: string,
  reading: Reading,
): { entry: T; named: boolean } | undefined {
  const weightOf = reading.weightOf ?? (() => 1);
  const options = { skipStaffClaims: reading.readsStaffClaims !== true };
  let best: { entry: T; count: number; own: readonly string[] } | undefined;
  for (const entry of entries) {
    const { own, everyday, all } = phrasesOf(entry, reading);
    const occurrences = reading.everydayRestatesOwn
      ? Math.max(countOccurrences(own, text, options), countOccurrences(everyday, text, options))
      : countOccurrences(all, text, options);
    const count = occurrences * weightOf(entry.id);
    if (count > 0 && (!best || count > best.count)) best = { entry, count, own };
  }
  if (!best) return undefined;
  return { entry: best.entry, named: countOccurrences(best.own, text, options) > 0 };
}

/**
 * Categories that the words of the trade fall in whatever was bought: a jeweller, a 金店, "jewelry" name the
 * shop as often as the piece. A narrower category (a watch, glasses, silver, goods the policy does not cover)
 * weighs double against them, so "the jeweller said the watch's movement was shot" is about a watch and a
 * 纯银 necklace is silver.
 */
const BROAD_CATEGORIES: ReadonlySet<string> = new Set(['jewellery']);

/**
 * Categories named by what a piece is made of: a piece word (necklace, 项链, ring) says what kind of piece, the
 * metal says which category, so a 925银项链 is silver however often 项链 is said. A plating beats the metal it
 * is plated with: "silver plated" and 镀金 are alloy pieces.
 */
const MATERIAL_WEIGHT: Readonly<Record<string, number>> = { silver: 5, alloy: 6 };

/** Categories, with the goods and services the policy does not cover read as its catch-all. */
const CATEGORY_READING: Reading = {
  everyday: { ...EVERYDAY_CATEGORY_CUES, [CATCH_ALL]: OUTSIDE_POLICY_CUES },
  catchAll: CATCH_ALL,
  weightOf: (id) => (BROAD_CATEGORIES.has(id) ? 1 : (MATERIAL_WEIGHT[id] ?? 2)),
  readsStaffClaims: true,
};

/**
 * Problems read from everyday words, a specific problem weighing double against a general one. A lost
 * stone decides the problem whenever it is said: it has a remedy of its own (re-setting), and a text that
 * dwells on the bent band or the shop's answer must not hide it. The catch-all's own words (其他, other) are said
 * in passing ("the other day", 其他诉讼请求), so, as for categories, they name no problem.
 */
const PROBLEM_READING: Reading = {
  everyday: EVERYDAY_PROBLEM_CUES,
  catchAll: CATCH_ALL,
  everydayRestatesOwn: true,
  weightOf: (id) => (id === 'lost-stone' ? 100 : GENERAL_PROBLEMS.has(id) ? 1 : 2),
};

/**
 * Problems in a text about a piece left with the shop for work (see shop-work.ts): the fault it went in for is
 * named as the reason for the visit, so a word about the shop's work (the wait, the lost piece, the bill) weighs
 * more than one about the fault. A lost stone still decides.
 */
const SERVICE_AT_WORK = 3;
const PROBLEM_READING_AT_WORK: Reading = {
  everyday: EVERYDAY_PROBLEM_CUES,
  catchAll: CATCH_ALL,
  everydayRestatesOwn: true,
  weightOf: (id) => (id === 'lost-stone' ? 100 : id === 'service' ? SERVICE_AT_WORK : GENERAL_PROBLEMS.has(id) ? 1 : 2),
};

/**
 * The problem a text names only in general words, when it names no fault of its own: `service` when the shop's
 * answer or dealing is all it complains of (see SHOP_RESPONSE_CUES), else `defect` when it speaks of the goods'
 * quality or material (see QUALITY_CUES) or of the harm they did the wearer (see HARM_TO_WEARER_CUES), else the
 * catch-all for a fight; each only if the policy has it.
 */
const FALLBACKS: readonly (readonly [string, readonly string[]])[] = [
  // A piece taken back because it does not suit or fit (see UNSUITED_CUES) is a return with no fault, whatever the
  // shop answered: the refusal is how the return ended, not what the customer complains of.
  ['other', UNSUITED_CUES],
  ['service', SHOP_RESPONSE_CUES],
  ['defect', QUALITY_CUES],
  ['defect', HARM_TO_WEARER_CUES],
  // A fight or blows at the counter (the violence flag's words) is a problem none of the policy's ids fits: the
  // catch-all, as the labelling guide files it.
  ['other', FLAG_CUES.violence.map((cue) => cue.text)],
  // Goods taken back with no fault named (see RETURN_WITHOUT_FAULT_CUES) is likewise a problem none of the ids fits.
  ['other', RETURN_WITHOUT_FAULT_CUES],
];

/** The id, when the policy lists an entry with it. */
function entryId(entries: readonly (Category | Problem)[], id: string): string | undefined {
  return entries.some((entry) => entry.id === id) ? id : undefined;
}

/**
 * A piece left with the shop for work (see shop-work.ts) is a complaint about that work when the text names nothing
 * else: the work itself is what the customer paid for and came back about, as a refusal is the shop's answer.
 */
function generalProblem(policy: Policy, text: string, atWork: boolean): string | undefined {
  for (const [id, phrases] of FALLBACKS) {
    const entry = policy.problems.find((problem) => problem.id === id);
    if (entry && ((atWork && id === 'service') || countOccurrences(phrases, text, { skipStaffClaims: true }) > 0)) {
      return entry.id;
    }
  }
  return undefined;
}

/** What a routine job's complaint is about when it is said: the price asked, the wait, the manner (see ROUTINE_JOBS). */
const ROUTINE_JOB_DEALING: readonly string[] = [...PRICE_ASKED_CUES, ...WAITING_FOR_THE_SHOP, ...STAFF_MANNER];

/** Whether the text tells of a surface marked or a coating wearing (see LENS_SURFACE_CUES). */
function lensSurfaceMarked(text: string): boolean {
  return countOccurrences(LENS_SURFACE_CUES, text, { skipStaffClaims: true }) > 0;
}

/**
 * The texts joined and folded for matching, with the words a pattern marks as used for something else blanked
 * out (see NOT_GOODS, NOT_FAULTS); every position is kept, so evidence still quotes the original. The joined
 * text is probed from its parts, which the readers probe anyway, and so is the folded one when nothing was
 * blanked (see probedJoin, probedAlike).
 */
function blanked(parts: readonly string[], pattern: RegExp): string {
  const text = probedJoin(parts);
  const folded = normaliseText(text);
  const result = caseless(pattern).blank(folded);
  if (result === folded) probedAlike(result, text);
  return result;
}

/**
 * The category of the goods a text names: the policy's categories by their words, else the catch-all when it names
 * only goods the policy never covers in words that a piece's complaint says in passing, or a shop of such goods by
 * its kind (see outside-goods.ts).
 */
function goodsCategory(policy: Policy, parts: readonly string[], product: string | undefined): string | undefined {
  const text = blanked([product ?? '', ...parts], NOT_GOODS);
  const detected = detectEntry(policy.categories, text, CATEGORY_READING)?.entry.id;
  // The trade's words outnumber the metal's however the piece is named: a silver grade decides against them alone.
  if (detected && BROAD_CATEGORIES.has(detected) && countOccurrences(SILVER_GRADES, text) > 0)
    return entryId(policy.categories, 'silver') ?? detected;
  return (
    detected ??
    (countOccurrences(GOODS_NAMED_IN_PASSING, text, { skipStaffClaims: true }) > 0 || SHOPS_OF_OTHER_GOODS.test(text)
      ? entryId(policy.categories, CATCH_ALL)
      : undefined)
  );
}

/** Reads the facts of a complaint against the store's policy. */
export function readFacts(complaint: Complaint, policy: Policy): ComplaintFacts {
  const spoken = [complaint.customerWords, complaint.customerAsk].filter(Boolean).join('\n');
  const language = complaint.language ?? detectLanguage(spoken || complaint.narrative);
  const parts = [complaint.product, complaint.narrative, complaint.customerWords, complaint.customerAsk].filter(
    (text): text is string => Boolean(text),
  );
  const all = parts.join('\n');
  // A service outside the policy decides the category before any goods word is counted (see outside-services.ts).
  const category =
    complaint.category ??
    (aboutAnOutsideService(all) ? entryId(policy.categories, CATCH_ALL) : undefined) ??
    goodsCategory(policy, parts, complaint.product);
  const atWork = !complaint.problem && aboutTheShopsWork(all);
  const detected = complaint.problem
    ? undefined
    : detectEntry(policy.problems, blanked(parts, NOT_FAULTS), atWork ? PROBLEM_READING_AT_WORK : PROBLEM_READING);
  const problem =
    complaint.problem ??
    (category === CATCH_ALL && workOnThePerson(all) ? entryId(policy.problems, 'service') : undefined) ??
    // A watch that stops before it was ever worn came with a fresh battery: the stopping is the watch's fault.
    // So does a watch wound by hand or wrist, which has no battery (see WOUND_WATCH_CUES).
    (detected?.entry.id === 'watch-battery' &&
    countOccurrences([...NOT_YET_WORN_CUES, ...WOUND_WATCH_CUES], all, { skipStaffClaims: true }) > 0
      ? entryId(policy.problems, 'watch-fault')
      : undefined) ??
    // A routine job's price, the wait for it or the manner it was done with is the complaint (see ROUTINE_JOBS): the
    // battery is why the customer came.
    (detected &&
    ROUTINE_JOBS.has(detected.entry.id) &&
    countOccurrences(ROUTINE_JOB_DEALING, all, { skipStaffClaims: true }) > 0
      ? entryId(policy.problems, 'service')
      : undefined) ??
    // A piece that tarnished and was found not to be what it was sold as: the colour is how the fake showed.
    (detected?.entry.id === 'tarnish' && countOccurrences(NOT_AS_SOLD_FOUND, all, { skipStaffClaims: true }) > 0
      ? entryId(policy.problems, 'defect')
      : undefined) ??
    // On glasses a finish wearing is the lens's coating (see LENS_SURFACE_CUES).
    (category === 'glasses' && detected?.entry.id === 'plating-wear' && lensSurfaceMarked(all)
      ? entryId(policy.problems, 'lens-broken')
      : undefined) ??
    // Goods found not to be what they were sold as are what the complaint is about, however much it says of the staff's
    // manner, the refusal or the wait (see goods-not-as-sold.ts).
    ((detected === undefined || detected.entry.id === 'service') && goodsFoundNotAsSold(all)
      ? entryId(policy.problems, 'defect')
      : undefined) ??
    detected?.entry.id ??
    // A piercing sells a stud with the work: a fault named of the stud is the goods', else the complaint is the work.
    (category === CATCH_ALL && PIERCING.test(normaliseText(all)) ? entryId(policy.problems, 'service') : undefined) ??
    generalProblem(policy, all, atWork) ??
    // Glasses whose surface is marked, when nothing else is named, have a damaged lens (see LENS_SURFACE_CUES).
    (category === 'glasses' && lensSurfaceMarked(all) ? entryId(policy.problems, 'lens-broken') : undefined);
  return {
    language,
    category: category ?? null,
    problem: problem ?? null,
    categorySource: complaint.category ? 'entered' : category ? 'detected' : 'unknown',
    problemSource: complaint.problem ? 'entered' : problem ? 'detected' : 'unknown',
    problemNamed: complaint.problem !== undefined || (detected?.named ?? false),
    requestedAmount: readRequestedAmount(complaint),
  };
}
