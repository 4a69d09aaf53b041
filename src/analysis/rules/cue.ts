import type { Evidence } from '../../domain/analysis.ts';
import type { ComplaintTextSource } from '../../domain/complaint.ts';
import { candidatesIn, type ProbedText, probedText, probeId, registerList } from './cue-probes.ts';
import { isDeniedStep } from './denied-step.ts';

/**
 * A word or phrase that points at a reading. English cues match whole words, case-insensitively; a
 * `*` after a word matches any ending ("compar*" → compare, compared, comparison; "yell* at" → yelled at). Chinese cues match
 * anywhere, since Chinese has no spaces between words.
 */
export interface Cue {
  text: string;
  weight: number;
}

/** Builds cues of one weight from a list of phrases. */
export function cues(weight: number, ...phrases: string[]): Cue[] {
  return phrases.map((text) => ({ text, weight }));
}

/** A cue found in a complaint text, with the clause that contains it as evidence. */
export interface CueHit {
  cue: Cue;
  evidence: Evidence;
}

interface CompiledPattern {
  /** The cue as a regular expression source, flags aside (see patternOf, anchoredOf). */
  source: string;
  /** The pattern that searches along a text, built on first use (see patternOf). */
  pattern: RegExp | undefined;
  han: boolean;
  /**
   * The id of a lower-case literal every match contains (see cue-probes.ts): a text without it is skipped
   * without running the regex.
   */
  probe: number;
  /**
   * The id of the longest of the cue's other words, which every match contains too ("i demand": a text
   * with "i" but no "demand" needs no regex). Checked only on texts that fold no letter oddly (see
   * ProbedText).
   */
  alsoProbe: number | undefined;
  /**
   * The lower-case words every match starts with, when there are such (the first word, without a `*`
   * inside it): the search starts where they first occur, not at the start of a long text.
   */
  lead: string | undefined;
  /**
   * The lower-case start of the word after the lead, when the lead is a whole word followed by spaces and
   * that plain word ("i know your boss": "know"): a place where it does not follow is not tried.
   */
  then: string | undefined;
  /**
   * The pattern that matches only where it is set to start (sticky), to try each place the lead occurs; built on
   * first use (see anchoredOf).
   */
  anchored: RegExp | undefined;
}

/*
 * A cue's regular expressions are built the first time a text holds its probes, not when its list is first read:
 * a complaint is a candidate for a few dozen of some six thousand cues, and building one (its Latin-letter edges
 * are Unicode property classes) costs a quarter of a millisecond, so building them all with their lists held the
 * first complaint after a start for seconds.
 */
function patternOf(entry: CompiledPattern): RegExp {
  entry.pattern ??= new RegExp(entry.source, 'giu');
  return entry.pattern;
}

function anchoredOf(entry: CompiledPattern): RegExp {
  entry.anchored ??= new RegExp(entry.source, 'iuy');
  return entry.anchored;
}

/** A cue list's patterns, and its id among the lists whose candidates cue-probes.ts finds in one go. */
interface CompiledList {
  patterns: readonly CompiledPattern[];
  id: number;
}

const HAN = /\p{Script=Han}/u;
const SENTENCE_END = /[。！？!?；;\n]/u;
const QUOTE_LIMIT = 90;
// A negator right before the cue, allowing up to two degree or intent words between ("没有大吼", "不太满意", "不打算找记者").
// A near miss is no event either: 差点受伤, 险些摔坏 (nearly hurt, almost broken). Cantonese denies with 唔, 冇
// and 唔系 (from 唔係); 唔该 (please) is no denial, and the degree words never include 该, so it stays a cue's.
const ZH_NEGATION =
  /(没有|没|不|未|别|无|并非|不是|从不|从没|唔系|唔|冇)(?:大|很|太|再|乱|怎么|随便|说要|提|去|找|打算|想){0,2}$|(差点|差一点|险些)(就|被)?$/u;
// An English negator reaches two words on within its sentence: in "a no refund policy. Can I sue?" the suing is asked.
const EN_NEGATION =
  /\b(not|no|never|didn't|did not|don't|doesn't|wasn't|isn't|weren't|haven't|hasn't|won't|wouldn't|without|hardly)\s+([^\s.!?;]+\s+){0,2}$/iu;
