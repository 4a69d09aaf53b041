import { normaliseText } from '../../shared/normalise-text.ts';
import { caseless } from './caseless-pattern.ts';

/**
 * The customer left the piece with the shop for work on it: took it in to be repaired, resized, restrung,
 * cleaned or serviced, dropped it off, 送修, 拿去维修, 交给…修. In such a text the fault it went in for is
 * the reason for the visit, not the complaint; what went wrong is the shop's work — the wait, the lost
 * piece, the botched job, the bill — which the labelling guide files under `service`.
 */
const HAND_OVER =
  /\b(?:took|take|takes|taking|taken|brought|bring|brings|bringing|sent|send|sending|handed|hand|dropped|drop|dropping|left|leave|leaving)\b/giu;
/**
 * What follows a hand-over verb when the piece went in for work: "it in to get it tuned up", "my watch to the
 * store for a repair", "them off to be restrung". Sticky, so it is tried only right after each verb.
 */
const FOR_WORK =
  /\s+(?:(?:it|them|in|over|off|back)\s+|(?:my|her|his|our|their|the|a|an|this|that)\s+(?:[\w'-]+\s+){0,3}?)(?:(?:in|off|back|over|away|out)\s+)?(?:(?:at|to|with)\s+(?:[\w'-]+\s+){0,6}?)?(?:for\s+(?:a\s+|an\s+|its\s+)?(?:repair|service|servicing|fix|tune-up|resizing|sizing|cleaning|restringing|overhaul|battery)|to\s+(?:be|get|have)\s+(?:(?:it|them|her|him|the\s+\w+|a\s+\w+\s+\w+|a\s+\w+)\s+)?(?:fixed|repaired|re-?sized|sized|re-?strung|cleaned|serviced|tuned|altered|replaced|mended|polished|soldered|set|re-set|reset|re-?plated|re-?tipped|adjusted)|to\s+(?:get\s+|have\s+)?(?:it\s+|them\s+)?(?:fix|repair|re-?size|re-?string|clean|service|alter|mend|solder|adjust)\b)/iuy;
/** Hand-overs said without such a verb: "dropped it off", "in for a repair", 送修, 拿去维修, 交给…修. */
const LEFT_FOR_WORK = new RegExp(
  [
    String.raw`\b(?:dropping|dropped|drop)\s+(?:it|them|(?:my|her|his|the)\s+\w+)\s+off\b`,
    String.raw`\b(?:in|away|off)\s+for\s+(?:a\s+)?(?:repair|service|servicing|restringing|resizing)\b`,
    String.raw`\bsent\s+(?:it|them)?\s*(?:off|away|out)?\s*to\s+(?:be\s+)?(?:fixed|repaired|the\s+repair)`,
    // Collecting a piece is the other end of leaving it: one picks up or collects one's own piece from the shop (not
    // "picked up a bracelet from the display", a piece lifted off the counter).
    String.raw`\b(?:(?:pick|picks|picked|picking)\s+up\s+(?:my|her|his|our|their)|(?:pick|picks|picked|picking)\s+(?:my|her|his|our|their)|(?:collect|collects|collected|collecting)\s+(?:my|her|his|our|their|the))\s+(?:[\w'-]+\s+){0,2}?(?:ring|rings|watch|watches|necklace|bracelet|chain|pendant|earrings|piece|jewelry|jewellery|glasses)\b`,
    // Or comes to the shop to do so: "came in to pick up a piece", "went back to collect it".
    String.raw`\b(?:came|come|comes|coming|went|go|goes|going|back|returned|in)\s+to\s+(?:pick\s+up|collect)\b`,
    // Chinese, after folding to simplified: taking, sending, bringing or posting a piece back or to the shop for
    // repair, cleaning, upkeep or resizing, or going to have it done (去做清洗). Bringing it in to ask for a repair
    // (拿来要求维修) is the visit with the fault, not a piece left with the shop.
    '送修|返修|(?:(?:拿|送|带|寄)(?:回|去|到|往)|交给)[^，。！？；要想求]{0,10}(?:维修|修理|修|清洗|保养|改圈|改尺寸|改小|改大|翻新|抛光|电镀)|去做(?:清洗|保养|翻新|抛光)',
  ].join('|'),
  'iu',
);

