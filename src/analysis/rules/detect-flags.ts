import {
  CRISIS_KINDS,
  type CrisisKind,
  type Evidence,
  type Flag,
  type FlagKind,
  FlagKindSchema,
} from '../../domain/analysis.ts';
import { type Complaint, complaintTexts } from '../../domain/complaint.ts';
import { withChannelFlag } from '../channel-flags.ts';
import { adviceFor } from '../wording/flag-advice.ts';
import { type Cue, type CueHit, findCues, quoteAround } from './cue.ts';
import { probedText } from './cue-probes.ts';
import { isDeniedStep } from './denied-step.ts';
import { BODY_NOTICE_CUES, CHILD_CUES, CHILD_HARM_CUES, FLAG_CUES, PUBLISHED_TEXT_CUES } from './flag-cues.ts';
import { staffNote } from './staff-note.ts';
import { inTheCustomersVoice, narration, newsRegister, platformSummary, postRegister } from './text-register.ts';

const MAX_EVIDENCE = 3;
const CRISIS = new Set<string>(CRISIS_KINDS);
/** The crisis kinds that are a step to an outside party (not someone hurt or a child). */
const ESCALATION_STEPS = new Set<FlagKind>(['media', 'social-media', 'consumer-council', 'regulator', 'lawyer']);

function isCrisis(kind: FlagKind): kind is CrisisKind {
  return CRISIS.has(kind);
}

/** The cues that guess a text was published, to tell them from a sign named outright. */
const PUBLISHED_CUES = new Set<Cue>(Object.values(PUBLISHED_TEXT_CUES).flat());

/** Whether a council's or a regulator's own notice is speaking (see BODY_NOTICE_CUES). */
function bodySpeaks(texts: ReturnType<typeof complaintTexts>): boolean {
  return texts.some(({ source, text }) => findCues(BODY_NOTICE_CUES, text, source).length > 0);
}

/** The guesses that a pasted text is a post, which a news report's own voice to its readers sets off too (提醒大家, "be warned"). */
const POST_GUESS_CUES = new Set<Cue>(PUBLISHED_TEXT_CUES['social-media'] ?? []);

/**
 * Whether a pasted text reads as a news report (see newsRegister, newsAttribution): one text is one genre, so a report is
 * no post, and its warnings to readers are the reporter's. A platform it names (网友, 发文, "took to Facebook") still
 * says where the complaint went.
 */
function reportedInThePress(texts: ReturnType<typeof complaintTexts>): boolean {
  return texts.some(
    ({ source, text }) =>
      source === 'narrative' &&
      (newsRegister(text, source) !== undefined || newsAttribution(text, source) !== undefined),
  );
}

/** A child named, which counts as a special customer only beside a harm (see CHILD_CUES). */
const CHILD = new Set<Cue>(CHILD_CUES);

/** Whether any text tells of harm to a body (see CHILD_HARM_CUES). */
function harmTold(texts: ReturnType<typeof complaintTexts>): boolean {
  return texts.some(({ source, text }) => findCues(CHILD_HARM_CUES, text, source).length > 0);
}

/** Each kind's cues with those of a published text, for a pasted complaint (one list, so it compiles once). */
const PASTED_CUES = new Map<FlagKind, readonly Cue[]>(
  FlagKindSchema.options.map((kind) => [kind, [...FLAG_CUES[kind], ...(PUBLISHED_TEXT_CUES[kind] ?? [])]]),
);

/**
 * A news report's attribution of a quote to a named person: `…," Harris said` or `…," said Sophie Lee.`
 * A staff member retelling their own customer writes "she said", so a capitalised name is required.
 */