const compiled = new Map<string, CompiledPattern>();
const CLAUSE_START = /[，,。！？!?；;：:\n"「」『』]/u;
/**
 * The people of the other trades a complaint meets, the shop's side as much as a clerk is: who sews, photographs,
 * cuts hair, mends shoes, tattoos, cleans, serves or sells. Singular and plural, in both scripts' words.
 */
const OTHER_TRADES = String.raw`(?:seamstress(?:es)?|tailors?|dressmakers?|photographers?|barbers?|stylists?|hairdressers?|cobblers?|shoemakers?|tattoo(?:ist|ists|\s+artists?)|piercers?|dry\s+cleaners?|cleaners?|repair(?:man|men)|mechanics?|waiters?|waitress(?:es)?|servers?|sellers?|vendors?|dealers?|designers?|florists?|bakers?|contractors?|installers?|agents?|guards?)`;
const OTHER_TRADES_ZH =
  '裁缝|裁縫|理发师|理髮師|发型师|髮型師|造型师|造型師|设计师|設計師|纹身师|紋身師|服务员|服務員|卖家|賣家|摊主|攤主|商贩|商販|老板娘|老闆娘|店小二|技术员|技術員';
/**
 * Sentence adverbs a clause may open with before its subject ("Apparently now the photographer…", "only to find the
 * tailor had…"): they leave the subject the clause's own.
 */
const SENTENCE_ADVERBS = String.raw`(?:(?:\p{L}+ly|now|then|later|soon|still|yet|only\s+to\s+(?:discover|find|learn|see)|it\s+turned\s+out|turns\s+out)\s+(?:that\s+)?)*`;

/**
 * Whoever served the customer, named by where they stood rather than by their job: "the girl at the counter", "the
 * lady behind the desk", "the guy working there", 柜台的小姐.
 */
const COUNTER_PERSON = String.raw`(?:young\s+)?(?:girl|lady|woman|guy|man|boy|gentleman|person|dude|kid|gal|chap|fellow)\s+(?:(?:at|behind|on)\s+the\s+(?:counter|desk|register|till|front\s+desk|cash\s+desk)|working\s+(?:there|the\s+(?:counter|desk|register|till))|who\s+(?:served|helped|was\s+serving|was\s+helping|works?\s+there|worked\s+there))`;
const COUNTER_PERSON_ZH =
  '柜台(?:的)?(?:小姐姐|小姐|小妹|姑娘|女孩|小伙子|小伙|阿姨|大姐|大叔|男的|女的)|櫃[台檯](?:的)?(?:小姐姐|小姐|小妹|姑娘|女孩|小伙子|小伙|阿姨|大姐|大叔|男的|女的)';

/**
 * A clause whose subject is the shop's side: the clerk, the manager, the store. What such a clause says
 * is staff behaviour ("the manager yelled at my wife", "店员坚持售价合理"), not the customer's.
 */
const STAFF_SUBJECT = new RegExp(
  String.raw`^\s*(?:(?:but|and|then|so|when|while|after|until)\s+)?${SENTENCE_ADVERBS}(?:(?:the|a|an|one|our|their|this|that)\s+)?(?:(?:member|members)\s+of\s+)?(?:(?:store|shop|sales|floor|service|assistant|general|store's|business)\s+)?(?:staff|staffer|clerk|clerks|manager|managers|salesman|saleswoman|salesperson|salespeople|sales assistant|sales rep|assistant|employee|employees|worker|workers|cashier|associate|technician|jeweler|jeweller|owner|receptionist|optician|optometrist|repairer|store|shop|company|${OTHER_TRADES}|${COUNTER_PERSON})\b` +
    String.raw`|^\s*(?:但|而|可|结果|随后|之后|于是|对方|该)?(?:店员|店方|商家|职员|工作人员|导购|柜姐|柜员|销售|售货员|营业员|收银员|店主|店铺|售后|保安|店长|经理|老板|客服|师傅|技师|摄影师|店家|门店|专柜|品牌方|珠宝店|金店|眼镜店|主任|负责人|主管|员工|${OTHER_TRADES_ZH}|${COUNTER_PERSON_ZH})`,
  'iu',
);

/**
 * The patterns of a cue list, compiled on its first use. Cue lists are constants, so each is looked up once
 * per text rather than each of its cues.
 */
const compiledLists = new WeakMap<readonly (Cue | string)[], CompiledList>();

/**
 * The same lists by their cues' words: a list built afresh with the same words (a policy read again) shares
 * the compiled one, so the lists registered with cue-probes.ts grow with the words, not with the calls.
 */
const compiledByWords = new Map<string, CompiledList>();

function compileList(list: readonly (Cue | string)[]): CompiledList {
  const cached = compiledLists.get(list);
  if (cached) return cached;
  const texts = list.map((item) => (typeof item === 'string' ? item : item.text));
  const words = texts.join('\u0000');
  const same = compiledByWords.get(words);
  if (same) {
    compiledLists.set(list, same);
    return same;
  }
  const patterns = texts.map(compile);
  const id = registerList(
    Int32Array.from(patterns, (entry) => entry.probe),
    Int32Array.from(patterns, (entry) => entry.alsoProbe ?? -1),
  );
  const compiledList = { patterns, id };
  compiledLists.set(list, compiledList);
  compiledByWords.set(words, compiledList);
  return compiledList;
}

/** A word matched as it is written, but for case: Chinese characters, Latin letters and digits, ' and -. */
const PLAIN_WORD = /^[\p{Script=Han}a-z0-9'-]+$/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(text: string): CompiledPattern {
  const cached = compiled.get(text);
  if (cached) return cached;
  const han = HAN.test(text);
  const prefix = text.endsWith('*');
  const parts = (prefix ? text.slice(0, -1) : text).split('…').map((part) => part.trim());
  // An English gap never spans a denial: "the stone did not fall out" names no stone falling out.
  const gap = han
    ? '[^。！？!?；;\\n]{0,8}?'
    : String.raw`(?:\s+(?!(?:not|never|no|without)\b|\S*n['’]t\b)\S+){0,4}?\s+`;
  // Word edges are Latin letters and digits only, so "12315" and "VIP" still match inside Chinese text.
  const edge = '[\\p{Script=Latin}\\p{N}]';
  // A `*` after a word inside a phrase takes any ending too: "threaten* to hit" → threatened to hit.
  const body = parts
    .map((part) =>
      escapeRegExp(part)
        .replace(/(?<=\p{L})\\\*(?= |$)/gu, `${edge}*`)
        .replace(/ /g, '\\s+'),
    )
    .join(gap);
  const source = han ? body : `(?<!${edge})${body}${prefix ? `${edge}*` : `(?!${edge})`}`;
  const [first = '', ...others] = parts.flatMap((part) => part.split(' '));
  const probe = probeId(first.replaceAll('*', '').toLowerCase());
  const [longest] = others
    .map((word) => word.toLowerCase().replace(/(?<=\p{L})\*$/u, ''))
    .filter((word) => PLAIN_WORD.test(word))
    .sort((a, b) => b.length - a.length);
  const alsoProbe = longest === undefined ? undefined : probeId(longest);
  const lead = /^[^*]+\*?$/u.test(first) ? first.replace(/\*$/u, '').toLowerCase() : undefined;
  const [, second] = (parts[0] ?? '').split(' ');
  const next = second?.toLowerCase().replace(/(?<=\p{L})\*$/u, '');
  const then =
    lead !== undefined && !first.includes('*') && next !== undefined && PLAIN_WORD.test(next) ? next : undefined;
  const entry: CompiledPattern = {
    then,
    source,
    pattern: undefined,
    anchored: undefined,
    han,
    probe,
    alsoProbe,
    lead,
  };
  compiled.set(text, entry);
  return entry;
}

/**
 * Words that swallow the first character of a Chinese cue: in 并非要求 there is no 非要 (insisting), in 除非 no
 * 非 at all. A cue starting inside one of them was never said.
 */
const SWALLOWED = /^(?:并非|绝非|是非|除非|莫非|无非|岂非)$/u;

/** Two negators that affirm: 不得不报警, 不能不 (had to, could not but) are the step taken, not denied. */
const DOUBLE_NEGATION = /(?:不得不|不能不|不可不|不会不|没法不)$/u;

/** True when the words just before a match deny it ("没有骂人", "didn't shout"), or swallow its start. */
function isNegated(text: string, index: number, han: boolean): boolean {
  if (han && index > 0 && SWALLOWED.test(text.slice(index - 1, index + 1))) return true;
  const before = text.slice(Math.max(0, index - 24), index);
  if (han && DOUBLE_NEGATION.test(before)) return false;
  return han ? ZH_NEGATION.test(before.slice(-6)) : EN_NEGATION.test(before);
}

/** Words an English full stop follows without ending the sentence: "Mr. Lee", "e.g. a ring". */
const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|dr|st|jr|sr|no|vs|etc|e\.g|i\.e|approx|inc|ltd|co)$/iu;

