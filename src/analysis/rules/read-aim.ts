import { AIM_KINDS, type AimKind, type Evidence, type RealAim } from '../../domain/analysis.ts';
import { type Complaint, complaintTexts } from '../../domain/complaint.ts';
import { normaliseText } from '../../shared/normalise-text.ts';
import { aimNote } from '../wording/aim-note.ts';
import {
  AGREED,
  AIM_PHRASES,
  AMOUNT,
  CONDITIONAL_ASKS,
  DEFECT_PHRASES,
  HEDGE_PHRASES,
  POLITE_ASK,
  QUESTION_ASK,
  SET_ASIDE,
} from './aim-cues.ts';
import { amountsIn } from './amounts-in.ts';
import { countOccurrences, cues, findCues, quoteAround } from './cue.ts';
import { probedJoin } from './cue-probes.ts';
import { overchargeDisputed } from './overcharge-disputed.ts';
import { partsAsRepairs } from './part-replaced.ts';
import { priceComparedElsewhere } from './price-compared.ts';

/** Problems whose natural remedy is a repair. */
const REPAIR_PROBLEMS = new Set([
  'lost-stone',
  'watch-battery',
  'watch-fault',
  'unsoldered',
  'loose-screw',
  'tarnish',
  'broken',
  'base-clip-broken',
]);
type StatedAim = Exclude<AimKind, 'unknown'>;
const AIMS = AIM_KINDS.filter((kind): kind is StatedAim => kind !== 'unknown');
const AIM_CUES = new Map(AIMS.map((kind) => [kind, cues(1, ...AIM_PHRASES[kind])]));
const DEFECT_CUES = cues(1, ...DEFECT_PHRASES);

/**
 * A place or a worker named for repairs: 修理厂, 维修店, 维修中心, 修表铺, 修理工, 维修人员. The name asks for nothing ("决意要与修理厂
 * 对簿公堂" claims damages).
 */
const REPAIR_TRADE = /(?:维修|修理|修表|修车|修鞋)(?:厂|店|铺|部|中心|站|点|行|工|人员|师傅)/gu;

/** The aim named most often in a text; ties go to the first in AIM_PHRASES order. */
function strongestAim(told: string): { kind: StatedAim; count: number } | undefined {
  // A part replaced is read as that part repaired (see partsAsRepairs); a place or a worker named for repairs is no
  // repair asked.
  const text = partsAsRepairs(told).replace(REPAIR_TRADE, '店');
  let best: { kind: StatedAim; count: number } | undefined;
  for (const kind of AIMS) {
    const count = countOccurrences(AIM_PHRASES[kind], text);
    if (count > 0 && (!best || count > best.count)) best = { kind, count };
  }
  return best;
}

/**
 * Words by which someone states an ask: 要求, 希望, 想, wants, needs, asked for, demanded, would like … A piece taken in
 * (送修, 送去, 拿去) tells what happened to it, not what is asked now, and 只要是 is "as long as it is"; what someone
 * "will" or "would need to" do is what they are told they must, not what they ask; 准备 (about to: 准备用旧戒指调换) is a
 * step someone is taking, not an ask. What a person needs done is asked for as what they want is: "I need it fixed", "we
 * need them replaced", 我需要把它修好; what the piece itself needs ("the watch needs a battery", 表需要换电池) is no ask.
 * "Asked if" a thing is, was or has been so asks a question of fact ("asked if
 * this jeweler is authorized to…"); "asked if they would…" asks for it. Looking for where a remedy can be had asks for it
 * too: 哪里可以修理, 边度可以整, "where I could get it fixed", "someone who could repair it".
 */
