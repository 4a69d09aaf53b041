import {
  byTemperament,
  TEMPERAMENTS,
  type Temperament,
  type TemperamentEvidence,
  type TemperamentReading,
} from '../../domain/analysis.ts';
import { type Complaint, complaintTexts } from '../../domain/complaint.ts';
import { normaliseText } from '../../shared/normalise-text.ts';
import { RecentResults } from '../../shared/recent-results.ts';
import { FIRST_HAND, RETOLD_CEILING } from '../retold-ceiling.ts';
import { approachFor } from '../wording/temperament-approach.ts';
import { type CueHit, findCues, isStaffClaimIn, quoteAround } from './cue.ts';
import { GIVING_WAY_PARTS } from './giving-way-parts.ts';
import { OUTCOME_PRESSED } from './outcome-pressed.ts';
import { FASHION_TASTE, TEMPERAMENT_CUES, TEMPERAMENT_TOPICS } from './temperament-cues.ts';
import { toldByAThirdParty, toldByTheCustomer, toldByTheShop } from './text-register.ts';

/** What staff saw and what the customer said count a little more than the staff's summary. */
const SOURCE_WEIGHT = { customerWords: 1.2, behaviour: 1.2, narrative: 1, customerAsk: 0.8 } as const;
const MAX_EVIDENCE = 6;
const CUSTOMER_ONLY = { customerOnly: true } as const;

// Emoji and the playful tilde ("~", "～") are how lively customers write.
const EMOJI = /\p{Extended_Pictographic}|[~～]/u;
const EXCLAMATION = /[!！]/gu;
// Feeling written out loud in any text, a retelling too: a run of marks ("!!", "?!", "！！") or a word drawn out
// ("soooo", "waaaay"). A reporter or a staff summary writes neither.
const LOUD_WRITING = /[!！][!！?？]+|[?？][!！]+|(\p{Script=Latin})\1{3,}/u;
// Figures a customer lays out: amounts, weights, karats, durations, dates and times, in three scripts' ways of
// writing them ("2 g", "¥2,300", "3倍", "8月24日", "May 1", "21st June", "9 AM", "2008").
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const FIGURES = new RegExp(
  String.raw`\d+(?:[.,]\d+)?\s*(?:克|g\b|mm|%|％|元|块|萬|万|倍|ct|carats?|karats?|grams?|days?|weeks?|months?|hours?|minutes?|years?|小时|分钟|天|周|个月|年)` +
    String.raw`|[$£€¥R]\s?\d[\d,]*|\d{1,2}月\d{1,2}[日号]?|\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b` +
    String.raw`|\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|\b(?:19|20)\d\d\b`,
  'giu',
);
// A case laid out as evidence: several figures — amounts, weights, dates, durations — in one complaint. A figure
// told again ("six weeks … another six weeks", "$35 … $35 dollars") is one figure: a long story repeats its few
// numbers as it goes, which lays out no case.
const FIGURES_MIN = 4;
const FIGURES_WEIGHT = 2;
/**
 * A dated log (seed 001: 分析型 — facts, records): the days things happened, written as calendar dates ("16th August",
 * "May 3", 10月18日, 2012年10月18日). Two different days in the customer's own account — bought on one, failed or went
 * back on another — are a record, not a story's "one day last week". A reporter's own dates are the story's facts (see
 * customersFigures), unless they run to a timeline of three days or more: that is the customer's log retold.
 */
const CALENDAR_DATE = new RegExp(
  String.raw`\d{1,2}月\d{1,2}[日号號]|\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b`,
  'giu',
);
const DATED_LOG_MIN = 2;
const TIMELINE_MIN = 3;
const DATED_LOG_WEIGHT = 2;

const MEASURE = /\d+(?:\.\d+)?\s*(?:克|g\b|mm|毫米|微米|%|％|元\/克|小时|h\b|天|days?\b|karat|k金|ct)/giu;

type Scores = Record<Temperament, number>;