/** Whether a UTF-16 code unit ends a sentence (SENTENCE_END), worked out once a unit: 1 yes, 2 no. */
const ENDS_SENTENCE = new Uint8Array(0x10000);

/** Whether the code unit at `at` matches SENTENCE_END (false past the end). */
function isSentenceEnd(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (Number.isNaN(unit)) return false;
  if (ENDS_SENTENCE[unit] === 0) ENDS_SENTENCE[unit] = SENTENCE_END.test(text.charAt(at)) ? 1 : 2;
  return ENDS_SENTENCE[unit] === 1;
}

/**
 * Whether the character at `at` ends a sentence: Chinese and other hard stops always; an English full
 * stop when a space or the end follows it and it closes no abbreviation or initial ("Mr.", "J."), so
 * "It broke after two days. Refund me now" is two sentences while "$4.50" and "Mr. Lee" stay whole.
 */
function endsSentence(text: string, at: number): boolean {
  const char = text.charAt(at);
  if (isSentenceEnd(text, at)) return true;
  if (char !== '.') return false;
  const next = text.charAt(at + 1);
  if (next !== '' && !/\s/u.test(next)) return false;
  const before = text.slice(Math.max(0, at - 8), at);
  return !ABBREVIATION.test(before) && !/(?:^|\s)\p{Lu}$/u.test(before);
}