/** True when a hand-over verb in the text is followed by what it went in for (see FOR_WORK). */
function handedOverForWork(folded: string): boolean {
  HAND_OVER.lastIndex = 0;
  for (let verb = HAND_OVER.exec(folded); verb; verb = HAND_OVER.exec(folded)) {
    FOR_WORK.lastIndex = verb.index + verb[0].length;
    if (FOR_WORK.test(folded)) return true;
  }
  return false;
}

/**
 * A trade-in or buy-back: old gold weighed against a new piece, a piece sold back. What a customer complains
 * of there is the deal (the weight credited, the fee, the rate), a buy-back dispute in the labelling guide's
 * words, even when the new piece turns out lighter.
 */
const TRADE_IN =
  /以旧换新|换购|旧金换|回收价|\b(?:trade-in|trade in|traded in|trading in|buy-back|buyback|bought back|buy it back|sold (?:it|them) back)\b/iu;

/** True when the text tells of a trade-in or buy-back (see TRADE_IN). */
export function aboutATradeIn(text: string): boolean {
  return caseless(TRADE_IN).test(normaliseText(text));
}

/**
 * Damage the customer did themselves: "I had broken my only pair", "I dropped it", "my son sat on them",
 * 不小心摔断, 自己弄坏, 坐断了. Nobody complains of their own accident: it is why they came to the shop, and the
 * complaint is what the shop made of it (the wait, the price, the refusal to repair).
 */
const SELF_CAUSED = new RegExp(
  [
    String.raw`\b(?:i|i'd|i\s+had|i've|i\s+have|we|we\s+had|she|she\s+had|he|he\s+had)\s+(?:accidentally\s+|just\s+|recently\s+)?(?:broke|broken|dropped|sat\s+on|stepped\s+on|snapped|bent|cracked|smashed|knocked)\s+(?:my|our|her|his|the|them|it)\b`,
    String.raw`\b(?:my|our|her|his)\s+(?:son|daughter|kid|kids|child|dog|cat|puppy|baby|husband|wife|toddler)\s+(?:had\s+)?(?:broke|broken|sat\s+on|stepped\s+on|chewed|snapped|bent|dropped)\b`,
    String.raw`\b(?:after|when)\s+(?:i|she|he|we)\s+(?:accidentally\s+)?(?:dropped|sat\s+on|stepped\s+on|knocked)\b`,
    // Whoever did it, an accident is said so ("Gran accidentally sat on her glasses"), and a knock to the hand that
    // wears the piece is the wearer's own ("I whacked my hand on the couch", "she caught her ring on a door").
    String.raw`\baccidentally\s+(?:broke|dropped|sat\s+on|stepped\s+on|snapped|bent|cracked|smashed|knocked|crushed|scratched)\b`,
    String.raw`\b(?:i|she|he|we)\s+(?:accidentally\s+)?(?:whacked|banged|smacked|slammed|jammed|caught|hit|bashed|knocked)\s+(?:my|her|his|our)\s+(?:hand|hands|finger|fingers|wrist|knuckles?|ring|rings|watch|glasses)\b`,
    // A piece dropped to the ground is an accident whoever let it fall ("they fell to the pavement", 掉在地上, 跌落地).
    String.raw`\b(?:fell|fall|falls|fallen|dropped|drop|tumbled|tumbling|slipped)\s+(?:out\s+)?(?:on|onto|to|into)\s+(?:the\s+)?(?:floor|ground|pavement|sidewalk|concrete|tiles?|road|street|asphalt)\b`,
    '(?:掉|摔|跌|甩)(?:在|到|落)地|跌落地',
    '不小心[^，。！？；]{0,6}(?:摔|掉|弄|坐|踩|压|碰|磕)|自己[^，。！？；]{0,3}(?:摔|弄|坐|踩|压|碰|磕)(?:坏|断|裂|碎|花)|(?:坐|踩|压)(?:断|坏|碎|裂|扁)',
  ].join('|'),
  'iu',
);

/**
 * Damage the shop's side did to the piece in its hands: "they broke his glasses", "the technician scratched the
 * lens", 被店员弄断, 俾师傅整断, 店家把表带弄坏. The breaking is the shop's deed, not the piece's fault, so the words are blanked
 * before the problem is read (see NOT_FAULTS) and the complaint is about the shop's work. Read on folded text.
 */