/** Speech quoted in a retelling: “…”, 「…」, "…". What is inside is someone's own words. */
const QUOTED = /[“「『"]([^”」』"]{2,})[”」』"]/gu;

/**
 * A staff story written as dialogue ("Clerk: “…”", 店员：「…」, and "Me: *unsure* “…maybe?”" where the other
 * party is labelled "Customer:"): the staff's own lines say nothing of the customer, so they are blanked (same
 * length, so quotes stay in place). In a customer's own post "Me:" is the customer, so it stays.
 */
const SPOKEN = String.raw`\s*[:：]\s*(?:\*[^*\n]{0,80}\*\s*)?(?:“[^”]*”|"[^"]*"|「[^」]*」)`;
const STAFF_LABEL =
  '(?:coworker|co-worker|manager|employee|clerk|cashier|staff|assistant|jewell?er|optician|店员|店員|店长|店長|职员|職員)';
const STAFF_LINE = new RegExp(String.raw`(?<![\p{L}\p{N}])${STAFF_LABEL}${SPOKEN}`, 'giu');
/**
 * A transcript's staff line, without quotes: the label opens a line and the line is theirs ("Staff: I'm so sorry, can
 * I have a look?", 店员：不好意思，我看一下).
 */
const STAFF_LINE_BARE = new RegExp(String.raw`^[ \t]*${STAFF_LABEL}[ \t]*[:：][^\n]*`, 'gimu');
const OWN_LINE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:me|我)${SPOKEN}`, 'giu');
const CUSTOMER_LABEL = /(?<![\p{L}\p{N}])(?:customer|client|caller|顾客|顧客|客人)\s*[:：]/iu;
/**
 * The customer's own lines in a story written as dialogue ("Customer: “…”", "Caller: “…”", 客人：「…」): a staff story
 * gives them word for word, so how they are said — the exclamations — is read there as in the customer's words.
 */
const CUSTOMER_LINE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:customer|client|caller|顾客|顧客|客人)${SPOKEN}`,
  'giu',
);

/**
 * What breaks in a complaint: "the chain snapped", "the strap snapped off", "the frame snapped at the hinge" is the goods
 * giving way, not anyone's temper ("snapped at me" still is).
 */
const SNAPPING_GOODS =
  'chains?|bracelets?|bangles?|necklaces?|straps?|bands?|clasps?|links?|rings?|shanks?|prongs?|pins?|wires?|cords?|strings?|stems?|crowns?|hinges?|frames?|arms?|temples?|earrings?|pendants?|bails?|it';

/**
 * Words that hold a cue without meaning it: 品质问题 (a quality fault) holds 质问 (to challenge someone); a
 * counted 条 before 款式 (一条款式别致的项链) makes no 条款 (a clause); "out loud" (laughed out loud, read it
 * out loud) is aloud, not loud; "either … or else" offers a choice, no ultimatum; 理性消费 and 理性维权 (spend, claim
 * one's rights rationally) are a council's or a reporter's advice to all shoppers, no one's manner; "I want to buy",
 * "she wants to know" are a wish or a question, no demand; 对称 (symmetric), 号称 and 堪称 (so-called, worthy of the
 * name) hold 称 (to weigh) with nothing weighed; "old-fashioned" is a kind of thing, no taste for fashion; a 旅行社
 * or 旅行团 (a travel agency, a tour group) is a business, no trip of the customer's; "anyway" inside a clause ("sent it
 * in anyway") means regardless — only a clause that opens on it ("Anyway, …") is a teller's aside; "at no time" is
 * never, no hurry; 给我 in a polite ask (请给我退款, 能不能给我打个折) is whom it is for, no demand; 这么一句话 and 一句话也不说 (such a remark, not a word) are no curt "一句话, 退不退"; "why in the
 * world", "why on earth" are exasperation, no question asked for a reason; "telling everyone", 让大家都知道 is the
 * audience of a warning, no crowd followed.
 */
