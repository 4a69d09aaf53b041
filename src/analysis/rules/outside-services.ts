import { normaliseText } from '../../shared/normalise-text.ts';
import { caseless } from './caseless-pattern.ts';

/**
 * An ear or other part of the body pierced as a service bought: 打耳洞, 穿耳, "had her ears pierced", "the piercing
 * gun", "ear piercing". Said of the customer's own ears as a fact about them ("her ears were pierced wrong", 耳洞发炎)
 * it is no service bought, and is left out. Read on folded (simplified) text.
 */
export const PIERCING = new RegExp(
  [
    String.raw`\b(?:ear|ears|nose|navel|belly|body|cartilage|tongue|lip|eyebrow)\s+piercings?\b|\bpiercing\s+(?:gun|studio|parlou?r|shop|kiosk|station|appointment|service)s?\b`,
    String.raw`\b(?:pierc(?:e|es|ed|ing)|re-?pierc(?:e|ed|ing))\s+(?:my|her|his|their|our|your|the\s+(?:child's|baby's|girl's|boy's))\s+(?:daughter's\s+|son's\s+|baby's\s+)?(?:ears?|nose|navel|cartilage)\b`,
    String.raw`\b(?:get|gets|got|getting|gotten|have|has|had|having)\s+(?:my|her|his|their|our|your)\s+(?:ears?|nose|navel|cartilage)\s+(?:re-?)?pierced\b`,
    // A hole got or had pierced is a piercing bought ("get a second hole pierced", "had two holes pierced in her
    // earlobes"), and the lobes are pierced as the ears are.
    String.raw`\b(?:get|gets|got|getting|gotten|have|has|had|having)\s+(?:(?:a|an|the|my|her|his|two|three|another|new|extra|second|third|more)\s+){0,2}holes?\s+(?:re-?)?pierced\b|\b(?:re-?)?pierc(?:e|es|ed|ing)\s+(?:(?:in|through)\s+)?(?:my|her|his|their|our|your)\s+(?:daughter's\s+|son's\s+|baby's\s+)?(?:ear)?lobes?\b`,
    '打耳洞|穿耳洞|穿耳孔|(?<!耳)穿耳(?!环|钉|坠)|耳洞枪|打耳枪',
    // 打 and 穿 a hole with the count or the place between: 打第二个耳洞, 打了两个耳洞, 穿个耳骨洞.
    '(?:打|穿)[了个一二两三四第]{1,4}(?:耳洞|耳骨洞|耳垂洞)',
  ].join('|'),
  'iu',
);

/**
 * Work done on the customer's body — a piercing, a tattoo, hair, nails, lashes, brows, skin, a massage — is a service,
 * whoever does it: a shop that pierces ears with its own studs still sells the piercing, and a ring or earring named
 * in such a text is the setting of the complaint, not goods bought.
 */
const WORK_ON_THE_BODY = new RegExp(
  [
    PIERCING.source,
    String.raw`\btattoo\s+(?:parlou?r|studio|shop|artist)s?\b|\b(?:hair|nail|beauty|tanning|lash|brow|waxing)\s+(?:salon|bar|studio|parlou?r)s?\b|\bsalons?\b|\bbarber\s*(?:shop)?s?\b|\bhairdresser'?s?\b|\bday\s+spa\b`,
    '纹身店|刺青店|美容院|美容店|美甲店|美睫店|发廊|理发店|美发店|发型屋|美容中心|按摩店|足疗店',
  ].join('|'),
  'iu',
);

/**
 * The business or the work of a trade a jewellery, watch and glasses policy never covers, by family, where what a
 * customer had done is the service itself and any piece named is only in the story: a photo studio's sitting, a
 * tailor's alterations, the dry cleaner's, an engraver's or print shop's job, a phone or computer repair, a
 * restaurant's meal. 照相馆, 婚纱摄影, 改衣, 干洗店, 刻章, 手机维修; "photo studio", "alterations", "dry cleaner",
 * "engraving shop", "phone repair". A ring lost at the dry cleaner's is the dry cleaner's complaint.
 */