export const SHOP_DAMAGED = new RegExp(
  [
    String.raw`\b(?:they|(?:the|their|a|one)\s+(?:shop|store|lab|technician|tech|jeweler|jeweller|optician|staff|clerk|assistant|employee|repairer|repairman|watchmaker|salesperson|associate)s?)\s+(?:had\s+|have\s+|has\s+|then\s+|even\s+|somehow\s+|also\s+)?(?:broke|broken|cracked|snapped|scratched|bent|damaged|chipped|smashed|dropped)\s+(?:my|his|her|our|their|the|it|them)\b`,
    '(?:被|让|给|俾)(?:店员|店家|店方|商家|师傅|工作人员|他们|维修师傅|技师|售货员|营业员)[^，。！？；]{0,4}(?:弄|搞|摔|修|整|剪|压|刮)(?:断|坏|裂|碎|花|丢)|(?:店员|店家|店方|商家|师傅|他们)把[^，。！？；]{0,8}(?:弄|搞|摔|修|整|剪|压|刮)(?:断|坏|裂|碎|花)',
    // Or found so when it came back from the work: "got it back bent out of shape", "it came back scratched", 拿回来发现…变形,
    // 攞返嚟…花咗. Whoever did it, the damage appeared in the shop's hands.
    String.raw`\b(?:got|get|gets|getting|picked|collected)\s+(?:it|them|(?:my|her|his|our|their|the)\s+[\w'-]+)\s+(?:up\s+)?back\s+(?:[\w'-]+\s+){0,3}?(?:bent|broken|cracked|scratched|damaged|chipped|dented|misshapen|warped)\b|\b(?:came|come|comes|was|were)\s+(?:it|they\s+)?back\s+(?:[\w'-]+\s+){0,3}?(?:bent|broken|cracked|scratched|damaged|chipped|dented|misshapen|warped)\b`,
    '(?:拿|取|领|攞|拎)(?:回来|回|返来|返)[^，。！？；]{0,8}(?:变形|断|坏|裂|碎|花|划痕|刮花|凹)',
  ].join('|'),
  'giu',
);

/**
 * True when the text tells of the shop's work or dealing rather than only of the goods: a piece left with
 * the shop for work on it (see LEFT_FOR_WORK), a trade-in (see TRADE_IN), damage the customer did
 * themselves (see SELF_CAUSED) or the shop did to it (see SHOP_DAMAGED).
 */
export function aboutTheShopsWork(text: string): boolean {
  const folded = normaliseText(text);
  SHOP_DAMAGED.lastIndex = 0;
  return (
    caseless(LEFT_FOR_WORK).test(folded) ||
    caseless(TRADE_IN).test(folded) ||
    caseless(SELF_CAUSED).test(folded) ||
    SHOP_DAMAGED.test(folded) ||
    handedOverForWork(folded)
  );
}

/**
 * Work done on the customer's own person, which is what a salon sells: lash extensions, nails, brows, hair, a
 * facial, waxing, a tattoo, a massage; 种睫毛, 美甲, 纹眉, 挽面, 烫发, 做脸. Such a sale has no goods for a fault to
 * be in: whatever went wrong (the glue, the lashes pulled out, a rash) is the work, the labelling guide's `service`.
 */
const WORK_ON_THE_PERSON = new RegExp(
  [
    String.raw`\b(?:eye)?lash(?:es)?\s+(?:extensions?|lift|tint)|\blash\s+(?:tech|technician|artist)s?\b|\b(?:manicure|pedicure|microblading|brow\s+tint|facial|waxing|haircut|hair\s+(?:dye|colou?r|cut|treatment|extensions?)|perm|tattoo|massage)s?\b|\b(?:gel|acrylic)\s+nails\b`,
    '种睫毛|种植睫毛|嫁接睫毛|接睫毛|美睫|美甲|做指甲|纹眉|绣眉|纹绣|半永久|挽面|挽脸|烫发|染发|剪发|电发|接发|做脸|面部护理|脱毛|按摩|推拿|纹身',
  ].join('|'),
  'iu',
);

/** True when the text tells of work done on the customer's person (see WORK_ON_THE_PERSON). */
export function workOnThePerson(text: string): boolean {
  return caseless(WORK_ON_THE_PERSON).test(normaliseText(text));
}