const ASK =
  /(?<![被没沒不]|并非|不是|无意|没有)(?:要求|希望|想(?![法到起象像必来])|只要(?!是)|坚持要|(?<!并|並)非要|请求|(?<![检探])讨(?![论厌好价])|索要|诉求|申请|试图|要回|讨回|追回|提出|打算|拟|专程|坚持|执意|非得|讨要|追讨|索取|寻求|期望|期盼|期待|盼|呼吁|主张|恳请|只求|叫(?:佢|佢哋|他们|她们|商家|店家|店方)|协调|沟通|协商|帮我|交涉|誓言|誓要|决心|(?:我|我们|她|他|顾客|客人|佢|佢哋)(?:就是|就|只|还|一定)?需?要(?![求是])|(?<!没有|没|不是|並非|并非)(?:说|话)要(?=退|换|赔|补)|(?<![需不别没])(?:让|要|叫)(?=(?:他|她|对方|商家|店家|店方|厂家|老板|师傅|修理工|维修工|店员)(?:们)?(?:赔|退|换|修|补|重做|负责))|(?:前往|前去|来到|回到|返回|跑到|跑去|再次到|再到)(?=[^，,。！？]{0,8}?(?:退货|退款|退钱|换货|调换|索赔|讨说法|讨个说法|要说法))|(?:哪里|哪儿|哪家|哪间|什么地方|边度|边间)(?=(?:可以|能够?|会|有得)?(?:维?修|换|退|整|补|焊|镶)))|\b(?:wants?|where\s+(?:to|i|we|she|he|they)\s+(?:could\s+|can\s+|might\s+)?(?:get|have|take)\b|(?:someone|somebody|somewhere|anyone|anybody|a\s+place)\s+(?:who|that|to)\s+(?:could\s+|can\s+|would\s+)?(?=fix|repair|mend|replace|solder|restring)|wanted|just want|(?<!\b(?:would|will|'ll|'d)\s+|\b(?:it|watch|ring|necklace|bracelet|chain|glasses|frames?|lens|lenses|piece|clasp|band|strap|battery|stone|setting|prongs?)\s+)needs?\s+(?:to|a|an|my|her|his|our|the|it|them)|(?<!\b(?:it|watch|ring|necklace|bracelet|chain|glasses|frames?|lens|lenses|piece|clasp|band|strap|battery|stone|setting|prongs?)\s+)needed\s+(?:to|a|an|my|her|his|our|the|it|them)|would like|\w+'d like|all i ask|(?:i'm|i\s+am|we're|we\s+are|she's|she\s+is|he's|he\s+is|they're|they\s+are)\s+(?:only\s+|just\s+|really\s+)?after|what\s+(?:i|we|she|he|they)\s*(?:'m|'re|'s|\s+am|\s+are|\s+is|\s+was|\s+were)\s+(?:really\s+|only\s+)?after|asked (?:for|them to|to)|asked (?:if|whether)(?!(?:\s+\w+){1,3}\s+(?:is|was|are|were|has|had|did|does)\b)|(?:asked|ask) (?:\w+ ){1,3}to|(?:asking|asks) (?:\w+ ){1,3}to|(?:settle|settled|settling) for|looking to|persuade\w*|vow\w*|asks for|asking for|(?:told|tell|tells|telling)\s+(?:them|the\s+(?:store|shop|manager|clerk|staff|jewell?er|company|salesperson|salesman|owner|seller))\s+to|demand\w*|request\w*|insist\w*|expect\w*|decided to|tried to|hoping|hoped (?:for|to|that)|hopes (?:for|to|that)|seek\w*|sought|beg(?:s|ged|ging)? (?:for|them|him|her|to)|plead\w* (?:for|with)|(?:pushed|pressed|pushing|pressing|called|calling) for|(?:called|calling|calls) on|urg(?:e|es|ed|ing)|wish(?:es|ed)? (?:that|they|the|it)|would rather|petition\w*|(?:was|am|were) going to|took (?:it|them|her \w+|his \w+|my \w+) (?:in|back)|brought (?:it|them|her \w+|his \w+|my \w+) (?:in|back)|dropped (?:it|them|her \w+|his \w+|my \w+) off|(?<!\b(?:had|has|have|having|'d|would|will|'ll|going|got)\s+)to have)\b/iu;
/**
 * What the shop refused or could not do is what the customer asked for: 商家拒绝退款, 不同意重做, 修不了 is
 * 无法维修, "they refused to refund", "they couldn't repair it", "it's illegal to deny me a return".
 * (A refusal by the customer — "她拒绝赔偿" — is told apart by who is named last before it.)
 */
const REFUSED =
  /(?:不同意|拒绝|拒不|不肯|不愿意?|不予|不给|不让|不准|不许|不接受|不能|无法|没法|没办法|唔肯|唔俾|唔畀|唔同意)|\b(?:refus\w*(?: to)?|declin\w*(?: to)?|den(?:y|ies|ied|ying)|would not|wouldn't|won't|will not|couldn't|could not|can't|cannot|unable to)\b/iu;
/**
 * The condition of a refusal, which is not the thing refused: "they won't guarantee the seal if they replace the
 * battery" refuses the guarantee. (A Chinese condition comes before the refusal, 如果换电池就不保防水, so is never
 * read as its object.)
 */
const REFUSAL_CONDITION = /\b(?:if|unless|once|when)\b.*$/iu;
/**
 * Words that are an ask wherever they stand: a 说法, 公道 or 个交代 is only something the customer wants, a lawsuit
 * claims damages (起诉, 提告, 告上法庭, 对簿公堂, 打官司, sued, "took the jeweller to small claims court"), and 索赔 (索償) is itself the verb of claiming them: "多次找商家索赔". A
 * report read off (检测报告上显示, 公告上写) sues no one.
 */
const ASK_BY_ITSELF =
  /说法|公道|个交代|索赔|索偿|(?:提|控|状|怒)告|对簿公堂|打官司|诉至法院|诉诸法律|(?<![报公通广警预忠宣布劝])告上|\b(?:sued|suing|sue (?:them|the)|(?:took|take|taking|takes|taken)\s+(?:\w+\s+){1,3}to\s+(?:small\s+claims|court|the\s+(?:small\s+claims|tribunal|consumer\s+(?:court|tribunal|forum)))|charge-?backs?|charged? (?:it )?back|disput(?:e|ed|es|ing) the (?:charge|payment|transaction))\b|(?<!\b(?:paid|pay|pays|paying|charged|charge|charges|billed|bill|cost)\s+(?:\w+\s+)?)\bfor\s+(?:a\s+|an\s+|the\s+|her\s+|his\s+|my\s+)?(?:full\s+|partial\s+)?(?:refund|replacement|exchange|money\s+back)\b/iu;
/**
 * A refusal told from the customer's side: "she was refused a refund", "he was denied an exchange", 退款申请被拒,
 * 遭到拒绝. The clause around it names what was asked for.
 */
const PASSIVE_REFUSAL =
  /\b(?:was|were|been|being|got|get|gets|is|are)\s+(?:refused|denied|turned\s+down\s+for)\b|被拒(?:绝)?|遭(?:到)?拒(?:绝)?/iu;
/**
 * A remedy the customer failed to get is one they asked for: "she couldn't get a refund", "we never got our money
 * back", "was unable to get", and one they are told they will not get ("you're not getting your deposit back", "she
 * won't get a refund"), and in Chinese a remedy's verb with a potential negative (退不了, 换不了, 赔不到, 退唔到, 修不了)
 * or said to be hard to do (不好修, 不好退), read as the remedy it names. A repair the shop could not do counts once
 * (修), so the ask that follows it ("店员说修不好,她要求退款") still stands.
 */
const FAILED_TO_GET =
  /\b(?:couldn't|could\s+not|can't|cannot|was\s+unable\s+to|were\s+unable\s+to|never|didn't|did\s+not|failed\s+to|won't|will\s+not|(?:(?:is|are|was|were|'s|'re|'m|am)\s*(?:not|n't)|isn't|aren't|wasn't|weren't)(?:\s+going\s+to)?)\s+(?:get|got|getting|receive|received|receiving|obtain)\b/iu;
const CANNOT_GET_ZH = /([退换赔修])(?:不了|不掉|不成|不到|唔到|不好(?!看|用|意思))|不好(维?修|退|换)/gu;
const REMEDY_OF_VERB: Readonly<Record<string, string>> = { 退: '退款', 换: '换货', 赔: '赔偿', 修: '修', 维修: '修' };
/**
 * A remedy named as sought and not got: 退货不果, 退款未果, 索赔无果, 换货失败. (A repair that failed, 维修未果, tells of
 * work done, not of an ask.)
 */
const SOUGHT_IN_VAIN_ZH = /(退货|退款|退钱|退费|换货|索赔|赔偿)(?:不果|未果|无果|不成|失败|不遂)/gu;
/** A trade-in's name (以旧换新) asks for no exchange. */
const TRADE_IN = /以旧换新/gu;
/** "修好就可以" — what would be enough is what is asked. */
const ENOUGH = /就可以|就行|就好|即可|就够了/u;
/**
 * What the shop must do is the customer's ask whoever the subject is: 商家必须给予赔偿, 店方总得给个说法, 一定要查清楚, and
 * the shop told to its face what it is to do (你们要为这件事负责, 你们公司得给我退款, 你哋要赔).
 * "Should have", "must have" and 应该是 look back or guess ("it should not have happened", "it must have fallen out",
 * 应该是氧化了): they ask nothing of anyone now.
 */
const OBLIGATION =
  /必须|总得|应当|应该(?!是)|一定要|(?:你们|你哋|贵店|贵公司)(?:公司|店|门店)?(?:就|也)?(?:要|得)(?![求是不么])|\b(?:should|must)\b(?!\s+(?:not\s+|never\s+)?have\b|'ve\b)/iu;
/** A reporting verb: "商家却说必须加买" is the shop laying down terms, not the customer asking. */
const REPORTING = /说|表示|称|指|告知|\b(?:said|says|told)\b/iu;
/** An ask named as a thing that was refused or answered: 退款要求, 赔偿的诉求. */
const NAMED_ASK = /(?:的)?(?:要求|请求|诉求)/u;
/**
 * The shop's side and the reporter, when they are the ones acting: the seller's other names (卖家, 厂家, 品牌方, the
 * store, the company, the owner) and the journalist ask or refuse things too. A name that is the object of an
 * address or a place ("向商家要求退款", "找店家", "called the manager and demanded", "went back to the store and
 * asked") is who the customer turned to, not who asked.
 */
const STAFF_WORD = new RegExp(
  '(?<!(?:向|找|跟|对|和|与|到|去|在|从|给|问|请|叫|让|联系|联络|致电|打给|告诉|质问|投诉|举报|检举|指控)(?:[A-Za-z0-9]{1,3}|该|这家|那家|这间|那间|涉事|此)?)' +
    '(?:店员|店方|商家|职员|工作人员|导购|柜姐|柜员|营业员|售货员|收银员|店主|店长|经理|老板|客服|师傅|店家|卖家|厂家|厂商|品牌方|公司|总部|销售|主任|负责人|主管|员工|门店|专柜|记者)|' +
    String.raw`(?<!\b(?:to|at|in|into|from|with|by|for|of|on|called|phoned|rang|emailed|told|asked|contacted|approached|visited|reported|accused|sued|wrote\s+to|spoke\s+to|spoke\s+with)\s+(?:the\s+|a\s+|an\s+|that\s+|this\s+|their\s+|her\s+|his\s+|my\s+|our\s+)?(?:[\w-]+'s\s+)?)` +
    String.raw`\b(?:clerk|staff|manager|salesman|saleswoman|salesperson|employee|cashier|jeweller|jeweler|they|store|shop|company|seller|retailer|brand|owner|optician|technician|repairer|dealer|merchant|vendor|reporter|journalist)\b`,
  'giu',
);
/** 他们/她们 (they) is no customer word: in a retelling it names the shop's people as often as the customer's party. */
const CUSTOMER_WORD =
  /她(?!们)|他(?!们)|顾客|客人|消费者|女士|先生|小姐|太太|女子|男子|\b(?:i|she|he|customer|we)\b/giu;

/**
 * A "he" or "she" the shop's side says of itself: "the manager said he would not…", 店长说他不能…. The pronoun is
 * the speaker's, so the refusal after it is the shop's.
 */
const STAFF_SPEAKS_OF_ITSELF =
  /(?:\b(?:clerk|manager|salesman|saleswoman|salesperson|employee|cashier|jewell?er|owner|optician|technician|repairer|dealer|seller)\s+(?:said|says|told\s+(?:me|her|him|us|them)|explained|claimed|insisted|replied)\s+(?:that\s+)?(?:he|she)|(?:店员|店长|经理|老板|师傅|客服|店主|导购)(?:说|表示|称|解释说)(?:他|她))\s*$/iu;

/** True when the last person named before a refusal is the customer: "她拒绝赔偿" is no ask of hers. */
function customerIsActing(before: string): boolean {
  if (STAFF_SPEAKS_OF_ITSELF.test(before)) return false;
  const last = (pattern: RegExp) => Math.max(-1, ...[...before.matchAll(pattern)].map((match) => match.index));
  return last(CUSTOMER_WORD) > last(STAFF_WORD);
}

/** True when the last person named before an ask is the shop's side: "店员要求她赔偿" is the shop asking. */
function staffIsAsking(before: string): boolean {
  const last = (pattern: RegExp) => Math.max(-1, ...[...before.matchAll(pattern)].map((match) => match.index));
  return last(STAFF_WORD) > last(CUSTOMER_WORD);
}

/**
 * The shop asked to pay for work or a replacement ("asked if they would pay to have the crystal replaced", "cover
 * the cost of the repair", 承担维修费用): the ask is for money, whatever it would buy, so the rest of the clause is read as compensation alone.
 */
const PAID_FOR =
  /\b(?:pay|paying|cover|covering|bear|foot)\s+(?:for|to have|to get|the\s+cost\s+of|the\s+costs\s+of|the\s+bill\s+for)\b.*$|(?:承担|支付|负担|报销|出)[^，,。]{0,6}(?:费用|的钱|修理费|维修费).*$/iu;
const SHOP_PAYS = 'pay for the damage';

/**
 * A sum of money as what is asked ("I want £50 for the trouble", "he demanded 500 yuan for the scratched watch", "seeks
 * $450", 她要两千块): money paid over for a loss, whatever the rest of the clause says it is for; the sum back is a
 * refund ("wants her $80 back"), the sum off the price a discount ("asked for £20 off").
 */
/** A sum in pounds or euros, which AMOUNT (yuan, dollars) does not read: £50, €20, 50 pounds, 30 quid. */
const POUNDS_OR_EUROS = String.raw`[£€]\s*\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s*(?:pounds?|quid|euros?)\b`;
const SUM_ASKED = new RegExp(
  String.raw`^\s*(?:for\s+)?(?:(?:an?|another|her|his|my|their|our|the)\s+(?:extra\s+|further\s+)?)?(?:${POUNDS_OR_EUROS}|${AMOUNT.source})(?:\s*(?<after>back|off)\b)?`,
  'iu',
);
const SUM_MEANS: Readonly<Record<string, string>> = { back: 'money back', off: 'money off' };

/** 只要 before a sum is what a thing costs ("别家换电池只要五十元", only fifty yuan), not a sum asked. */
const COSTS_ONLY = /^只要$/u;

/** What a sum asked for names (see SUM_ASKED), or undefined when no sum opens the ask after its word. */
function sumAsked(word: string, asked: string): string | undefined {
  if (COSTS_ONLY.test(word)) return undefined;
  const sum = SUM_ASKED.exec(asked);
  return sum === null ? undefined : (SUM_MEANS[sum.groups?.after?.toLowerCase() ?? ''] ?? SHOP_PAYS);
}

/**
 * Where a sentence ends, in either script: an ask ends with its sentence, and what the next one tells ("I took it
 * back. The clerk said the lens would be replaced") is no part of it. A title's full stop (Mr., Dr.) ends none.
 */
const SENTENCE_END = /[。！？!?；;\n]|(?<!\b(?:mr|mrs|ms|dr|st|jr|sr|vs|etc))\.["”’]?(?:\s|$)/iu;

/**
 * The job done by the customer or taken to another shop: "I'll do it myself", "took it to another jeweller", 自己换了,
 * 拿去别家修. The service asked for before is asked no longer; what the customer asks after it still counts. Said
 * as a threat's lever ("if they can't, I'll do it myself") it gives nothing up.
 */
const DONE_ELSEWHERE =
  /\b(?:do|did|fix|fixed|fit|fitted|change|changed|replace|replaced)\s+(?:it|them|the\s+\w+)\s+(?:myself|ourselves|herself|himself)\b|\b(?:took|take|taking|went|go|going)\s+(?:it\s+|them\s+)?(?:back\s+)?to\s+(?:another|a\s+different|my\s+(?:regular|usual|local))\s+(?:jewell?er|shop|store|optician|repairer|watchmaker|cobbler|tailor)s?\b|自己(?:动手)?(?:修|换|弄|装)|(?:拿|送|去|到|找)(?:去|到)?(?:别家|别的店|另一家|其他店)/iu;
const THREAT_CONDITION = /\b(?:if|unless)\b|如果|要是|假如|否则|不然|除非/iu;

/**
 * The parts of a retelling that state what the customer asks for: each clause from its ask word on
 * ("…,要求商家退货退款", "she wants a full refund"), what the shop is told it must do, and an ask named as a
 * noun ("不接受退款要求"). A clause in which the staff ask or offer something is left out.
 */
function asksIn(narrative: string, described: string[]): string {
  const whole = normaliseText(narrative).replace(TRADE_IN, '以旧易新');
  // A text of one paragraph has no subheading to leave out.
  const folded = whole.includes('\n') ? whole.replace(SUBHEADING, '\n') : whole;
  const parts: string[] = [];
  for (const sentence of folded.split(SENTENCE_END)) {
    // Few sentences tell of a job done elsewhere: only theirs are searched clause by clause.
    const doneElsewhere = DONE_ELSEWHERE.test(sentence) && !THREAT_CONDITION.test(sentence);
    // After "店员说," the rest of the sentence is the shop's words: its terms and offers ask nothing of the
    // customer's, though a refusal in them still names what she asked.
    let quoted = false;
    // An earlier plan goes on into the clause after it unless that one turns: "本来只想拿去检测,帮我修好就可以"
    // plans both.
    let planned = false;
    // An ask named and then told ("诉求很简单,就是把表修好") goes on into the clause after it.
    let opened = false;
    for (const whole of sentence.split(/[，,]/u)) {
      const clause = whole.replace(SET_ASIDE, ' ');
      if (doneElsewhere && DONE_ELSEWHERE.test(clause)) parts.length = 0;
      if (opened) parts.push(clause);
      planned = readClause(clause, quoted || (planned && !TURN.test(clause)), parts, described);
      opened = !quoted && ASK_NAMED_THEN_TOLD.test(clause) && !staffIsAsking(clause);
      if (SPEECH_OPENS.test(clause)) quoted = staffIsAsking(clause);
    }
  }
  return parts.join('\n');
}

/**
 * A report's subheading: a short line of its own, with no mark of a sentence or a clause and no first person, between
 * a paragraph that ends a sentence and one that goes on ("…实属虚报。\n菜档仗义出手 三度覆秤讨回公道\n事主对此…", "…at the
 * counter.\nA second visit ends in tears\nThe next morning…"). It is the reporter's summary in the paper's words, not the
 * customer's ask. A post written in short unpunctuated lines (买了个手链\n戴了两天就断了\n我要退款) has no sentence's end
 * before them, and a line in the first person is the customer's own, so both keep every line.
 */
const SUBHEADING =
  /(?<=[。！？!?.」”"][^\S\n]*\n)(?![^\n]*(?:我|\b(?:I|my|me|we|our)\b))[^\n，,。！？!?；;:：、.'"“”「」]{2,40}(?=\n[^\n]{41,})/giu;

/**
 * A clause that names an ask and leaves it to the next to say: 诉求很简单, 她的要求只有一个, 唯一的心愿是, 要求如下.
 */
const ASK_NAMED_THEN_TOLD =
  /(?:诉求|要求|请求|心愿|愿望)(?:也|其实|倒|就)?(?:很简单|很明确|很明白|只有一个|就一个|只有一点|只有一条|不多|是|如下|\s*[:：])\s*$/u;

/**
 * A clause that ends by opening someone's speech: 店员说, 商家表示, 销售人员介绍说, 对方回应称, "the clerk replied,".
 * Whose speech it is shows in the clause (see staffIsAsking). A reply not given (客服也不回复, 没有解释) opens none: what
 * follows it is the customer's own (…,我要退款).
 */
const SPEECH_OPENS =
  /(?<!不|没|没有|未|冇|唔|拒绝|拒不|也不|都不|也没|都没)(?:说|表示|称|告知|介绍|回应|回复|答复|解释|强调|声称|坚称)(?:说|道|称)?\s*[:：]?\s*$|\b(?:said|says|replied|replies|answered|explained|insisted|claimed|told\s+(?:me|her|him|us|them))\s*[:"“']?\s*$/iu;

/**
 * An ask that only describes who asked: 打伤要求退款的台湾旅客, "the woman who wanted a refund". It tells the story's
 * past, and gives way to any ask the retelling states outright (a vow, a demand, a claim), counting only when there
 * is none.
 */
const DESCRIBES_ASKER =
  /^[^，,。]{0,12}的[^，,。的]{0,3}(?:旅客|游客|顾客|客人|消费者|女士|先生|小姐|男子|女子|市民|买家|妇人|老人|夫妇|母亲|妈妈|父亲)/u;
const WHO_ASKED = /\bwho\s+$/iu;

/** A clause that turns from what came before, or moves on in time: 但, 可是, 结果, 现在, "but", "now". */
const TURN =
  /^\s*(?:但|可是|却|不过|结果|没想到|谁知|后来|最后|现在|如今|目前|\b(?:but|however|instead|then|now|later|eventually)\b)/iu;

/**
 * Reads one clause's asks into `parts`. `quoted` is true inside the shop's speech, or in the clause that goes on with
 * an earlier plan, where only what is refused names an ask. Returns whether the clause's ask is an earlier plan.
 */
function readClause(clause: string, quoted: boolean, parts: string[], described: string[]): boolean {
  const ask = ASK.exec(clause);
  const before = ask ? clause.slice(0, ask.index) : '';
  const planned = ask !== null && EARLIER_PLAN.test(before);
  const own =
    ask !== null &&
    !quoted &&
    !DENIED.test(before) &&
    !DENIED_ZH.test(before) &&
    !deniedOfAThing(before, clause.slice(ask.index + ask[0].length)) &&
    !planned;
  // Whoever is named before it, an ask that describes someone is that one's.
  const describing = own && (WHO_ASKED.test(before) || DESCRIBES_ASKER.test(clause.slice(ask.index)));
  if (describing) described.push(clause.slice(ask.index));
  else if (own && !staffIsAsking(before))
    parts.push(
      sumAsked(ask[0], clause.slice(ask.index + ask[0].length)) ?? clause.slice(ask.index).replace(PAID_FOR, SHOP_PAYS),
    );
  const failed = FAILED_TO_GET.exec(clause);
  if (failed) parts.push(clause.slice(failed.index + failed[0].length));
  for (const [, verb, hard] of clause.matchAll(CANNOT_GET_ZH)) parts.push(REMEDY_OF_VERB[verb ?? hard ?? ''] ?? '');
  for (const [, remedy] of clause.matchAll(SOUGHT_IN_VAIN_ZH)) parts.push(remedy ?? '');
  const passive = PASSIVE_REFUSAL.exec(clause);
  // 退款申请被拒 names the ask before the refusal, "was refused a refund" after it.
  if (passive) parts.push(clause.slice(0, passive.index), clause.slice(passive.index + passive[0].length));
  // What was refused is read without the refusal, which would otherwise read as a negation of it.
  const refused = REFUSED.exec(clause);
  if (refused && !customerIsActing(clause.slice(0, refused.index)))
    parts.push(clause.slice(refused.index + refused[0].length).replace(REFUSAL_CONDITION, ''));
  const question = QUESTION_ASK.exec(clause) ?? POLITE_ASK.exec(clause);
  if (question && !quoted && !staffIsAsking(clause.slice(0, question.index)))
    parts.push(clause.slice(question.index + question[0].length));
  const must = OBLIGATION.exec(clause);
  if (must && !quoted && !REPORTING.test(clause.slice(0, must.index))) parts.push(clause.slice(must.index));
  const enough = ENOUGH.exec(clause);
  const byItself = ASK_BY_ITSELF.exec(clause);
  // What the shop says would be enough ("销售人员说只需补差价就可以调换") is its terms, not the customer's ask; "I didn't
  // ask for a refund" denies one.
  if (
    (enough && !quoted && !staffIsAsking(clause.slice(0, enough.index))) ||
    (byItself && !DENIED.test(clause.slice(0, byItself.index)) && !deniedOfAThing(clause.slice(0, byItself.index), ''))
  )
    (describing ? described : parts).push(clause);
  const named = NAMED_ASK.exec(clause);
  if (named && named.index > 0) parts.push(clause.slice(Math.max(0, named.index - 4), named.index));
  return planned;
}

/**
 * An earlier plan rather than the ask: 原本只想换个镜框, 本想修一下, 起初打算, "originally wanted", "at first she
 * intended". What the customer came to want instead is said elsewhere, or nothing is asked.
 */
const EARLIER_PLAN =
  /(?:原本|本来|原来|(?<!日|基|根)本|起初|当初|一开始|开始时|最初|起先)(?:我们?|她|他)?(?:只是|只|就|是|也|还)?\s*$|\b(?:originally|initially|at\s+first)\s+(?:\w+\s+){0,2}$/iu;

/**
 * "did not want", "never asked for", "I don't want": an ask word the customer denies. A contracted denial counts only
 * after I or we: "they didn't want to replace it" is the shop refusing what was asked, and names the ask.
 */
const DENIED = /(?:\b(?:not|never|no\s+longer)|\b(?:i|we)\s+(?:\w+\s+)?\w+n't)\s+(?:\w+\s+)?$/iu;

/**
 * A contracted denial after "she" or "he" denies the thing asked for, not a deed: "she didn't want a refund", "he isn't
 * looking for a replacement", "she doesn't want any compensation" are the customer's; "he didn't want to replace it" is
 * as often the jeweller refusing the work, which names what was asked.
 */
const DENIED_BY_THIRD = /\b(?:she|he)\s+(?:\w+\s+)?\w+n't\s+(?:\w+\s+)?$/iu;
const A_THING =
  /^\s*(?:for\s+)?(?:(?:a|an|any|the|her|his|their|my|our|some|full|partial)\b|(?:refunds?|replacements?|exchanges?|repairs?|compensation|discounts?|apology|money)\b|$)/iu;

/** True when a denial by "she" or "he" comes before the ask and what is asked is a thing (see DENIED_BY_THIRD). */
function deniedOfAThing(before: string, asked: string): boolean {
  return DENIED_BY_THIRD.test(before) && A_THING.test(asked);
}

/**
 * The gates of CONDITIONAL_ASKS joined, one pattern per set of flags: most sentences set no condition, and
 * are passed with a test or two instead of one per form. A gate that refers back to its own groups cannot
 * be joined with others, and stays alone.
 */
const ANY_GATE: readonly RegExp[] = (() => {
  const byFlags = new Map<string, string[]>();
  const alone: RegExp[] = [];
  for (const { gate } of CONDITIONAL_ASKS) {
    const flags = gate.flags.replace(/[gy]/gu, '');
    if (/\\(?:[1-9]|k<)/u.test(gate.source)) alone.push(new RegExp(gate.source, flags));
    else byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${gate.source})`]);
  }
  return [...alone, ...[...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags))];
})();

/**
 * Whether a gate that matches in a sentence matches in the whole text too: no gate is anchored or looks
 * around, and the marks that end a sentence are no word characters, so a text no gate matches is not split
 * into sentences. Checked on the gates' sources (a `^` opening a character class aside), should a gate with
 * an anchor or a look-around be added: then every text is split.
 */
const GATES_SEE_ONLY_THEIR_MATCH = CONDITIONAL_ASKS.every(
  ({ gate }) => !/(?<!\[)\^|\$|\(\?<?[=!]|\\B/u.test(gate.source),
);

/** Told a demand, in the passive: 被告知, 被店员要求, 被索赔, 被勒令. */
const DEMANDED_OF_THEM = /被[^，,。]{0,6}?(?:告知|要求|索赔|索偿|索要|勒令|责令|通知)/u;

/**
 * The demands set as conditions of a threat ("如果不退款我就去投诉", "unless you replace it", "refund me or
 * else…"), each the demanded part alone. A condition whose consequence is itself an ask ("if they can't fix it,
 * I want my money back") is a fallback, not a demand, and is left to the plain reading.
 */
function conditionalAsks(text: string): string {
  const folded = normaliseText(text).replace(TRADE_IN, '以旧易新');
  if (GATES_SEE_ONLY_THEIR_MATCH && !ANY_GATE.some((gates) => gates.test(folded))) return '';
  const parts: string[] = [];
  for (const sentence of folded.split(/[。！？!?；;\n]|\.(?:\s|$)/u)) {
    if (!ANY_GATE.some((gates) => gates.test(sentence))) continue;
    for (const { gate, pattern } of CONDITIONAL_ASKS) {
      if (!gate.test(sentence)) continue;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
        const ask = match.groups?.ask;
        if (ask === undefined || ASK.test(sentence.slice(match.index + match[0].length))) continue;
        // Whose condition it is shows in its own clause: "被店员摔裂了,不给个说法就…" is still the customer's.
        if (
          staffIsAsking(
            sentence
              .slice(0, match.index)
              .split(/[，,:：]/u)
              .at(-1) ?? '',
          )
        )
          continue;
        // A demand made of the customer ("被店员告知需要赔偿1000元,否则不能离开") is the shop's.
        if (DEMANDED_OF_THEM.test(ask)) continue;
        parts.push(ask.replace(SET_ASIDE, ' '));
      }
    }
  }
  return parts.join('\n');
}

/**
 * A wrong reported or charged: a report or charge filed with the police or prosecutors (报案, 检举, 举报, "filed a police
 * report", "pressed charges"), the shop accused of a wrong (指控, "accused us of stealing"). Someone who does this,
 * and asks for no remedy, wants someone held to account. The wrong's name alone (欺诈, fraud) is no such act: a
 * reporter, a regulator or the police use it as often. Calling the police to the counter (报警, "called the cops") is
 * help in a standoff, whatever is wanted from it, and names no aim.
 */
const REPORTED_WRONG =
  /报案|检举|举报|指控|\b(?:police\s+report|report(?:s|ed|ing)?\s+(?:\w+\s+){0,3}to\s+the\s+(?:police|authorities)|accus(?:e|es|ed|ing)|press(?:ed|ing)?\s+charges)\b/iu;
/** A report or charge against a customer is the shop's ("we pressed charges against the customer", 指控顾客). */
const AGAINST_A_CUSTOMER =
  /^\s*(?:against\s+)?(?:(?:the|a|an|that|this|one)\s+)?(?:customer|shopper|client|shoplifter)s?\b|^(?:该|那名|一名)?(?:顾客|客人|消费者)/iu;
/** Words that deny what follows them: 不想举报, 没有报案. */
const DENIED_ZH = /(?:不想|不愿|不会|没有|没|未|不)(?:去|再)?$/u;

/**
 * The first wrong the customer's side reports or charges, and is not said not to (see REPORTED_WRONG), quoted from
 * the text; a clause in which the shop's side reports or accuses is left out.
 */
function reportedWrong(narrative: string): Evidence | undefined {
  const folded = normaliseText(narrative);
  let start = 0;
  for (const clause of folded.split(/[，,。！？!?；;\n]/u)) {
    const wrong = REPORTED_WRONG.exec(clause);
    if (wrong) {
      const before = clause.slice(0, wrong.index);
      const after = clause.slice(wrong.index + wrong[0].length);
      if (
        !staffIsAsking(before) &&
        !DENIED.test(before) &&
        !DENIED_ZH.test(before) &&
        !AGAINST_A_CUSTOMER.test(after)
      ) {
        const at = start + wrong.index;
        return { quote: quoteAround(narrative, at, at + wrong[0].length), source: 'narrative', cue: wrong[0] };
      }
    }
    start += clause.length + 1;
  }
  return undefined;
}

/**
 * An apology the shop withheld: "didn't even apologize", "never said sorry", "no apology", 连句道歉都没有, 没有向她道歉,
 * 拒不道歉. A customer who complains that none was made wants one (seed 000: to be heard and respected), so with no
 * remedy asked, reported or agreed it is the aim. When the customer is the one named not apologising, it is not.
 */
const APOLOGY_WITHHELD =
  /\b(?:didn't|did\s+not|never|wouldn't|would\s+not|won't|refused\s+to|not\s+even|without)\s+(?:even\s+|once\s+|so\s+much\s+as\s+|an?\s+|any\s+)?(?:apologi[sz](?:e|ed|es|ing)|apology|say(?:ing)?\s+sorry|said\s+sorry)\b|\bno\s+(?:apology|apologies)\b|(?:没有|没|未|拒绝|拒不|不肯|不愿|冇|唔肯)(?:向[^，,。]{1,6})?(?:道歉|道过歉|道个歉|赔礼)|连[^，,。]{0,4}(?:道歉|对不起)(?:都|也)(?:没|不|冇)|一句(?:道歉|对不起)(?:都|也)?(?:没|冇)/iu;

/** The first apology the shop's side withheld (see APOLOGY_WITHHELD), quoted from the text. */
function apologyWithheld(narrative: string): Evidence | undefined {
  const folded = normaliseText(narrative);
  let start = 0;
  for (const clause of folded.split(/[，,。！？!?；;\n]/u)) {
    const withheld = APOLOGY_WITHHELD.exec(clause);
    if (withheld && !customerIsActing(clause.slice(0, withheld.index))) {
      const at = start + withheld.index;
      return { quote: quoteAround(narrative, at, at + withheld[0].length), source: 'narrative', cue: withheld[0] };
    }
    start += clause.length + 1;
  }
  return undefined;
}

/** Words that take up a remedy named before them: "took me up on it", "told him to go ahead with it". */
const TAKEN_UP = /\bup\s+on$|\bgo\s+ahead(?:\s+with)?$/iu;

/** What a retelling says was agreed or accepted: each clause from the agreeing word on (see AGREED). */
function agreedIn(narrative: string): string {
  const parts: string[] = [];
  let previous = '';
  for (const clause of normaliseText(narrative)
    .replace(TRADE_IN, '以旧易新')
    .split(/[，,。！？!?；;\n]/u)) {
    const agreed = AGREED.exec(clause);
    // An offer taken up names the remedy before the words that take it up, often in the clause before them ("I
    // offered to reimburse her for the shipping, and she took me up on it"; "he quoted $90 for an overhaul, and I told
    // him to go ahead with it").
    if (agreed)
      parts.push(TAKEN_UP.test(agreed[0]) ? `${previous} ${clause}` : clause.slice(agreed.index + agreed[0].length));
    previous = clause;
  }
  return parts.join('\n');
}

/**
 * The last complaint's words and the sum read from them: the facts and the aim both ask, one after the
 * other, and the answer depends on nothing else.
 */
let lastRequested: { ask: string | undefined; words: string | undefined; amount: number | undefined } | undefined;

/** A sum the customer asks for: first in what they ask, else in a sentence of theirs that names an aim. */
export function readRequestedAmount(complaint: Complaint): number | undefined {
  const { customerAsk: ask, customerWords: words } = complaint;
  if (lastRequested !== undefined && lastRequested.ask === ask && lastRequested.words === words)
    return lastRequested.amount;
  const amount = requestedAmountIn(complaint);
  lastRequested = { ask, words, amount };
  return amount;
}

function requestedAmountIn(complaint: Complaint): number | undefined {
  const sources = [complaint.customerAsk, complaint.customerWords].filter((text): text is string => Boolean(text));
  for (const text of sources) {
    // A sum within a sentence is a sum in the whole text (the sentence marks are no letters), so a text
    // that names none is not split.
    if (!AMOUNT.test(text)) continue;
    for (const sentence of text.split(/[。！？!?；;\n]/u)) {
      const [value] = amountsIn(sentence);
      if (value === undefined) continue;
      const asksForMoney = text === complaint.customerAsk || strongestAim(sentence) !== undefined;
      if (asksForMoney) return value;
    }
  }
  return undefined;
}

/**
 * Reads what the customer literally asks for and what they most likely want (seed 000): a point
 * repeated firmly is the real aim; stressing faults again and again without insisting on a refund
 * usually means a discount would settle it.
 */
export function readAim(complaint: Complaint, problem: string | null = null): RealAim {
  const spoken = [complaint.customerAsk, complaint.customerWords].filter((text): text is string => Boolean(text));
  // Both texts were probed on their own already (see probedJoin): what is found in them is what the whole holds.
  const all = probedJoin(spoken);
  // Staff often write the demand into their summary ("要求换新的"), so it is the last place to look.
  // A demand set as the condition of a threat is the ask, whatever else is named around it.
  const demanded = spoken.map(conditionalAsks).concat(conditionalAsks(complaint.narrative)).join('\n');
  // Asks that only describe who asked are read after those stated outright (see DESCRIBES_ASKER).
  const described: string[] = [];
  const stated =
    strongestAim(demanded)?.kind ??
    strongestAim(complaint.customerAsk ?? '')?.kind ??
    strongestAim(complaint.customerWords ?? '')?.kind ??
    strongestAim(asksIn(complaint.narrative, described))?.kind ??
    strongestAim(described.join('\n'))?.kind ??
    strongestAim(agreedIn(complaint.narrative))?.kind;
  // A wrong reported or charged is the aim only when no remedy is asked or agreed.
  const reported = stated === undefined ? reportedWrong(complaint.narrative) : undefined;
  // An overcharge taken up with the seller asks for the money back, when nothing else is asked.
  const overcharged =
    stated === undefined && reported === undefined ? overchargeDisputed(complaint.narrative) : undefined;
  // A price held up against another shop's asks for it lower, when nothing else is asked.
  const haggled =
    stated === undefined && reported === undefined && overcharged === undefined
      ? priceComparedElsewhere(complaint.narrative)
      : undefined;
  // So is an apology the shop withheld, when nothing else is asked.
  const unapologised =
    stated === undefined && reported === undefined && overcharged === undefined && haggled === undefined
      ? apologyWithheld(complaint.narrative)
      : undefined;
  const repeated = strongestAim(all);
  // Only what the customer says counts as stressing faults; the staff's summary names them once anyway.
  const defects = countOccurrences(DEFECT_PHRASES, all);
  const hedged = countOccurrences(HEDGE_PHRASES, all) > 0;

  let kind: AimKind;
  if (repeated && repeated.count >= 2) kind = repeated.kind;
  else if (defects >= 2 && (stated === undefined || (stated === 'refund' && hedged))) kind = 'discount';
  else if (stated) kind = stated;
  else if (reported) kind = 'accountability';
  else if (overcharged) kind = 'refund';
  else if (haggled) kind = 'discount';
  else if (unapologised) kind = 'apology';
  // With the customer at the counter (staff entered their words), a broken piece brought in is itself the ask;
  // a pasted retelling that asks for nothing stays "unknown" rather than a guess put in the customer's mouth.
  else if (spoken.length > 0 && problem === 'service') kind = 'apology';
  else if (spoken.length > 0 && problem && REPAIR_PROBLEMS.has(problem)) kind = 'repair';
  else kind = 'unknown';

  const evidence: Evidence[] = [];
  const wanted = kind === 'unknown' ? undefined : AIM_CUES.get(kind);
  if (wanted) {
    for (const { source, text } of complaintTexts(complaint)) {
      for (const hit of findCues(wanted, text, source)) evidence.push(hit.evidence);
    }
  }
  if (reported && kind === 'accountability' && evidence.length === 0) evidence.push(reported);
  if (overcharged && kind === 'refund' && evidence.length === 0) evidence.push(overcharged);
  if (unapologised && kind === 'apology' && evidence.length === 0) evidence.push(unapologised);
  if (haggled && kind === 'discount' && evidence.length === 0) evidence.push(haggled);
  if (kind === 'discount' && evidence.length === 0) {
    for (const { source, text } of complaintTexts(complaint)) {
      for (const hit of findCues(DEFECT_CUES, text, source)) evidence.push(hit.evidence);
    }
  }
  const amount = readRequestedAmount(complaint);
  return {
    kind,
    ...(stated && stated !== kind ? { stated } : {}),
    ...(amount === undefined ? {} : { amount }),
    evidence: evidence.slice(0, 3),
    note: aimNote(kind, stated && stated !== kind ? stated : undefined),
  };
}
