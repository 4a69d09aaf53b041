import type { AimKind } from '../../domain/analysis.ts';

/** Phrases by which customers ask for each kind of outcome, in Chinese and English. */
// biome-ignore format: word lists read best packed
export const AIM_PHRASES: Record<Exclude<AimKind, 'unknown'>, string[]> = {
  // 退换 (return or exchange) names taking the piece back first, as "return it" does.
  refund: ['退货', '退款', '退钱', '退换', '要退', '想退', '把钱退', '全额退', '退了', '退还', '退回', '退掉', '返还', '退费', '给退', 'refund*', 'money back', 'return it', 'return a', 'return the', 'a return', 'the return', 'my money', 'reverse the charge',
    // A piece the shop is to take back (not "took it back", the customer bringing it).
    'take back', 'takes back', 'taking back',
    // Getting the money back said with any verb of getting, in Cantonese too (退返, 回水), and a charge disputed.
    '钱要回', '要回…钱', '拿回…钱', '讨回…钱', '追回…钱', '退返', '退番', '回水', 'chargeback*', 'charge back', 'charged it back', 'dispute* the charge', 'disputed the charge',
    // Whether it can be taken back, asked with the bare verb: 可以退吗, 能退吗, 退不退, 退唔退.
    '可以退', '能退', '退吗', '退不退', '退唔退',
    // The sale undone: 取消交易, 撤销交易, "cancel the transaction".
    '取消交易', '撤销交易', '取消这笔交易', 'cancel the transaction', 'cancel the sale', 'reverse the sale',
    // The money handed back to the one speaking: 把差价退给我, 退回给我, 退返俾我.
    '退给我', '退回给我', '退返俾我', '退返畀我',
    // What was paid got back: "recoup my costs".
    'recoup*',
    // Taking the piece back, a deposit returned, buying back at the price paid.
    'accept the return', 'accept a return', 'deposit back', 'deposit returned',
    'return* the deposit', 'return* my deposit', 'return* her deposit', 'return* his deposit', '退定金', '退订金', '退按金', '攞返…订金',
    '攞返…钱', '拿返…钱', '要返…钱', '原价回收',
    // The money put first, as 把 puts it: 把钱拿回来, 將錢討回, 把啲錢攞返.
    '钱拿回', '钱拿返', '钱攞返', '钱要返', '钱讨回', '钱追回', '钱取回',
    // The money given back: 还返啲钱, 还我钱, 把钱还给我.
    '还返…钱', '还番…钱', '还我钱', '钱还给',
    // Money or a deposit got back with any verb of getting it back: 取回订金, 拿回货款, 要回押金.
    ...['取回', '拿回', '要回', '讨回', '追回'].flatMap((verb) => ['订金', '定金', '按金', '押金', '货款', '款项'].map((money) => `${verb}…${money}`)), '取回…钱'],
  exchange: ['换货', '换一个', '换一条', '换一只', '换一副', '换一对', '换一盒', '换一双', '换一块', '换成', '换个', '换别的', '换同款', '给我换', '换新', '调换', '换掉', '换回', '更换', '给换', 'exchange*', 'replace*', 'swap', 'a new one',
    '换过', '换返', '换番', '给她换', '给他换', '帮她换', '帮他换', '帮我换',
    // The goods as ordered, not the money: "I want what I paid for".
    'what i paid for', 'what she paid for', 'what he paid for', 'what we paid for',
    // Changed for another piece: "had them changed for another pair".
    'changed for another', 'changed for a new', 'change* it for another', 'change* them for another', 'change* it for a new', 'change* them for a new'],
  repair: ['维修', '修理', '修好', '给修', '修一下', '补钻', '换电池', '电池', '电芯', '重做', '重拍', '重新做', '返工', 'redo*', 'redone', 'redid', 'remake*', 'remade', '换底夹', '换螺丝', '换机芯', '焊', '修', '串好', '补上', '接好', '装好', '弄好', '清洗', '检查一下', 'clean the', 'cleaning', 'clean it', 'clean them', 'clean my', 'clean her', 'clean his', 'polish it', 'polish them', 'polish my', '抛光', '擦亮', '洗干净', '洗一下', 'restring*', 're-string', 'inspect*', 'repair*', 'fix it', 'fixed', 'resiz*', 'to be fixed', 'serviced', 'battery', 'battery replaced', 'replace the battery', 'crystal replaced', 'replace the crystal', 'clasp replaced', 'replace the clasp', 'fix the', 'fix my', 'mend*', 're-set', 'reset the',
    // Setting a stone again, soldering, having it looked at (the piece looked at, not a look around the shop).
    'reset', 'resolder*', 'solder*', 'look at it', 'look at them', 'a look at my', 'a look at her', 'a look at his', '重新镶', '重镶', '镶回', '镶好', '镶嵌',
    // A loose screw seen to, in the policy's own word for it (上螺丝) and the everyday ones: 上一下螺丝, 拧紧, 锁紧 (Taiwan),
    // 收紧, "tighten the screw".
    '上…螺丝', '紧…螺丝', '拧紧', '锁紧', '收紧', 'tighten*',
    // Cantonese 整 is "fix": 整返好, 整番好, 整好佢; and a verb with 返 (back) puts it back as it was: 整返隻錶, 补返粒钻,
    // 镶返. Glasses made again are remade (重配, 重新配一副).
    '整返好', '整番好', '整翻好', '整好', '整返', '整番', '补返', '补番', '补好', '帮我补', '帮忙补', '加固', '调一调', '调一下', '调准', '校准', '镶返', '镶番', '补回…钻', '重配', '重新配',
    // A watch's movement rebuilt or overhauled, the watchmaker's words for its repair.
    'rebuild*', 'rebuilt', 'overhaul*',
    // A string put back on, a stone put back in, a warranty's work done, the piece made to work again: "restrung", "honour
    // the warranty", "get it working again", "I just want it to work".
    'restrung', 'put back in', 'put… back in', 'honor* the warranty', 'honour* the warranty', 'honor* the guarantee',
    'honour* the guarantee', 'working again', 'work again', 'working properly', 'work properly', 'running again',
    'running properly', 'it to work', 'them to work'],
  // A price cut said with its measure or a softener between: 打个折, 打个八折, 打点折, 少收点.
  discount: ['打折', '打个折', '打点折', '打个…折', '少收点', '少收一点', '少收些', '便宜点', '便宜些', '便宜一点', '便宜一些', '算便宜', '平啲', '平一点', '优惠', '减价', '折扣', '少点钱', '补差价', '退差价', '退回差价', '退还差价', 'discount*', 'cheaper', 'money off', 'knock off', 'partial refund', 'price reduction'],
  compensation: ['赔偿', '赔钱', '补偿', '赔我', '损失费', '误工', '索赔', '索偿', '赔付', '赔', '起诉', '告上法庭', 'compensat*', 'sued', 'suing', 'sue them', 'sue the', 'small claims', 'to court', 'to the tribunal', 'consumer court', 'consumer forum', 'reimburs*', 'pay for my', 'pay me', 'pay for the damage', 'cover the cost', 'pay to have', 'pay for a new', 'pay for the repair', 'pay for the replacement', 'damages', '提告', '控告', '状告', '怒告', '对簿公堂', '打官司', '诉至法院', '诉诸法律', '告上…法', '告上…院', '告上…审裁', '告上…仲裁',
    // A loss or a short weight made good: 弥补损失, 补足克重, 补足到7.7克 (not 补足差价, the customer paying the difference).
    '弥补', '补足克重', '补足重量', '补足分量', '补足金重', '补足到'],
  apology: ['道歉', '赔礼', '赔不是', '致歉', '道个歉', '认错', '赔罪', 'apologi*', 'apology', 'say sorry'],
  accountability: ['开除', '处分', '处理那个', '追究', '扣工资', '投诉那个店员', '涉事', '情况说明', '统一口径', '核实店员', 'her name', 'his name', "staff member's name", 'consequence', 'fire her', 'fire him', 'sacked', 'disciplin*', 'held accountable', 'accountab*', '给个说法', '讨个说法', '讨说法', '要说法', '要个说法', '讨要说法', '索要说法', '一个说法', '个说法', '明确的说法', '合理的说法', '查清楚', '调查清楚', '追责', '严惩', '处罚', '公道', '制裁', 'investigat*', 'punish*',
    // Someone made to answer for it: 为此负责, 承担责任, exposed, charged by the police.
    '为此负责', '负责到底', '负起责任', '承担责任', '曝光',
    // The shop or someone named as the one to answer for it (要求店家负责, 希望商家对此负责, 必须有人负责, 要你哋负责), the
    // whole blame laid on them (负全部责任, 负全责) or a share of it (承担相应的责任). Read only in what is asked, where 店家负责维修
    // still asks for the repair it names twice (维修, 修).
    ...['店家', '商家', '店方', '卖家', '厂家', '贵店', '门店', '专柜', '公司', '品牌方', '你们', '你哋', '有人'].map((who) => `${who}负责`),
    '对此负责', '对此事负责', '对这件事负责', '为这件事负责', '为此事负责', '负全部责任', '负全责', '负主要责任', '负起…责任', '承担…责任', '负责任', '惩罚', '严肃处理', '依法处理', '查处', '法律责任',
    'press charges', 'pressed charges', 'prosecut*', 'held responsible', 'hold them responsible', 'take responsibility',
    // An account of what happened (交代, the same ask as 说法), the matter looked into (查明), the fault admitted, a
    // worker dismissed.
    '个交代', '给出交代', '给予交代', '作出交代', '做出交代', '查明', '承认…错', '承认…责任', 'admit*… fault', 'admit*… mistake*', 'admit*… wrong', 'fired'],
  assurance: ['保证不会', '不再发生', '以后不会', '以后再', '确保', '给个保证', '杜绝', '给个解释', '个解释', '合理解释', '合理的解释', '书面解释', '作出解释', '做出解释', '给出解释', 'an explanation', 'explain why', '知道原因', '为什么会', 'how often', 'in future', 'in the future', 'assur*', "won't happen again", 'never happens again', "doesn't happen", 'does not happen', 'know why', 'guarantee it', 'make sure',
    // That it happen to no one after: "this won't happen to the next person", "never happens to anyone else".
    "won't happen to", 'will not happen to', 'never happen again', 'never happens to',
    // That it be put right for others: 整改, 改进, better training, a changed policy. Other shoppers named alone
    // (其他消费者, "no one else") are a warning to them, which asks the shop for nothing.
    '整改', '改进', '改善',
    // "Never again" in its everyday Chinese forms, written with their negator (a cue after one reads as denied):
    // 不要再发生, 别再发生, 不会再发生, 避免再次发生, 唔好再有下次, 下不为例.
    '不要再发生', '别再发生', '不会再发生', '唔好再发生', '再次发生', '再有下次', '下不为例',
    // Asking to be told what happened or when it will be done is asking for an explanation: 想知道为什么, 想弄清楚,
    // 想知点解, "I need to know when it will be ready", "to know what happened" (not a price: 想知道多少钱).
    '想知道为什么', '想知道到底', '想知道什么时候', '想知道何时', '想知道几时', '想知几时', '想知道怎么回事', '想知道原因',
    '想弄清楚', '想搞清楚', '想问清楚', '想知点解', '想知道点解', 'to know when', 'to know what happened',
    'train* their staff', 'train* its staff', 'train* the staff', 'better training', 'staff training', 'change* their policy', 'change* its policy'],
};