const FALSE_FRIENDS = new RegExp(
  String.raw`[对對号號堪][称稱]|品[质質]问题|品[质質]問題|理性消[费費]|理性[维維][权權]|条款式|條款式|\bout\s+loud\b|\bold[\s-]+fashioned\b|\bat\s+no\s+time\b|[这那這][么麼]?一句[话話]|一句[话話][也都]|\bwhy\s+(?:in\s+the\s+world|on\s+earth)\b|旅[行游遊][社团團]|\b(?=anyway\b)(?<![.!?…\]\n"“]\s*|^\s*)anyway\b|\b(?:i|she|he)\s+wants?(?=\s+to\s+(?:buy|see|try|know|understand|ask|look|find|check|compare)\b)|(?<=\beither\b[^.!?\n]{1,80}?)\bor\s+else\b|(?<=(?:请|請|麻烦|麻煩|能不能|可不可以|可以|能否|可否|帮忙|幫忙)[^，,。！？!?\n]{0,4})[给給]我|(?<=\b(?:${SNAPPING_GOODS})\b[^.!?\n,;]{0,40}?)(?<!\b(?:she|he|i|we|they|you)\s+(?:just\s+|finally\s+)?)\bsnapped\b(?!\s+back\b|\s+at\b(?!\s+(?:the|its|one|a)\s+${GIVING_WAY_PARTS}\b))|(?<=\b(?:tell|tells|telling|told|warn|warns|warning|warned|let|lets|letting)\s+)every(?:one|body)\b|(?<=[让讓叫]|告诉|告訴|提醒)大家都`,
  'giu',
);

/**
 * Speech a retelling gives the shop's side: a quote after the shop's side is named as the subject of its clause,
 * with no one else named between (店长解释说:“…”, 李老板手写了一张纸条:“…”, the clerk told her, "…"), or one said
 * to be theirs right after it ("…," the manager said). What the shop says or writes is not the customer's manner;
 * the shop as an object (找商家理论:“…”, "I asked the manager, "…"") leaves the customer's quote theirs.
 */
const SHOP_SIDE =
  '店员|店員|店方|商家|老板|老闆|店长|店長|经理|經理|客服|师傅|師傅|店家|专柜|專櫃|销售|銷售|导购|導購|柜姐|櫃姐|工作人员|工作人員|职员|職員|店主|' +
  String.raw`\b(?:clerk|manager|salesman|saleswoman|salesperson|sales\s+assistant|staff|employee|cashier|jewell?er|owner|technician|optician|repairer)\b`;
/** Where a clause's subject starts: after a stop or a comma, then a determiner (该, 这位, "the") or a surname, not a
 * person or a preposition (她对店长说 has the customer speak to the shop). */
const SUBJECT_START = String.raw`(?:^|(?<=[，,。！？!?；;：:\n]\s*))(?:(?:the|a|an|one|this|that)\s+|(?:(?![她他我你向对對找跟与與和给給被让讓叫把问問到])\p{Script=Han}){0,2}?)`;
const NO_ONE_ELSE = String.raw`(?:(?!女士|先生|小姐|太太|顾客|顧客|消费者|消費者|客人|她|他|我|\b(?:she|he|i|customer|client)\b)[^。！？!?\n“”「」"])`;
const SHOP_QUOTE = new RegExp(
  String.raw`${SUBJECT_START}(?:${SHOP_SIDE})${NO_ONE_ELSE}{0,24}?(“[^”]*”|「[^」]*」|"[^"\n]*")` +
    String.raw`|(“[^”]*”|"[^"\n]*")\s*,?\s*(?:the\s+)?(?:${SHOP_SIDE})\s+(?:said|says|replied|explained|told)`,
  'giu',
);

/**
 * Someone else as a clause's subject in the customer's own first-person story: "he", "she", "they", 他, 她, 对方
 * after a clause's start (and a linking word), up to where the clause ends or the customer speaks again ("and I",
 * 我). There they are the repairer, the clerk, the doctor the customer dealt with ("He insisted that I brought it in
 * that way", 他斩钉截铁地说): what they do is not the customer's manner.
 */