const OTHER_TRADES = new RegExp(
  [
    // Photographs: the studio, the sitting, the prints.
    String.raw`\b(?:photo(?:graphy)?|portrait|wedding\s+photo(?:graphy)?)\s+studios?\b|\bphotographers?\b|\bphoto\s*(?:shoot|session|sitting)s?\b|\bheadshots?\b|\bpassport\s+photos?\b`,
    '影楼|照相馆|相馆|摄影店|摄影工作室|摄影棚|婚纱摄影|婚纱照|写真馆|证件照|摄影师|选片',
    // Clothes made, mended and cleaned, and shoes mended.
    String.raw`\btailors?\b|\btailor's\b|\bseamstress\b|\balterations?\s+(?:shop|place|department|lady|store)\b|\b(?:the|my|her|his|for|with)\s+alterations\b|\bdry[\s-]?clean(?:er|ers|er's|ing|ed)?\b|\blaundr(?:y|ies|omat|ette)\b(?!\s+list)|\bcobbler\b|\bshoe\s+repair\b`,
    '裁缝|改衣|改裤|改裙|修改衣服|干洗|洗衣店|洗衣房|洗衣铺|修鞋',
    // Engraving, signs and printing done to order as a job of its own.
    String.raw`\bengravers?\b|\bengraving\s+(?:shop|service|business|company|machine|order)s?\b|\btrophy\s+(?:shop|store)\b|\bprint\s+shop\b|\bsign\s+shop\b`,
    '刻章|刻印店|刻字店|雕刻店|图文店|打印店|广告店',
    // Phones and computers repaired.
    String.raw`\b(?:phone|iphone|cell\s+phone|cellphone|screen|computer|laptop|tablet|ipad)\s+repairs?\b|\brepair\s+(?:the|my|her|his)\s+(?:phone|iphone|laptop|computer|screen)\b`,
    '手机维修|修手机|换屏|手机屏|电脑维修|修电脑|平板维修',
    // Meals and lodgings, where a piece is left behind or lost.
    String.raw`\brestaurants?\b|\bwaiter|\bwaitress|\bhotel\s+(?:room|staff|housekeeping|front\s+desk)\b|\bhousekeeping\b`,
    '餐厅|餐馆|酒楼|茶餐厅|饭馆|服务员上菜|酒店房间|客房|宾馆',
  ].join('|'),
  'iu',
);

/**
 * The shop of the goods the policy covers, by its trade's own name: a jeweller, a 金店 or 珠宝店, an optician, a
 * watchmaker. A text that names one is about what that shop sold or did, whatever other trade it names in passing.
 */
const GOODS_TRADES = new RegExp(
  [
    String.raw`\bjewel(?:l)?ers?\b|\bjewel(?:l)?er's\b|\bjewel(?:le)?ry\s+(?:store|shop|counter|boutique|department|repair)s?\b|\bwatch\s*(?:makers?|repairers?|shop|store|repair)s?\b|\bopticians?\b|\boptometrists?\b|\b(?:optical|eyewear|glasses|eyeglass)\s+(?:store|shop|chain|retailer)s?\b`,
    '金店|金铺|金行|银楼|珠宝店|珠宝行|珠宝专柜|珠宝柜台|首饰店|饰品店|银饰店|眼镜店|眼镜行|钟表店|表行|修表',
  ].join('|'),
  'iu',
);

/**
 * True when the text is about a service outside the goods policy (see WORK_ON_THE_BODY, OTHER_TRADES): work on the
 * body is so wherever it is done; another trade's work is so when the text names no shop of the goods the policy
 * covers (see GOODS_TRADES).
 */
export function aboutAnOutsideService(text: string): boolean {
  const folded = normaliseText(text);
  return (
    caseless(WORK_ON_THE_BODY).test(folded) ||
    (caseless(OTHER_TRADES).test(folded) && !caseless(GOODS_TRADES).test(folded))
  );
}