/** Words by which a customer stresses a product's faults (seed 000: stressing faults without insisting on a refund). */
// biome-ignore format: word lists read best packed
export const DEFECT_PHRASES = [
  '质量', '毛病', '瑕疵', '问题', '次品', '做工', '太差', '劣质', '掉色', '划痕', '歪', '粗糙', '坏了', '断了',
  'quality', 'defect*', 'flaw*', 'faulty', 'scratch*', 'poorly made', 'cheap', 'shoddy', 'broken', 'fault', 'problem',
];

/** Words that soften a demand into a question ("要不退了吧", "maybe a refund?"). */
export const HEDGE_PHRASES = [
  '要不',
  '或者',
  '是不是',
  '能不能',
  '可不可以',
  '算了',
  'maybe',
  'perhaps',
  'or something',
  'i suppose',
  'could you',
];

/**
 * Money amounts, read by `amountsIn` (amounts-in.ts): a number with a currency before it (¥5,000, $50, RMB 5000,
 * CNY 200) or after it (200元, 5,000 yuan, 五千元, 两千五百块, 1.5万元, 三百块钱, 50 dollars). A number is
 * Arabic (thousands separated by commas or not, optionally with 万/千/k after it) or written in Chinese
 * numerals. Group 1 is the number after a currency sign, group 2 the number before a currency word, and
 * group 3 that word.
 */