const NAME = String.raw`(?!(?:She|He|I|They|We|It|You|My|The|Then|And)\b)[A-Z][a-z]+(?:[A-Z][a-z]+)?`;
const NEWS_ATTRIBUTION = new RegExp(
  String.raw`[,.?!]"\s+(?:${NAME}\s+){1,2}(?:said|says|told|added|explained|claimed)\b|[,.?!]"\s+said\s+${NAME}\b` +
    // Or to a stranger by an epithet, inverted after the quote: `…," said the frustrated furniture customer`.
    String.raw`|[,.?!]"\s+(?:said|says)\s+the\s+(?:[\p{Ll}-]+\s+){1,3}(?:customer|shopper|woman|man|mother|father|mom|mum|dad|homeowner|buyer|resident|bride|groom|couple|consumer|grandmother|grandfather|pensioner|retiree|widow|parent|patient|diner|driver|client|owner)\b` +
    // A report introduces its subject by name and age ("Yvonne Hollings, 36, had…", "Ms McVinnie, 32,"),
    // by where they live ("The Morton Grove resident"), or as a stranger ("A woman said she was…").
    String.raw`|\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+${NAME}|${NAME}\s+${NAME}),\s+\d{2},` +
    String.raw`|\b[Tt]he\s+(?:${NAME}\s+){1,3}resident\b|^(?:An?)\s+(?:woman|man|mother|father|bride|bride-to-be|customer|shopper)\s+(?:said|says|told|claims)\b` +
    // Someone telling a TV station by its call sign or name ("she told ABC2", "told WSOC"), and a reader's
    // letter to a consumer column, signed with name and town ("— Nora Lane, Ocala, Fla.").
    String.raw`|\btold\s+(?:[KW][A-Z]{2,3}|(?:ABC|NBC|CBS|FOX)\s?\d*|\d+\s?News)\b` +
    String.raw`|[—–]\s*${NAME}\s+${NAME},\s+${NAME}(?:\s+${NAME})?(?:,\s+[A-Z][a-z]*\.?)?\s*$`,
  'mu',
);

/**
 * A person by title and surname who says something ("Mr Cook said", "says Mrs Lee"): a report's attribution, unless the
 * narrator tells their own story in the first person, as a customer tells of the jeweller they dealt with ("Mr Cook said
 * that the ring would be ready three weeks after the deposit").
 */
const TITLED_SAID = new RegExp(
  String.raw`\b(?:Mr|Mrs|Ms)\.?\s+${NAME}\s+(?:said|says|told|points out|pointed out|added|recalled)\b|\b(?:says|said)\s+(?:Mr|Mrs|Ms)\.?\s+${NAME}\b`,
  'u',
);
const NARRATOR_I = /(?<!-)\b(?:I|my|me)\b(?!-)/gu;

/** The title-and-surname attribution, when the narrator does not say "I" and "my" of themselves (see TITLED_SAID). */
function titledSaid(folded: string): RegExpExecArray | null {
  // Most texts name no one by title, and are spared the search.
  if (!folded.includes('Mr') && !folded.includes('Ms')) return null;
  const match = TITLED_SAID.exec(folded);
  return match && (narration(folded).match(NARRATOR_I)?.length ?? 0) < 2 ? match : null;
}

/**
 * How a Chinese report introduces its subject by age, or as one stranger of a surname, with a title:
 * 一名30岁吕小姐, 65岁的陈先生, 台南一位李小姐 (staff say 李小姐 of their own customer, not 一位李小姐).
 */
const ZH_NEWS_NAMING =
  /\d{1,2}岁的?\p{Script=Han}{1,2}(?:女士|先生|小姐|太太)|(?:一位|一名)\p{Script=Han}(?:女士|先生|小姐|太太)/u;

/**
 * A Chinese report's dateline: the wire's or the paper's day and place (（新加坡16日讯）, 中新网3月5日电), not a day someone
 * phoned (3月5日电话).
 */
const ZH_DATELINE = /\d{1,2}日讯|\d{1,2}月\d{1,2}日电(?![话视器脑])/u;

/**
 * How a report introduces its subject, which a council's or a regulator's own write-up does not: by age or by where
 * they live (今年20岁的田女士, 家住龙口的, "Yvonne Hollings, 36,"), or under a dateline. A report that quotes a council's
 * mediation is still a report. Not "a 72-year-old consumer", which a council's case study writes too.
 */
const PRESS_INTRODUCTION = new RegExp(
  String.raw`\d{1,2}岁的?\p{Script=Han}{1,2}(?:女士|先生|小姐|太太)|家住[^，,。；;\s]{1,12}?的|\d{1,2}日讯|\d{1,2}月\d{1,2}日电(?![话视器脑])` +
    String.raw`|\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+${NAME}|${NAME}\s+${NAME}),\s+\d{2},`,
  'u',
);

/** Whether a text introduces its subject as a report does (see PRESS_INTRODUCTION). */
function pressIntroduces(texts: ReturnType<typeof complaintTexts>): boolean {
  return texts.some(({ text }) => PRESS_INTRODUCTION.test(probedText(text).folded));
}

/** Whether what happened is told in the shop's own note (see staffNote). */
function noteOfTheShop(texts: ReturnType<typeof complaintTexts>): boolean {
  return texts.some(({ source, text }) => source === 'narrative' && staffNote(text));
}