const OTHER_SUBJECT =
  /(?<=^|[，,。！？!?；;：:\n“”「」"『』]|\.\s)\s*(?:(?:but|and|then|so|when|after|still)\s+|(?:但|而|可|结果|結果|然后|然後|随后|隨後|于是|於是|还|還|又)?)(?:\b(?:he|she|they)\b|他们|他們|她们|她們|他|她|对方|對方|佢哋|佢)[^，,。！？!?；;\n“”「」"]*?(?=[，,。！？!?；;\n“”「」"]|\.\s|\.$|\s(?:and|but)\s+I\b|\bI\b|我|$)/giu;
/**
 * A companion the customer names ("my husband", 我老公, 我妈): a "he" or "she" of their gender may be them, on the
 * customer's side (a retelling by a spouse is labelled for the one described), so such a clause is kept; "she" in a
 * story that names only a husband is still someone else. A friend, a partner, a child may be either, and "they" may
 * be anyone with the customer.
 */
const MALE_COMPANION =
  /\bmy\s+(?:husband|son|boyfriend|father|dad|brother|uncle|grand(?:pa|father)|fianc[ée])\b|我(?:的)?(?:老公|丈夫|先生|男朋友|男友|爸爸|爸|父亲|父親|儿子|兒子|哥哥|弟弟|爷爷|爺爺)|老公/iu;
const FEMALE_COMPANION =
  /\bmy\s+(?:wife|daughter|girlfriend|mother|mom|mum|sister|aunt|grand(?:ma|mother)|fianc[ée]e)\b|我(?:的)?(?:老婆|妻子|太太|女朋友|女友|妈妈|媽媽|妈|媽|母亲|母親|女儿|女兒|闺蜜|閨蜜|姐姐|妹妹|奶奶|婆婆)|老婆/iu;
const ANY_COMPANION = /\bmy\s+(?:partner|friends?|kids?|child|children|family)\b|我(?:的)?(?:朋友|家人|孩子)/iu;
const HE = /^(?:he|他)$/iu;
const SHE = /^(?:she|她)$/iu;
const THE_OTHER_PARTY = /^(?:对方|對方)$/u;
const SUBJECT_WORD = /\b(?:he|she|they)\b|他们|他們|她们|她們|他|她|对方|對方|佢哋|佢/iu;

/** Whether a third-person subject may be a companion the customer names, by the companions' gender. */
function mayBeCompanion(subject: string, written: string): boolean {
  if (THE_OTHER_PARTY.test(subject)) return false;
  if (ANY_COMPANION.test(written)) return true;
  if (HE.test(subject)) return MALE_COMPANION.test(written);
  if (SHE.test(subject)) return FEMALE_COMPANION.test(written);
  return MALE_COMPANION.test(written) || FEMALE_COMPANION.test(written);
}

/**
 * The narrator as a clause's subject — "I", "we", 我, 我们 — outside quoted speech, up to where the clause ends. In a
 * story the shop's side tells ("I explain, very clearly, that…", "I politely state…", 我笑容依旧), that is the clerk,
 * whose manner is not the customer's; the customer's own "I" inside their quoted lines stays.
 */
const OWN_SUBJECT =
  /(?<=^|[，,。！？!?；;：:\n\0]|\.\s)\s*(?:(?:but|and|then|so|when|after|still|now)\s+|(?:但|而|可|结果|結果|然后|然後|随后|隨後|于是|於是|还|還|又)?)(?:\b(?:I|we)\b|我们|我們|我)[^，,。！？!?；;\n\0]*?(?=[，,。！？!?；;\n\0]|\.\s|\.$|$)/giu;

/** A transcript's customer line, without quotes ("Customer: It's illegal for you to deny me a return!"): theirs. */
const CUSTOMER_LINE_BARE = /^[ \t]*(?:customer|client|caller|顾客|顧客|客人)[ \t]*[:：][^\n]*/gimu;

/**
 * A clerk's own clauses in a story told from the shop's side, blanked (same length); quoted speech and the customer's
 * lines of a transcript are kept whole.
 */
function withoutTheClerk(text: string): string {
  QUOTED.lastIndex = 0;
  const hidden = (spoken: string) => '\0'.repeat(spoken.length);
  const outside = text.replace(QUOTED, hidden).replace(CUSTOMER_LINE_BARE, hidden);
  const kept = text.split('');
  for (const clause of outside.matchAll(OWN_SUBJECT))
    for (let at = clause.index; at < clause.index + clause[0].length; at++) kept[at] = ' ';
  return kept.join('');
}

/** A text as temperament reads it: false friends, a retelling's staff lines and, in a customer's own story, other people's clauses blanked. */
function textToRead(source: TemperamentEvidence['source'], written: string): string {
  return source === 'narrative' ? narrativesRead.get(written, narrativeToRead) : blankFalseFriends(written);
}

/** The last few narratives as read: a narrative is read as a whole and again for its manner (see scoreManner). */
const narrativesRead = new RecentResults<string>(8);

const blank = (line: string) => ' '.repeat(line.length);

function blankFalseFriends(written: string): string {
  return written.replace(FALSE_FRIENDS, blank);
}

function narrativeToRead(written: string): string {
  const text = blankFalseFriends(written);
  const others = text
    .replace(STAFF_LINE, blank)
    .replace(STAFF_LINE_BARE, blank)
    .replace(SHOP_QUOTE, (whole, before: string | undefined, after: string | undefined) => {
      const quote = before ?? after ?? '';
      const at = whole.indexOf(quote);
      return whole.slice(0, at) + blank(quote) + whole.slice(at + quote.length);
    });
  // The shop's side telling it comes first: its "she" is the customer, whatever its "I" did (我 three times too).
  const theirs = toldByTheShop(written)
    ? withoutTheClerk(others)
    : toldByTheCustomer(written)
      ? others.replace(OTHER_SUBJECT, (clause) =>
          mayBeCompanion(SUBJECT_WORD.exec(clause)?.[0] ?? '', written) ? clause : blank(clause),
        )
      : others;
  return CUSTOMER_LABEL.test(text) ? theirs.replace(OWN_LINE, blank) : theirs;
}

/**
 * A quote found in the text as read, taken from the text as written: blanking keeps every position, so evidence
 * shows what staff pasted (一条款式…), never the blanks.
 */
function asWritten(quote: string, text: string, written: string): string {
  const at = text.indexOf(quote);
  return at < 0 ? quote : written.slice(at, at + quote.length);
}

/** Where a customer's topics (TEMPERAMENT_TOPICS) are read: all of their own words, only the quotes of a retelling. */
function topicTexts(source: TemperamentEvidence['source'], text: string): string[] {
  if (source !== 'narrative') return [text];
  const quotes: string[] = [];
  QUOTED.lastIndex = 0;
  for (let match = QUOTED.exec(text); match; match = QUOTED.exec(text)) quotes.push(match[1] ?? '');
  return quotes;
}

/** A sentence: up to a hard stop, a line's end or an English full stop before a space. */
const SENTENCE = /[^。！？!?\n]+?(?:[。！？!?\n]|\.(?=\s)|$)/gu;
/**
 * A sentence that reports what someone said (据…介绍, 她称, 指出, "she said", "according to him"): in a third
 * party's narration, what it holds is someone's own account — the customer's, unless the shop's side speaks.
 */
const REPORTED =
  /据[^，,。]{1,10}?(?:介绍|称|反映|回忆|讲述|说)|(?:介绍|指出|称|表示|说|回忆|反映|讲述|透露|告诉记者)|\b(?:said|says|told|recalled|explained|according\s+to)\b/iu;

/**
 * The part of a narrative where figures are the customer's own: all of it, unless a third party tells it (a
 * reporter, a council); then the speech it quotes and the sentences that report what someone said (a reporter's
 * own dates, prices and weights are the story's facts, not a customer laying out a case). Blanked to the same
 * length, so evidence is quoted from the narrative.
 */
function customersFigures(narrative: string): string {
  if (!toldByAThirdParty(narrative)) return narrative;
  const kept = ' '.repeat(narrative.length).split('');
  const keep = (from: number, text: string) => {
    for (let at = 0; at < text.length; at++) kept[from + at] = text.charAt(at);
  };
  for (const quoted of narrative.matchAll(QUOTED)) keep(quoted.index, quoted[0]);
  // Read in simplified script (据…介紹 → 据…介绍), kept from the narrative as written: the folding keeps each position.
  const folded = normaliseText(narrative);
  for (const sentence of folded.matchAll(SENTENCE))
    if (REPORTED.test(sentence[0]) && !isStaffClaimIn(sentence[0]))
      keep(sentence.index, narrative.slice(sentence.index, sentence.index + sentence[0].length));
  return kept.join('');
}

const QUESTION_MARK = /[?？]/gu;

/**
 * How often a global pattern matches a text, and its first match, without a list of every match (none of
 * these patterns matches the empty string, so each search moves on).
 */
function countMatches(pattern: RegExp, text: string): { count: number; first: RegExpExecArray | undefined } {
  let count = 0;
  let first: RegExpExecArray | undefined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    count++;
    first ??= match;
  }
  return { count, first };
}

/** How many different things a global pattern matches in a text (case and spacing aside), and its first match. */
function countDistinct(pattern: RegExp, text: string): { count: number; first: RegExpExecArray | undefined } {
  const seen = new Set<string>();
  let first: RegExpExecArray | undefined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    seen.add(match[0].toLowerCase().replace(/\s+/gu, ''));
    first ??= match;
  }
  return { count: seen.size, first };
}

/** Exclamations in the customer's lines of a dialogue: a retold text still, so they weigh as the narrative's. */
function scoreDialogue(narrative: string, scores: Scores, evidence: TemperamentEvidence[]): void {
  if (!CUSTOMER_LABEL.test(narrative)) return;
  let exclamations = 0;
  let first: RegExpExecArray | undefined;
  // Quoted lines ("Customer: “…”"), or else a transcript's bare ones ("Customer: TELL HER!").
  CUSTOMER_LINE.lastIndex = 0;
  const lines = CUSTOMER_LINE.test(narrative) ? CUSTOMER_LINE : CUSTOMER_LINE_BARE;
  lines.lastIndex = 0;
  for (let line = lines.exec(narrative); line; line = lines.exec(narrative)) {
    const marks = countMatches(EXCLAMATION, line[0]).count;
    exclamations += marks;
    if (marks > 0) first ??= line;
  }
  if (exclamations < 3 || first === undefined) return;
  scores.forceful += 1;
  scores.lively += 0.5;
  evidence.push({
    type: 'forceful',
    source: 'narrative',
    quote: quoteAround(narrative, first.index, first.index + first[0].length),
    cue: `${exclamations} exclamations in the customer's lines`,
  });
}

/** Signs that are about how something is said rather than which words are used. */
function scoreManner(complaint: Complaint, scores: Scores, evidence: TemperamentEvidence[]): void {
  const loud = complaint.narrative.search(LOUD_WRITING);
  if (loud >= 0) {
    scores.lively += 2;
    evidence.push({
      type: 'lively',
      source: 'narrative',
      quote: quoteAround(complaint.narrative, loud, loud + 2),
      cue: 'written out loud',
    });
  }
  const read = textToRead('narrative', complaint.narrative);
  const ownFigures = customersFigures(read);
  /** A case laid out in figures or dates (see FIGURES, CALENDAR_DATE): analytical, quoted where the first one stands. */
  const laidOut = (found: ReturnType<typeof countDistinct>, min: number, weight: number, what: string) => {
    if (found.count < min || found.first === undefined) return;
    scores.analytical += weight;
    evidence.push({
      type: 'analytical',
      source: 'narrative',
      quote: quoteAround(complaint.narrative, found.first.index, found.first.index + found.first[0].length),
      cue: `${found.count} ${what}`,
    });
  };
  laidOut(countDistinct(FIGURES, ownFigures), FIGURES_MIN, FIGURES_WEIGHT, 'figures');
  const ownDates = countDistinct(CALENDAR_DATE, ownFigures);
  if (ownDates.count >= DATED_LOG_MIN) laidOut(ownDates, DATED_LOG_MIN, DATED_LOG_WEIGHT, 'dates');
  else laidOut(countDistinct(CALENDAR_DATE, read), TIMELINE_MIN, DATED_LOG_WEIGHT, 'dates');
  scoreDialogue(complaint.narrative, scores, evidence);
  const words = complaint.customerWords;
  if (!words) return;
  const emoji = words.search(EMOJI);
  if (emoji >= 0) {
    scores.lively += 2;
    evidence.push({
      type: 'lively',
      source: 'customerWords',
      quote: quoteAround(words, emoji, emoji + 2),
      cue: 'emoji',
    });
  }
  const exclamations = countMatches(EXCLAMATION, words).count;
  if (exclamations >= 3) {
    scores.forceful += 1;
    scores.lively += 0.5;
  }
  const measures = countMatches(MEASURE, words);
  if (measures.count > 0) {
    scores.analytical += Math.min(3, measures.count);
    const first = measures.first;
    if (first !== undefined) {
      evidence.push({
        type: 'analytical',
        source: 'customerWords',
        quote: quoteAround(words, first.index, first.index + first[0].length),
        cue: first[0],
      });
    }
  }
  const questions = countMatches(QUESTION_MARK, words).count;
  if (questions >= 3) {
    scores.analytical += 0.5;
    scores.lively += 0.5;
  }
}

/**
 * The method's two axes (seed 001): lively and forceful are the outgoing side, peaceable and analytical the
 * reserved; lively and peaceable put people first, forceful and analytical the task. Each type shares one side
 * with two others, so what points at a neighbour points, more weakly, at that side too.
 */
const NEIGHBOURS: Record<Temperament, readonly [Temperament, Temperament]> = {
  lively: ['forceful', 'peaceable'],
  forceful: ['lively', 'analytical'],
  peaceable: ['analytical', 'lively'],
  analytical: ['peaceable', 'forceful'],
};
const SIDE_WEIGHT = 0.25;

/**
 * Each type's own score plus a quarter of its two neighbours'. A single cue decides little on a retold text;
 * when two types run close, the one whose sides the rest of the evidence leans to is read. A type with no sign
 * of its own never wins so: a quarter of two neighbours stays below the larger neighbour.
 */
function withSides(scores: Scores): Scores {
  return byTemperament((type) => {
    const [one, other] = NEIGHBOURS[type];
    return scores[type] + SIDE_WEIGHT * (scores[one] + scores[other]);
  });
}

function confidenceOf(scores: Scores, top: Temperament, observedShare: number): number {
  const total = TEMPERAMENTS.reduce((sum, type) => sum + scores[type], 0);
  const share = scores[top] / total;
  // How clearly the top type leads, damped when there is little evidence in all.
  const lead = (share - 0.25) / 0.75;
  const amount = 1 - Math.exp(-total / 4);
  const ceiling = observedShare >= 0.5 ? 0.95 : RETOLD_CEILING;
  return Math.round(Math.min(ceiling, Math.max(0.05, lead * 0.7 + amount * 0.3)) * 100) / 100;
}

/** Counts cue hits for a type, each weighed by where it was said, and keeps them as evidence. */
function score(
  hits: readonly CueHit[],
  type: Temperament,
  source: keyof typeof SOURCE_WEIGHT,
  scores: Scores,
  evidence: (TemperamentEvidence & { weight: number })[],
): void {
  for (let at = 0; at < hits.length; at++) {
    const hit = hits[at] as CueHit;
    const weight = hit.cue.weight * SOURCE_WEIGHT[source];
    scores[type] += weight;
    evidence.push({ ...hit.evidence, type, weight });
  }
}

/**
 * Reads the customer's temperament from their words, the behaviour staff observed and what they ask
 * for. The result is a working guess with its evidence and confidence, for staff to confirm or correct.
 */
export function readTemperament(complaint: Complaint): TemperamentReading {
  const scores: Scores = byTemperament(() => 0);
  const evidence: (TemperamentEvidence & { weight: number })[] = [];
  // Indexed loops: each text is read for four types, mostly finding nothing, at no iterator's cost.
  const texts = complaintTexts(complaint);
  // Staff who saw the customer know whether the evidence was laid out calmly or swung as a club; a retelling only
  // tells what was done with it.
  const seenFirstHand = complaint.customerWords !== undefined || complaint.behaviour !== undefined;
  let pressed = false;
  for (let place = 0; place < texts.length; place++) {
    const { source, text: written } = texts[place] as (typeof texts)[number];
    const text = textToRead(source, written);
    if (!seenFirstHand && !pressed) pressed = findCues(OUTCOME_PRESSED, text, source, CUSTOMER_ONLY).length > 0;
    const topics = topicTexts(source, text);
    const found = evidence.length;
    for (let index = 0; index < TEMPERAMENTS.length; index++) {
      const type = TEMPERAMENTS[index] as Temperament;
      // A retelling describes the staff too ("the clerk was impatient"); only the customer's manner counts.
      score(findCues(TEMPERAMENT_CUES[type], text, source, CUSTOMER_ONLY), type, source, scores, evidence);
      for (let part = 0; part < topics.length; part++)
        score(
          findCues(TEMPERAMENT_TOPICS[type], topics[part] as string, source, CUSTOMER_ONLY),
          type,
          source,
          scores,
          evidence,
        );
    }
    const fashion = findCues(FASHION_TASTE, text, source, CUSTOMER_ONLY);
    if (fashion.length > 0 && (source !== 'narrative' || !toldByAThirdParty(written)))
      score(fashion, 'lively', source, scores, evidence);
    if (text !== written)
      for (let item = found; item < evidence.length; item++) {
        const hit = evidence[item] as (typeof evidence)[number];
        hit.quote = asWritten(hit.quote, text, written);
      }
  }
  const mannerEvidence: TemperamentEvidence[] = [];
  scoreManner(complaint, scores, mannerEvidence);
  // Evidence laid out while pressing an outcome of one's own is a club (see OUTCOME_PRESSED).
  if (pressed) {
    scores.forceful += scores.analytical;
    scores.analytical = 0;
  }

  const leaning = withSides(scores);
  const ranked = [...TEMPERAMENTS].sort((a, b) => leaning[b] - leaning[a]);
  const rounded = byTemperament((type) => Math.round(scores[type] * 10) / 10);
  const top = ranked[0] && scores[ranked[0]] > 0 ? ranked[0] : undefined;
  // No cue at all: no type is guessed for staff (a default type would have them soothe a shouting customer).
  if (top === undefined)
    return { type: 'unknown', confidence: 0, scores: rounded, evidence: [], approach: approachFor('unknown') };
  const decisive = [...evidence.filter((item) => item.type === top)].sort((a, b) => b.weight - a.weight);
  const seen = new Set<string>();
  const chosen: TemperamentEvidence[] = [];
  for (const { weight: _weight, ...item } of decisive) {
    if (seen.has(item.quote)) continue;
    seen.add(item.quote);
    chosen.push(item);
  }
  for (const item of mannerEvidence) {
    if (item.type === top && !seen.has(item.quote)) chosen.push(item);
  }
  const observed =
    evidence
      .filter((item) => item.type === top && FIRST_HAND.has(item.source))
      .reduce((sum, item) => sum + item.weight, 0) +
    mannerEvidence.filter((item) => item.type === top && FIRST_HAND.has(item.source)).length;
  return {
    type: top,
    confidence: confidenceOf(scores, top, observed / scores[top]),
    scores: rounded,
    evidence: chosen.slice(0, MAX_EVIDENCE),
    approach: approachFor(top),
  };
}