const ARABIC = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?[万千]|k(?![a-z]))?`;
const HAN_NUMERAL = '[零〇一二两三四五六七八九十百千万亿]+';
const NUMBER = `${ARABIC}|${HAN_NUMERAL}`;
const CURRENCY_BEFORE = String.raw`[¥￥]|(?<![a-z])(?:us|hk|s)?\$|(?<![a-z])(?:rmb|cny|usd|hkd|sgd)(?![a-z])`;
const CURRENCY_AFTER = '元|圆|块钱|块|人民币|(?:yuan|rmb|cny|usd|hkd|sgd|dollars?|bucks)(?![a-z])';
export const AMOUNT = new RegExp(`(?:${CURRENCY_BEFORE})\\s*(${NUMBER})|(${NUMBER})\\s*(${CURRENCY_AFTER})`, 'iu');

/**
 * How a demand is set as a condition of a threat, in the language's own markers: the thing demanded is the
 * ask and the threat is only its lever ("如果不退款我就去投诉", "不給個說法就…", "…, 否则我就去消协",
 * "unless you replace it", "if you don't refund her today", "refund me, or else…"). Each pattern's `ask`
 * group is the demanded part; text is folded to simplified script and half-width punctuation before.
 */
const ZH_IF = '如果|要是|若是|若|假如|假若|倘若|倘使|万一|一旦';
/** A refusal inside the condition: 不, 没(有), 不肯, 不愿(意), 拒绝 — what follows it is what must be done. */
const ZH_NOT = '不肯|不愿意|不愿|拒绝|没有|没|不|唔肯|唔|冇';
/** What comes of the condition not being met: 的话, 就/便, or the one threatening (我就…, 她会…), or a new clause. */
const ZH_THEN = '的话|就|便|那么|那|(?:我们?|她|他)(?:就|便|会|将|要|只能|只好|一定)';
/** A refusal that makes a condition without any marker: 不给个说法就…, 不退钱便… (not 没, which narrates). */
const ZH_NOT_THEN = '不肯|不愿意|不愿|不|唔肯|唔';
/**
 * A conditional form: `gate`, a quick test for its marker, and `pattern`, whose `ask` group is the demanded
 * part. Most sentences have no marker, so the slower pattern runs on few of them.
 */
export interface ConditionalForm {
  gate: RegExp;
  pattern: RegExp;
}
export const CONDITIONAL_ASKS: readonly ConditionalForm[] = [
  // 如果(商家)不退款(的话),我就… — with a condition marker, the ask ends where the consequence starts.
  {
    gate: new RegExp(ZH_IF, 'u'),
    pattern: new RegExp(
      `(?:${ZH_IF})[^，。！？；,;!?]{0,10}?(?:${ZH_NOT})(?<ask>[^，。！？；,;!?]{1,14}?)(?:${ZH_THEN}|[，,])`,
      'gu',
    ),
  },
  // 不给个说法就…, 不退钱便…, 再唔退钱，我就… — without a marker, only a 就/便 right after makes it a condition, the
  // one threatening named after a comma or not.
  {
    gate: /[不唔][^，。！？；,;!?]{1,12}(?:[，,]\s*(?:我们?|她|他|那)?)?[就便]/u,
    pattern: new RegExp(
      `(?:${ZH_NOT_THEN})(?<ask>[^，。！？；,;!?]{1,10}?)(?:的话)?[，,]?\\s*(?:我们?|她|他|那)?(?:就|便)(?!是|算|好|行)`,
      'gu',
    ),
  },
  // 赶紧退款,否则/不然/要不然… — the ask is the clause before the marker.
  { gate: /否则|不然/u, pattern: /(?<ask>[^。！？；;!?]{1,30}?)[，,]?\s*(?:否则|不然|要不然|不然的话)/gu },
  // 除非退款,否则… — 除非 (unless) names the ask.
  { gate: /除非/u, pattern: /除非(?<ask>[^，。！？；,;!?]{1,14})/gu },
  // if you don't / won't / refuse to refund her today, …
  {
    gate: /\bif\b/iu,
    pattern:
      /\bif\s+(?:you|they|he|she|it|we|the\s+\w+)\s+(?:do\s+not|don't|does\s+not|doesn't|will\s+not|won't|would\s+not|wouldn't|refuses?\s+to|fails?\s+to|can't|cannot|did\s+not|didn't)\s+(?<ask>[^,.;!?]{1,60}?)(?=\s*(?:[,.;!?]|$|\bthen\b|\bi\b|\bwe\b|\bor\b))/giu,
  },
  // unless you replace it, …
  { gate: /\bunless\b/iu, pattern: /\bunless\s+(?<ask>[^,.;!?]{1,60})/giu },
  // refund me today, or else / otherwise / or I'll …
  {
    gate: /\b(?:or\s+else|otherwise|or\s+(?:i|we))\b/iu,
    pattern:
      /(?<ask>[^,.;!?]{1,60}?)[,\s]+(?:or\s+else|otherwise|or\s+(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+shall))\b/giu,
  },
];

/**
 * An ask put as a question: 能不能/可不可以/能否/可否 (换一个吗), 可以…吗 and 能…吗 (可以退吗, 能帮忙上一下螺丝吗), 为什么不/凭什么不 (给退), "can I get…",
 * "could you just…", "why can't you…", and asked more gently, as whether it could be done at all: "any chance you could…",
 * "I was wondering if you could…", "would it be possible to…", 有没有可能: what follows the question word is what is asked for.
 */
export const QUESTION_ASK =
  /(?:能不能|可不可以|能否|可否|(?:可以|能够|能)(?=[^，,。！？!?；;\n]{1,12}[吗嘛么]\s*$)|为什么不|为何不|凭什么不|怎么不|为啥不|可唔可以|能唔能|得唔得|点解唔|点解不|做咩唔|做乜唔|凭咩唔|有没有可能|有冇可能|有无可能)|\b(?:(?:any|some)\s+(?:chance|way)\s+(?:that\s+)?(?:you|they)\s+(?:could|can|might|would)\s+(?:just\s+|please\s+)?|wonder(?:ing|ed)?\s+(?:if|whether)\s+(?:you|they)\s+(?:could|can|might|would)\s+(?:just\s+|please\s+)?|(?:would|will|is)\s+it\s+(?:be\s+)?possible\s+(?:for\s+(?:you|them)\s+)?to\s+|(?:can|could|may)\s+(?:i|we|she|he)\s+(?:just\s+)?(?:get|have)|(?:can|could|would|will)\s+(?:you|they)\s+(?:just\s+|please\s+)?|why\s+(?:can't|won't|don't|didn't|couldn't|wouldn't)\s+(?:you|they)\s+(?:just\s+)?)/iu;

/**
 * An ask put as a polite imperative: "Please refund me", "please just fix the clasp", "kindly replace it", and in
 * Chinese 请退款, 请你们赔偿, 麻烦你们退款给我, 烦请贵店退款, 拜托换一条, 唔该退返钱 — or a bare one opening its clause, a
 * remedy's verb with its object: "Fix it or give me my money back", "Refund me", "just replace the stone", and in
 * Chinese a short one said by itself (退钱！, 赔我钱！, 给我换一条新的！), or 给我 with a remedy's verb after the one addressed
 * or a word of time or speed, whatever follows in the sentence (你们给我换一只新的, 这次给我修好，以后…, 今天马上给我退): not one
 * done or told of (给我换了, 给我修过, 给我换咗, 给我修好的项链); and money told to be handed back, opening its clause (把差价退给我,
 * 把钱还给我). What follows is the ask, as after "can you".
 * 请 asks only when a remedy's verb follows it, after the one addressed, a word of speed or the shop's taking it on (请您尽快退款,
 * 请贵店帮我维修, 请店家负责修好, 请店家帮忙换):
 * 请 also hires or invites (请了师傅, 请专家鉴定, 请她稍等), and 申请 and 请求 are ASK's own. 麻烦 asks only of
 * someone (麻烦你们, 麻烦帮我), not said of a bother (很麻烦, 怕麻烦, 嫌麻烦).
 */
export const POLITE_ASK =
  /\b(?:please|pls|kindly)\s+(?:just\s+)?(?=\p{L})|(?:烦请|劳烦|(?<![申邀聘宴恳提延])请)(?=(?:你们?|您|贵店|贵公司|店家|商家)?(?:尽快|尽早|马上|立即|立刻|及时)?(?:负责|帮忙)?(?:给我|帮我|为我|把|将)?(?:退|换|赔|补|修|维修|重新|重做))|(?<![很怕嫌太好添找惹])麻烦(?=你|您|贵|店|商|帮|尽快|马上)|拜托|唔该(?=你|帮|退|换|整|赔|俾|畀)|^\s*(?:(?:and|so|now|then)\s+)?(?:just\s+)?(?=(?:fix|repair|replace|refund|exchange|swap|reimburse|compensate|give|send)\s+(?:it|them|me|us|her|him|my|our|the|this|that|a|an)\b)|^\s*(?:赶紧|赶快|马上|快点?|立刻|立即|快啲|快d|即刻|即时)?(?=(?:退钱|退款|赔钱|赔我钱?|给我(?:换|退|修|赔)[^，,。！？!?\n]{0,6})(?:吧|啊|呀|来)?\s*(?:[！!。]|$))|(?:你们|你哋|你|您|贵店|这次|今次|今天|今日|现在|马上|立刻|赶紧|尽快|快点?|那就|那)(?:就|先|一定|务必)?(?=给我(?:换|退|修|赔|补|重做|重新)(?![^，,。！？!?\n]{0,6}[了过咗])(?![好回掉]?的))|^\s*(?:赶紧|赶快|马上|快点?|立刻|立即)?(?=把[^，,。！？!?\n]{1,8}?(?:退|还)(?:回|返)?(?:给|俾|畀)我)/iu;

/**
 * A remedy turned down or set aside inside an ask: "而不是维修", "不要维修", "rather than a repair", "instead of
 * a credit". It is cut out of the ask, so what is left is what is wanted. 不要再 and 不用再 are "never again"
 * (希望以后不要再发生这种事), which asks for the assurance it names, not set aside.
 */
export const SET_ASIDE =
  /(?:而不是|不是要|不想要|不需要|不要|不用)(?!再)[^，,。；;!?！？]{0,4}|\b(?:rather\s+than|instead\s+of|not\s+(?:a|an|the|just))\s+\w+(?:\s+\w+)?/giu;

/**
 * A remedy agreed or accepted in the end: 同意退款, 答应赔偿, 接受换货, "agreed to a refund", "accepted a
 * replacement", an offer taken up ("offered to reimburse her and she took me up on it"), and one carried out ("had
 * the bracelet replaced", "got it fixed", 给她换了一条), or granted as the customer's own act (店家只好让她退货, "the manager
 * let her exchange it") or received (获得了500元赔偿, 拿到退款, "was given a replacement", "received a full refund"), or
 * the shop's willingness to do it, said as 愿意 is ("they would be happy to replace the lenses", "was willing to refund
 * her"; not a policy's "we are happy to exchange within 30 days"), or the customer's go-ahead for it ("I told him to go ahead with the rebuild", "gave them the go-ahead"):
 * a report's usual ways to end on the remedy. Whichever side agreed,
 * the remedy settled on is, when nothing was asked in words, the best sign of what was wanted; an offer alone is
 * not (it may be the very remedy the customer turned down).
 */
export const AGREED =
  /(?<![不没])(?:同意|答应|接受|愿意|承诺)|(?<![不没未别])(?:让|允许|准许|准)(?=(?:她|他|我|我们|顾客|客人|消费者)(?:退|换|调换))|\b(?:let|lets|allowed|allows)\s+(?:me|us|them|him|her)\s+(?:to\s+)?(?=(?:return|exchange|swap)\b)|\b(?:(?:was|were|been|got|get|gets)\s+given|received|receive|got|get|gets)\s+(?=(?:a|an|the|my|her|his|our|their)\s+(?:full\s+|partial\s+|new\s+)?(?:replacement|refund|exchange|compensation)\b)|(?<![不没未])(?:获得|得到|拿到|收到|领到)(?:了)?(?=[^，,。]{0,8}(?:退款|赔偿|补偿|换货|赔款))|\b(?:agreed\s+to|agrees\s+to|accepted|accepts|promised\s+to|settled\s+for)\b|\b(?:would\s+be|'d\s+be|was|were)\s+(?:more\s+than\s+|very\s+|quite\s+)?(?:happy|willing)\s+to\b|\b(?:told|tell|tells|telling)\s+(?:him|her|them)\s+to\s+go\s+ahead(?:\s+with)?\b|\b(?:gave|give|gives|given)\s+(?:\w+\s+)?the\s+go-?\s?ahead(?:\s+(?:to|for|on))?\b|\b(?:took|take|takes)\s+(?:me|us|them|him|her)\s+up\s+on\b|\b(?:had|got)\s+(?:it|them|(?:the|my|her|his|our)\s+\w+)\s+(?=(?:replaced|exchanged|refunded|repaired|fixed|resized)\b)|(?<![不没未])(?=(?:给|帮)(?:她|他|我|我们|顾客|客人)(?:换了|退了|修好了|重做了))/iu;