/** Whether what happened is told in the customer's own voice (see inTheCustomersVoice). */
function customersVoice(texts: ReturnType<typeof complaintTexts>): boolean {
  return texts.some(({ source, text }) => source === 'narrative' && inTheCustomersVoice(text));
}

/** Whether a pasted text is a complaint platform's summary (see platformSummary): posted, not reported. */
function platformSummarised(texts: ReturnType<typeof complaintTexts>): boolean {
  return texts.some(({ source, text }) => source === 'narrative' && platformSummary(text, source) !== undefined);
}

/** Evidence that a text is a news story quoting the complainant by name, or under a wire's dateline. */
function newsAttribution(text: string, source: Evidence['source']): Evidence | undefined {
  // The folded text the cues were matched in, kept rather than folded again.
  const folded = probedText(text).folded;
  const match =
    NEWS_ATTRIBUTION.exec(folded) ?? titledSaid(folded) ?? ZH_NEWS_NAMING.exec(folded) ?? ZH_DATELINE.exec(folded);
  return match
    ? { quote: quoteAround(text, match.index, match.index + match[0].length), source, cue: match[0].trim() }
    : undefined;
}

/**
 * A public authority by its title, as a report names one whatever the country ("the Commerce Commission", "the
 * Competition and Markets Authority", "the Ministry of Domestic Trade"), by its last word: capitalised words before
 * Commission, Authority, Inspectorate or Ministry. Not a consumer body's (that is a council), nor Agency or Bureau, which
 * businesses are called too ("Sunshine Travel Agency").
 */
const EN_AUTHORITY =
  /\b(?!Consumer)\p{Lu}\p{Ll}+(?:\s+(?:and|of|for|on)?\s*(?!Consumer)\p{Lu}\p{Ll}+){0,3}\s+(?:Commission|Authority|Inspectorate|Ministry)\b/u;
const AUTHORITY_WORDS = ['Commission', 'Authority', 'Inspectorate', 'Ministry'];

/** Evidence that a text names a public authority by its title, as a step taken ("I didn't go to the … Authority" is none). */
function authorityNamed(text: string, source: Evidence['source']): Evidence | undefined {
  if (!AUTHORITY_WORDS.some((word) => text.includes(word))) return undefined;
  const match = EN_AUTHORITY.exec(text);
  return match && !isDeniedStep(text, match.index, false)
    ? { quote: quoteAround(text, match.index, match.index + match[0].length), source, cue: match[0] }
    : undefined;
}

/**
 * A paper or a station by its name, told or written to, or reporting ("she told the Nelson Mail", "contacted the Daily
 * Record", "according to the Straits Times", "the Evening Chronicle reported"): an outlet is named by the word its
 * masthead ends in, capitalised, which the vocabulary of journalists and reporters misses. Not the post offices
 * (Royal Mail, Canada Post) a parcel went through.
 */
const OUTLET = String.raw`(?:the\s+)?(?!(?:Royal\s+Mail|Canada\s+Post|Australia\s+Post|An\s+Post|Swiss\s+Post|Deutsche\s+Post)\b)(?:\p{Lu}[\p{L}'’]+\s+){1,3}(?:Times|Post|Herald|Telegraph|Tribune|Gazette|Chronicle|Journal|Courier|Mirror|Echo|Observer|Examiner|Inquirer|Bulletin|Advertiser|Sentinel|Dispatch|Mail|Express|Standard|Record|News|Press|Independent|Guardian)\b`;
const OUTLET_NAMED = new RegExp(
  String.raw`\b(?:told|tells|telling|contacted|contacting|[Aa]ccording\s+to|wrote\s+to|writing\s+to|spoke\s+to|speaking\s+to|reached\s+out\s+to|tipped\s+off|approached)\s+${OUTLET}` +
    String.raw`|${OUTLET}\s+(?:reported|reports|has\s+learned|learned|understands|revealed|contacted|asked|approached)\b`,
  'u',
);

/** A masthead's last word: most texts have none, and are spared the search for a whole name. */
const MASTHEAD_WORD =
  /(?:Times|Post|Herald|Telegraph|Tribune|Gazette|Chronicle|Journal|Courier|Mirror|Echo|Observer|Examiner|Inquirer|Bulletin|Advertiser|Sentinel|Dispatch|Mail|Express|Standard|Record|News|Press|Independent|Guardian)\b/u;