/** The sentence around a match, shortened to a window when long; always a substring of the text. */
export function quoteAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !endsSentence(text, to)) to++;
  if (to < text.length && /[。!?！？.]/u.test(text.charAt(to))) to++;
  if (to - from > QUOTE_LIMIT) {
    const room = Math.max(0, Math.floor((QUOTE_LIMIT - (end - start)) / 2));
    // A long sentence is cut to the clause around the match where one fits, else on word boundaries.
    from =
      clauseStart(text, Math.max(from, start - room), start) ?? wordStart(text, Math.max(from, start - room), start);
    to = clauseEnd(text, end, Math.min(to, end + room)) ?? wordEnd(text, Math.min(to, end + room), end);
  }
  return text.slice(from, to).trim() || text.slice(start, end);
}

/** A letter or digit of a script that spaces its words: a window must not cut one of its words in two. */
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}'’-]/u;

const CLAUSE_MARK = /[，,；;：:—]/u;

/** Just after the last clause mark between a window's start and the match, if there is one. */
function clauseStart(text: string, from: number, start: number): number | undefined {
  for (let at = start - 1; at >= from; at--) {
    if (CLAUSE_MARK.test(text.charAt(at))) {
      let next = at + 1;
      while (next < start && /\s/u.test(text.charAt(next))) next++;
      return next;
    }
  }
  return undefined;
}

/** The first clause mark between the match and a window's end, if there is one. */
function clauseEnd(text: string, end: number, to: number): number | undefined {
  for (let at = end; at < to; at++) if (CLAUSE_MARK.test(text.charAt(at))) return at;
  return undefined;
}

/** Moves a window's start forward to the next word's first letter, never past the match. */
function wordStart(text: string, from: number, start: number): number {
  let at = from;
  while (at < start && WORD_CHAR.test(text.charAt(at - 1)) && WORD_CHAR.test(text.charAt(at))) at++;
  while (at < start && /\s/u.test(text.charAt(at))) at++;
  return at;
}

/**
 * Words that lead into what follows them: a window cut just after one ("…for the piercing and the") reads as
 * broken off mid-phrase, so the cut moves back before it.
 */
const LEADING_WORD =
  /(?:^|\s)(?:a|an|the|and|or|but|of|for|to|in|on|at|by|with|from|that|which|who|my|her|his|their|our|your|its|as|so|if|than)$/iu;

/**
 * Moves a window's end back to the end of the last whole word, and before any word that only leads into the
 * next, never before the match.
 */
function wordEnd(text: string, to: number, end: number): number {
  let at = to;
  while (at > end && WORD_CHAR.test(text.charAt(at - 1)) && WORD_CHAR.test(text.charAt(at))) at--;
  for (;;) {
    while (at > end && /\s/u.test(text.charAt(at - 1))) at--;
    const lead = LEADING_WORD.exec(text.slice(Math.max(end, at - 8), at));
    if (!lead || at - lead[0].trimStart().length < end) return at;
    at -= lead[0].trimStart().length;
  }
}

/** The customer named again after the staff subject: "店员每解释一句他都要纠正" is the customer correcting. */
const CUSTOMER_AGAIN = /他|她|顾客|客人|消费者|女士|先生|小姐|\b(?:she|he|i|customer|client)\b/iu;

/**
 * Words after which a clause of its own begins, with its own subject: what someone found, saw or learnt ("only to
 * discover the seamstress had cut…", 发现裁缝…).
 */
const FOUND_THAT =
  /\b(?:only\s+to\s+(?:discover|find|learn|see)|found|discovered|realised|realized|noticed|learned|learnt)\s+(?:that\s+)?|发现|發現|才知道|得知/giu;

/** The shop's side found as an object, not a subject: "I found the clerk and yelled", "saw the manager to complain". */
const OBJECT_AFTER = /^\s*(?:and|or|but|to|for|about|at|with|in|on)\b/iu;

/**
 * True when a clause has the shop's side as its subject and does not name the customer again after it; after
 * FOUND_THAT (`found`), only when a verb of its own follows it.
 */
function staffSubjectOf(clause: string, found = false): boolean {
  const staff = STAFF_SUBJECT.exec(clause);
  if (staff === null) return false;
  const rest = clause.slice(staff[0].length);
  return !CUSTOMER_AGAIN.test(rest) && !(found && OBJECT_AFTER.test(rest));
}

/**
 * 对方 (the other party) is whoever the sentence's first subject turned to: after the customer calls, asks or goes to
 * someone (王女士向专柜致电要求退货,对方表示必须到店…), it is the shop. Told from the shop's side it may be the customer,
 * so it is the shop's only then.
 */
const OTHER_PARTY = /^\s*(?:但|而|可|结果|随后|之后|于是)?对方/u;
const CUSTOMER_TURNS_TO =
  /(?:女士|先生|小姐|太太|消费者|顾客|客人|我|她|他)[^。！？!?\n]{0,12}?(?:向|找|跟|与|联系|致电|打电话|询问|问|要求|投诉)/u;

/**
 * A clause that opens without a subject of its own, on a word that carries the one before it on (店员对我翻白眼，还大声吼我;
 * "the clerk laughed at me, then ignored me"): its subject is the previous clause's.
 */