function outletNamed(text: string, source: Evidence['source']): Evidence | undefined {
  if (!MASTHEAD_WORD.test(text)) return undefined;
  const match = OUTLET_NAMED.exec(text);
  return match && !isDeniedStep(text, match.index, false)
    ? { quote: quoteAround(text, match.index, match.index + match[0].length), source, cue: match[0] }
    : undefined;
}

/**
 * A trader kept anonymous by a letter (A公司, B店, C商户), as a consumer council's own case write-up names the parties
 * it mediated between (Shop A, Trader B); a report or a customer names the shop or says 某店. Not a brand in Latin
 * letters (SK公司), nor "the shop I went to".
 */
const LETTERED_TRADER =
  /(?<![A-Za-z])[A-Z](?:公司|店|铺|商户|商店|零售商|珠宝店|金行)|\b(?:Company|Shop|Store|Trader|Retailer|Jeweller|Jeweler)\s+[A-HJ-Z]\b(?![\p{L}'’])/u;

function letteredTrader(text: string, source: Evidence['source']): Evidence | undefined {
  const match = LETTERED_TRADER.exec(probedText(text).folded);
  return match
    ? { quote: quoteAround(text, match.index, match.index + match[0].length), source, cue: match[0] }
    : undefined;
}

/**
 * A consumer council called by its title alone, as its own case notes and the reports quoting them do: "lodged a
 * complaint with the Council", "the Council mediated". Capitalised, for "the council" in lower case is a town's. Not
 * "the Council" named only to be denied ("she did not complain to the Council").
 */
const COUNCIL_BY_TITLE =
  /\b(?:complain(?:t|ts|ed|ing)?|lodged|referred|approached|contacted|sought)\b[^.!?\n]{0,30}?\bthe\s+Council\b|\bthe\s+Council\s+(?:mediated|intervened|conciliated|contacted|approached|wrote\s+to|followed\s+up)\b/u;

function councilByTitle(text: string, source: Evidence['source']): Evidence | undefined {
  if (!text.includes('Council')) return undefined;
  const match = COUNCIL_BY_TITLE.exec(text);
  if (!match) return undefined;
  const at = match.index + match[0].indexOf('the Council');
  return isDeniedStep(text, at, false)
    ? undefined
    : { quote: quoteAround(text, match.index, match.index + match[0].length), source, cue: match[0] };
}

/** The cues that name the news itself, which a customer also watches or reads (see NEWS_CONSUMED). */
const NEWS_WORDS = new Set<string>(['on the news', 'the local news', 'the evening news', 'newspaper']);

/**
 * The news watched, heard or read, or a newspaper's advertisement: "I saw on the news that gold went up", "my husband
 * watches the evening news", "the newspaper ad". The customer consumed the news; the complaint did not reach it.
 */
const NEWS_CONSUMED =
  /\b(?:saw|seen|see|seeing|heard|hear|hearing|watch|watched|watches|watching|read|reading|reads)\b(?:\s+[\p{L}'’]+){0,3}?\s+(?:on\s+)?(?:the\s+)?(?:local\s+|evening\s+|nightly\s+)?news(?:paper)?\b|\bnewspaper\s+(?:ads?|adverts?|advertisements?|inserts?|coupons?|flyers?|circulars?)\b/iu;

/** Whether a hit names the news only as the customer consumed it (see NEWS_CONSUMED). */
function newsConsumed(hit: CueHit): boolean {
  return NEWS_WORDS.has(hit.cue.text) && NEWS_CONSUMED.test(hit.evidence.quote);
}

/** Each kind with its cues and how they are looked for, worked out once rather than for every complaint. */
const KIND_READINGS = FlagKindSchema.options.map((kind) => ({
  kind,
  cues: FLAG_CUES[kind],
  pastedCues: PASTED_CUES.get(kind) ?? FLAG_CUES[kind],
  // Difficult kinds describe the customer, so what a clause says the staff did does not count.
  // What the shop said ("店家还说不满意就去找消保官") is their dare, not where the complaint went; and a refusal
  // it reports ("主任表示不接受退款") is the shop's, not a stubborn customer's.
  // A step to an outside party named only to be denied ("I didn't report them to the BBB") is not where it went.
  options: {
    customerOnly: !isCrisis(kind),
    skipStaffClaims: isCrisis(kind) || kind === 'stubborn',
    skipDeniedSteps: ESCALATION_STEPS.has(kind),
  },
}));

/**
 * Evidence that the pasted text is itself a news report or a public post (see text-register.ts), looked for only
 * in what happened: that is where a pasted text goes, while the customer's words are said to the shop.
 */
function registerOf(
  kind: FlagKind,
  source: Evidence['source'],
  text: string,
  guessPublished: boolean,
  reportStyleIsPress: boolean,
): Evidence | undefined {
  if (source !== 'narrative') return undefined;
  if (kind === 'media' && reportStyleIsPress) return newsRegister(text, source);
  if (kind === 'social-media' && guessPublished) return postRegister(text, source) ?? platformSummary(text, source);
  return undefined;
}

/** Adds evidence unless the same quote is there already. */
function addOnce(evidence: Evidence[], item: Evidence): void {
  for (const known of evidence) if (known.quote === item.quote) return;
  evidence.push(item);
}

/**
 * Flags the difficult-customer kinds and crisis signals a complaint shows, each with the phrases that
 * raised it and the method's handling advice, and the crisis flag of where staff said it came from. Crisis
 * flags come first: they change who must be told.
 */
export function detectFlags(complaint: Complaint): Flag[] {
  const texts = complaintTexts(complaint);
  // Where staff said it came from beats a guess at where a pasted text was published; and a staff note, which names
  // and quotes its customer as a report does, was published nowhere.
  const guessPublished = complaint.channel === undefined && !noteOfTheShop(texts);
  // In a council's or regulator's notice, a report's way of naming the complainant is the body's, not the press's,
  // unless the subject is introduced as only a report does; in a complaint platform's summary it is the platform's.
  // Nor is a customer's own story or message a report, whatever words of the press it uses of news it saw.
  const reportStyleIsPress =
    guessPublished &&
    !platformSummarised(texts) &&
    (!bodySpeaks(texts) || pressIntroduces(texts)) &&
    !customersVoice(texts);
  // Whether the text is a report, found only when a post's guess is hit.
  let reported: boolean | undefined;
  const flags: Flag[] = [];
  // Whether a harm is told, found only when a child is named.
  let harmed: boolean | undefined;
  // Indexed loops: a complaint is read for some twenty kinds in each of its texts, mostly finding nothing,
  // and that costs no iterator or empty list per kind and text.
  for (let reading = 0; reading < KIND_READINGS.length; reading++) {
    const { kind, options, cues: kindCues, pastedCues } = KIND_READINGS[reading] as (typeof KIND_READINGS)[number];
    let evidence: Evidence[] | undefined;
    for (let place = 0; place < texts.length; place++) {
      const { source, text } = texts[place] as (typeof texts)[number];
      const hits = findCues(guessPublished ? pastedCues : kindCues, text, source, options);
      for (let at = 0; at < hits.length; at++) {
        const hit = hits[at] as CueHit;
        if (kind === 'special-customer' && CHILD.has(hit.cue)) {
          harmed ??= harmTold(texts);
          if (!harmed) continue;
        }
        if (kind === 'social-media' && reportStyleIsPress && POST_GUESS_CUES.has(hit.cue)) {
          reported ??= reportedInThePress(texts);
          if (reported) continue;
        }
        if (kind === 'media' && newsConsumed(hit)) continue;
        if (kind !== 'media' || reportStyleIsPress || !PUBLISHED_CUES.has(hit.cue)) {
          evidence ??= [];
          addOnce(evidence, hit.evidence);
        }
      }
      const outsideParty =
        kind === 'regulator'
          ? authorityNamed(text, source)
          : kind === 'consumer-council'
            ? (letteredTrader(text, source) ?? councilByTitle(text, source))
            : kind === 'media'
              ? outletNamed(text, source)
              : undefined;
      if (outsideParty) {
        evidence ??= [];
        addOnce(evidence, outsideParty);
      }
      const quoted = kind === 'media' && reportStyleIsPress ? newsAttribution(text, source) : undefined;
      if (quoted) {
        evidence ??= [];
        addOnce(evidence, quoted);
      }
      const register = registerOf(kind, source, text, guessPublished, reportStyleIsPress);
      if (register) {
        evidence ??= [];
        addOnce(evidence, register);
      }
    }
    if (evidence === undefined || evidence.length === 0) continue;
    flags.push({
      kind,
      group: isCrisis(kind) ? 'crisis' : 'difficult',
      evidence: evidence.slice(0, MAX_EVIDENCE),
      advice: adviceFor(kind),
    });
  }
  const ordered = [
    ...flags.filter((flag) => flag.group === 'crisis'),
    ...flags.filter((flag) => flag.group === 'difficult'),
  ];
  return withChannelFlag(ordered, complaint.channel);
}