const CARRIES_SUBJECT =
  /^\s*(?:(?:还|又|并且|并|而且|然后|接着|甚至|竟然|居然|再|就)(?![是有])|(?:and\s+then|and|then|also|even|just)\s+(?:also\s+|even\s+|just\s+)?(?:[a-z]+ed|said|told|threw|took|made|kept|gave|went|began|got|ran|hung|wouldn't|would\s+not|refused|started)\b)/u;

/**
 * A clause opening on he, she or they (她, 他, 他们) with nothing else as its subject: whom it means is told before it.
 */
const PRONOUN_SUBJECT =
  /^\s*(?:(?:but|and|then|so|when|while|after|until)\s+)?(?:(?:\p{L}+ly|now|then|later|soon)\s+)*(?:she|he|they)\b|^\s*(?:但|而|可|结果|随后|之后|于是|然后|接着)?(?:她们|他们|她|他)/iu;
/**
 * The customer in their own story turning to the shop's side: "I asked for the manager", "I called the sales
 * assistant over", 我找了店长, 我叫店员过来. A he, she or they opening the next clause is that person.
 */
const TURNED_TO_STAFF = new RegExp(
  String.raw`\bI\s+(?:[a-z]+\s+){0,4}?(?:(?:the|a|an|their|another)\s+)?(?:(?:store|shop|sales|floor|service|duty|general|head)\s+)?(?:staff|staffer|clerk|manager|salesman|saleswoman|salesperson|sales assistant|assistant|employee|cashier|associate|technician|jeweler|jeweller|owner|receptionist|optician|optometrist|repairer|supervisor|${OTHER_TRADES})\b` +
    String.raw`|我(?:[^，,。！？!?；;\n他她]){0,6}?(?:店员|职员|工作人员|导购|柜姐|柜员|销售|售货员|营业员|收银员|店主|店长|经理|老板|客服|师傅|技师|主任|负责人|主管|员工|${OTHER_TRADES_ZH})`,
  'giu',
);
/**
 * Someone else named after the shop's side, whom a he or she may mean instead: a companion, another customer, a
 * person by title ("my wife", "a lady", "Mrs Lee", 我老公, 顾客, 女士).
 */
const SOMEONE_ELSE =
  /\b(?:my|our|a|an|this|that|another|the\s+other)\s+(?:\p{L}+\s+)?(?:husband|wife|partner|son|daughter|friends?|mother|mom|mum|father|dad|sister|brother|boyfriend|girlfriend|fianc\p{L}*|kids?|child|children|family|woman|lady|man|guy|girl|boy|gentleman|customer|client|couple)\b|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s|老公|老婆|丈夫|妻子|太太|男朋友|女朋友|男友|女友|爸|妈|父亲|母亲|儿子|女儿|朋友|闺蜜|姐|妹|哥|弟|奶奶|爷爷|婆婆|家人|孩子|顾客|客人|女士|先生|小姐|阿姨|大叔/iu;

/** A clause joined on with its own pronoun subject: "… and she", "… but he", "… until they". */
const JOINED_PRONOUN = /\b(?:and|but|then|so|when|until|while)\s+(?:she|he|they)\b/giu;

/** 我 taking the clause back as its subject (她出来以后我就大吼), not as an object (冲我大吼). */
const CUSTOMER_SUBJECT_ZH = /我(?:就|也|才|又|便|还|立刻|马上|忍不住|当场|一气之下)/u;

/**
 * True when a clause opens on a pronoun and, in the sentence before or its own, the customer speaking as "I" (我)
 * last turned to the shop's side with no one else named since: "I asked for the manager. She came out and screamed at
 * me", 我找了店长，她出来就冲我大吼. That he or she is the manager.
 */
function pronounForStaff(text: string, from: number, clause: string): boolean {
  // A pronoun may open the clause, or a second one joined on ("I asked for the manager and she screamed at me").
  const joined = [...clause.matchAll(JOINED_PRONOUN)].at(-1);
  const at = joined === undefined ? 0 : joined.index;
  const before = clause.slice(at);
  if (!PRONOUN_SUBJECT.test(before)) return false;
  const rest = before.replace(PRONOUN_SUBJECT, '');
  if (CUSTOMER_AGAIN.test(rest) || CUSTOMER_SUBJECT_ZH.test(rest)) return false;
  const sentence = sentenceStarts(text)[from] ?? 0;
  const previous = sentence > 0 ? (sentenceStarts(text)[sentence - 1] ?? 0) : 0;
  const told = text.slice(previous, from + at);
  const turns = [...told.matchAll(TURNED_TO_STAFF)].at(-1);
  return turns !== undefined && !SOMEONE_ELSE.test(told.slice(turns.index + turns[0].length));
}

/**
 * True when the clause a match sits in has the shop's side as its subject (see STAFF_SUBJECT), or the clause it
 * found or saw does ("I went back only to find the tailor had…").
 */
function isStaffClause(text: string, index: number): boolean {
  // An English full stop ends the clause as 。 does: "I went in to get it resized. The manager yelled at me" has the
  // manager as the second sentence's subject.
  const sentence = sentenceStarts(text)[index] ?? 0;
  let from = index;
  while (from > sentence && !CLAUSE_START.test(text.charAt(from - 1))) from--;
  const before = text.slice(from, index);
  if (staffSubjectOf(before) || pronounForStaff(text, from, before)) return true;
  if (from > sentence && CARRIES_SUBJECT.test(text.slice(from, from + 40))) return isStaffClause(text, from - 1);
  if (OTHER_PARTY.test(before) && !CUSTOMER_AGAIN.test(before.replace(OTHER_PARTY, '')))
    return CUSTOMER_TURNS_TO.test(text.slice(sentenceStarts(text)[from] ?? 0, from));
  const found = [...before.matchAll(FOUND_THAT)].at(-1);
  return found !== undefined && staffSubjectOf(before.slice(found.index + found[0].length), true);
}

/**
 * The verbs a report gives the shop's side in (STAFF_CLAIM), one list for both patterns below: verbs, not the nouns
 * an ask names with the same characters (给个说法, 合理的解释, 说明书, 称重 — the weighing, not a claim); a threat the shop
 * makes (威胁要报警, "threatened to call the cops") is its own, no step the customer took.
 */
const REPORTING_WORDS = String.raw`说(?![法明])|表示|称(?![重量])|认为|(?<![的个给出])(?:解释|回复|回应)|告诉|告知|坚称|声称|辩称|威胁|扬言|恐吓|\b(?:said|says|told|claimed|explained|insisted|stated|maintained|responded|replied|argued|blamed|threatened|threatening|warned)\b`;

/**
 * The shop's side reporting something: "the clerk said it was oxidation", "店员说是正常氧化". What follows in
 * the sentence is their claim, until the narrator turns against it (但, but).
 */
const STAFF_CLAIM = new RegExp(
  '(?:店员|店方|商家|职员|工作人员|导购|柜姐|店长|经理|老板|客服|师傅|店家|专柜|门店|主任|负责人|主管|员工|' +
    // Security at the door speaks for the shop: 保安说再不走就报警 is the shop's threat, not where the complaint went.
    '保安|保全|' +
    // The seller's other voices in a retelling: the maker, the brand, its head office
    // (not 对方, which a report uses of the customer as often as of the shop).
    '卖家|厂家|厂商|品牌方|总部|销售人员|' +
    String.raw`\b(?:clerk|staff|manager|salesman|saleswoman|salesperson|employee|jewell?ers?|technician|store|shop|company|they|seller|retailer|brand|spokes(?:man|woman|person)|representative|rep|headquarters|head office|customer service)\b)` +
    String.raw`[^。！？!?\n]{0,12}?(?:${REPORTING_WORDS})` +
    // Told in the passive ("she was told the prongs were loose", 被告知): in a complaint the teller is the shop's side.
    String.raw`|\b(?:was|were|been|being|got|get|gets)\s+told\b|被告知|获告知`,
  'giu',
);
/**
 * The narrator turning against what the shop's side said: a contrast (但, but), or what the goods turned out to be
 * (结果, 没想到, 谁知, "turned out"), which tells a finding against the claim (店员说是天然翡翠,结果鉴定是B货).
 */
const CONTRAST = /但|可是|然而|结果|没想到|谁知|怎料|哪知|殊不知|\b(?:but|however|turned out|turns out)\b/iu;
/**
 * A later clause of the sentence whose subject is the customer (…职员声称的为低,陆先生认为对方欺骗,遂报警并向消委会投诉):
 * the claim ended with the clause before it. Not a clause opening right after the reporting word (店员说,她这是人为损坏),
 * which is the claim itself.
 */
const CUSTOMER_TAKES_OVER =
  /[^，,：:\s]{2}[，,；;]\s*(?:遂|于是|随即|随后|便|就|后来|及后|其后|最后)?(?:我们?|她|他(?!们)|顾客|客人|消费者|投诉人|事主|\p{Script=Han}{1,2}(?:先生|女士|小姐|太太))(?!说|表示|称)/u;
/** The shop's side as whom an ask is put to (希望店家回复我, 要求商家解释): what they are asked to say is no claim of theirs. */
const ASKED_OF_THE_SHOP = /(?:希望|要求|请求|请|让|叫|盼望|盼|期待|等待|等着|等)(?:该|这家|那家|这个|那个)?$/u;
/** The reporting words of STAFF_CLAIM alone: a sentence without one holds no claim, and is not searched for one. */
const REPORTING_WORD = new RegExp(REPORTING_WORDS, 'iu');

/**
 * Where the sentence around each place of the last text asked about starts: cues of many lists are
 * checked in the same text, each once walking back to its sentence's start. An English full stop ends a sentence as
 * 。 does (see endsSentence): "The clerk said it was fine. The stone fell out" holds the claim in its first sentence
 * only, and the customer's own account after it is read.
 */
let lastStarts: { text: string; starts: Int32Array } | undefined;

function sentenceStarts(text: string): Int32Array {
  if (lastStarts?.text === text) return lastStarts.starts;
  const starts = new Int32Array(text.length + 1);
  for (let at = 1; at <= text.length; at++) {
    // Only a full stop (46) needs endsSentence's look around it; every other end is one table look-up.
    const ends = isSentenceEnd(text, at - 1) || (text.charCodeAt(at - 1) === 46 && endsSentence(text, at - 1));
    starts[at] = ends ? at : (starts[at - 1] ?? 0);
  }
  lastStarts = { text, starts };
  return starts;
}

/** True when a match sits in what the staff claimed rather than what the customer reports. */
function isStaffClaim(text: string, index: number): boolean {
  const before = text.slice(sentenceStarts(text)[index] ?? 0, index);
  if (!REPORTING_WORD.test(before)) return false;
  const claims = [...before.matchAll(STAFF_CLAIM)].filter(
    (claim) => !ASKED_OF_THE_SHOP.test(before.slice(Math.max(0, claim.index - 8), claim.index)),
  );
  const last = claims.at(-1);
  if (last === undefined) return false;
  const after = before.slice(last.index + last[0].length);
  return !CONTRAST.test(after) && !CUSTOMER_TAKES_OVER.test(after);
}

/** True when a sentence reports what the shop's side claimed ("店长表示…", "the clerk said…"), not turned against. */
export function isStaffClaimIn(sentence: string): boolean {
  const body = sentence.replace(/[。！？!?；;.\s]+$/u, '');
  return isStaffClaim(body, body.length);
}

/** a–z or 0–9: in lower-cased text, a letter or digit of the Latin script. */
const isAsciiLetterOrDigit = (unit: number): boolean => (unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57);

/** Whether a UTF-16 code unit is white space (`\s`), worked out once a unit: 1 yes, 2 no. */
const SPACES = new Uint8Array(0x10000);
const SPACE = /\s/u;

function isSpace(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (Number.isNaN(unit)) return false;
  if (SPACES[unit] === 0) SPACES[unit] = SPACE.test(text.charAt(at)) ? 1 : 2;
  return SPACES[unit] === 1;
}

/** Whether white space and then `word` come at `at`, as the spaces between a cue's words require. */
function followedBy(text: string, at: number, word: string): boolean {
  if (!isSpace(text, at)) return false;
  let after = at + 1;
  while (isSpace(text, after)) after++;
  return text.startsWith(word, after);
}

/**
 * The next match of a cue from `from` on. Where a cue's matches all start with its lead (see lead), only
 * the places the lead occurs are tried, each with the pattern anchored there: the first that matches is
 * the match a search along the text would find, without running the pattern along a long text.
 */
function nextMatch(entry: CompiledPattern, text: ProbedText, from: number): RegExpExecArray | null {
  const { lead, han, then } = entry;
  if (lead === undefined || !text.placesAgree) {
    const pattern = patternOf(entry);
    pattern.lastIndex = from;
    return pattern.exec(text.folded);
  }
  for (let at = text.lower.indexOf(lead, from); at >= 0; at = text.lower.indexOf(lead, at + 1)) {
    // An English cue starts a word: after a Latin letter or digit its lookbehind fails anyway.
    if (!han && at > 0 && isAsciiLetterOrDigit(text.lower.charCodeAt(at - 1))) continue;
    if (then !== undefined && !followedBy(text.lower, at + lead.length, then)) continue;
    const anchored = anchoredOf(entry);
    anchored.lastIndex = at;
    const match = anchored.exec(text.folded);
    if (match) return match;
  }
  return null;
}

export interface FindOptions {
  /** Only the customer's own behaviour counts: a cue in a clause about the staff is skipped. */
  customerOnly?: boolean;
  /** What the staff claimed ("the clerk said it was oxidation") is not the customer's account. */
  skipStaffClaims?: boolean;
  /** A step to an outside party denied some words before it ("I didn't report them to the BBB") is no step. */
  skipDeniedSteps?: boolean;
}

/** Whether a match found at an index is ruled out by the options. */
function ruledOut(text: string, index: number, options: FindOptions, han: boolean): boolean {
  return (
    (options.customerOnly === true && isStaffClause(text, index)) ||
    (options.skipStaffClaims === true && isStaffClaim(text, index)) ||
    (options.skipDeniedSteps === true && isDeniedStep(text, index, han))
  );
}

/**
 * Every cue that occurs, un-negated, in a text. A cue counts once per text however often it appears,
 * so a customer who repeats one word does not outweigh one who shows several signs.
 */
export function findCues(
  cueList: readonly Cue[],
  text: string,
  source: ComplaintTextSource,
  options: FindOptions = {},
): readonly CueHit[] {
  // Most lists have no candidate in most texts: those calls allocate nothing.
  let hits: CueHit[] | undefined;
  // Folding keeps every position, so a match in the folded text is quoted from the original.
  const probed = probedText(text);
  const { folded } = probed;
  const { patterns, id } = compileList(cueList);
  const candidates = candidatesIn(probed, id);
  for (let at = 0; at < candidates.length; at++) {
    const index = candidates[at] ?? -1;
    const cue = cueList[index];
    const entry = patterns[index];
    if (!cue || !entry) continue;
    const { han } = entry;
    for (
      let match = nextMatch(entry, probed, 0);
      match;
      match = nextMatch(entry, probed, match.index + match[0].length)
    ) {
      if (isNegated(folded, match.index, han)) continue;
      if (ruledOut(folded, match.index, options, han)) continue;
      const quote = quoteAround(text, match.index, match.index + match[0].length);
      hits ??= [];
      hits.push({ cue, evidence: { quote, source, cue: cue.text } });
      break;
    }
  }
  return hits ?? NO_HITS;
}

const NO_HITS: readonly CueHit[] = [];

/** How many times any of the phrases occurs in a text (repeats included, negations excluded). */
export function countOccurrences(phrases: readonly string[], text: string, options: FindOptions = {}): number {
  let count = 0;
  const probed = probedText(text);
  const { folded } = probed;
  const { patterns, id } = compileList(phrases);
  const candidates = candidatesIn(probed, id);
  for (let at = 0; at < candidates.length; at++) {
    const entry = patterns[candidates[at] ?? -1];
    if (!entry) continue;
    const { han } = entry;
    for (
      let match = nextMatch(entry, probed, 0);
      match;
      match = nextMatch(entry, probed, match.index + match[0].length)
    ) {
      if (!isNegated(folded, match.index, han) && !ruledOut(folded, match.index, options, han)) count++;
    }
  }
  return count;
}
