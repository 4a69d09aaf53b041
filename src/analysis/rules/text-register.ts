import type { Evidence } from '../../domain/analysis.ts';
import type { ComplaintTextSource } from '../../domain/complaint.ts';
import { normaliseText } from '../../shared/normalise-text.ts';
import { RecentResults } from '../../shared/recent-results.ts';
import { quoteAround } from './cue.ts';

/**
 * The register of a pasted text: whether it is itself a news report or a public post, read from the genre's
 * general features rather than from one word. A report or a post rarely says "a reporter" or "I posted" — it
 * simply is one — so several weak features of the genre are weighed together, and a text that speaks to the
 * shop ("your store", 你们店) or in the shop's own voice ("our store", 我们店) is neither: a customer's message
 * or a staff note pasted by staff is not yet public.
 */

const HAN = /\p{Script=Han}/u;

/** One feature of a genre found in a text: where, and its name for the evidence. */
interface Feature {
  name: string;
  start: number;
  end: number;
}

/** Quoted speech blanked out (same length), so what the narrator writes is read apart from what people said. */
const QUOTED = /“[^”]*”|"[^"\n]*"|「[^」]*」|『[^』]*』/gu;
/** The narration of the last few texts: each genre's check of a text asks for it again. */
const narrations = new RecentResults<string>(8);
export function narration(folded: string): string {
  return narrations.get(folded, (text) => text.replace(QUOTED, (quoted) => ' '.repeat(quoted.length)));
}

function find(pattern: RegExp, text: string, name: string): Feature | undefined {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  return match ? { name, start: match.index, end: match.index + match[0].length } : undefined;
}

function count(pattern: RegExp, text: string): number {
  return text.match(pattern)?.length ?? 0;
}

// ---- Spoken to the shop, or in the shop's voice: never a post or a report of one.

/**
 * A message to the shop: "your store", "your Harbour Lane store" (case-insensitive, so any few words between), "bought
 * it from you", "you guys"; 你们店, 贵店, and in Cantonese 你哋间铺, 你哋嘅职员.
 */
const EN_TO_SHOP =
  /\byour\s+(?:\p{Lu}[\p{L}'’&-]*\s+){0,3}(?:store|shop|company|staff|employees?|salespeople|sales\s+\w+|manager|website|policy|products?|branch|team|customer\s+service|jewell?ers?)\b|\b(?:from|with|by|at)\s+you\b(?!\s+(?:know|guys))|\byou\s+(?:guys|sold|charged|promised)\b|^\s*dear\s|^[^\n]{1,40}\s[-–—]\s+dear\s/imu;
/**
 * A letter's asks and sign-off, which only a message to the shop has: "please contact me", "I look forward to your
 * reply", "Sincerely", "Kind regards"; 请尽快回复, 期待答复, 此致.
 */
const EN_LETTER =
  /\bplease\s+(?:contact|call|email|e-mail|reply\s+to|get\s+back\s+to|respond\s+to)\s+me\b|\bI\s+look\s+forward\s+to\s+(?:your|hearing)\b|\bawait(?:ing)?\s+your\s+(?:reply|response)\b|^\s*(?:yours\s+(?:sincerely|faithfully|truly)|sincerely|(?:kind|best|warm)\s+regards|regards),?\s*$/imu;
const ZH_LETTER = /请(?:尽快|及时)?(?:回复|答复|联系我|给我(?:一个)?答复)|期待(?:您的|你的)?(?:回复|答复)|此致/u;
const ZH_TO_SHOP =
  /你们店|你们家|你们的(?:店|员工|店员|产品|售后|服务|金店)|贵店|贵公司|贵司|你哋(?:间|間|店|铺|公司|嘅(?:店|铺|职员|员工|店员|产品|售后|服务))/u;

/** The shop's side telling it: "I work at", "our store", "a customer came in"; 我们店, 这位顾客; Cantonese 我哋间铺, 呢位客人. */
const EN_STAFF_VOICE =
  /\bI\s+(?:work|worked|used\s+to\s+work)\s+(?:at|in|for)\b|\bour\s+(?:store|shop|customers?|counter|manager|branch)\b|\b(?:a|the)\s+customer\s+(?:came|comes|walked|walks)\b|\bmy\s+(?:manager|boss|co-?workers?)\b|\bI'?’?m\s+(?:a|the)\s+(?:cashier|clerk|jewell?er|salesperson|sales\s+associate|manager)\b|^\s*me:/imu;
/**
 * Staff at work telling it, in general terms: their shift, working the counter or the till (not "the woman behind the
 * counter", which a customer writes of staff), a customer walking in as staff see one ("a lady comes in", "this guy
 * walked up"), the customer's lines in a dialogue ("Customer: …"); 我上班的时候, 我当班, 有个客人进来, 客人：.
 */
const EN_AT_WORK =
  /\bmy\s+shift\b|\bI\s+was\s+on\s+shift\b|\bI\s+was\s+(?:working|on)\s+the\s+(?:counter|register|till)\b|\b(?:a|this|one)\s+(?:lady|woman|man|guy|gentleman|girl|couple)\s+(?:came|comes|walked|walks|strolled|storms?|stormed)\s+(?:in|into|up)\b|^\s*customer\s*:/imu;
const ZH_AT_WORK =
  /我(?:上班|当班|值班)(?:的时候|时)|有(?:个|一个|位|一位)(?:顾客|客人)(?:进来|走进来|过来)|^\s*(?:顾客|客人)[:：]/mu;
const ZH_STAFF_VOICE =
  /我们店|我店|本店|我们这|我们柜台|我们门店|我司|我们公司|(?:这|那)(?:位|名)(?:顾客|客人)|我哋(?:间|間|店|铺|公司|柜台)|(?:呢|嗰)(?:位|个|個)客(?:人)?/u;

/** Whether the text is spoken to the shop or in its voice, by the words of its script. */
function shopSpeaksOrIsSpokenTo(folded: string, chinese: boolean): boolean {
  return chinese
    ? ZH_TO_SHOP.test(folded) || ZH_LETTER.test(folded) || ZH_STAFF_VOICE.test(folded) || ZH_AT_WORK.test(folded)
    : EN_TO_SHOP.test(folded) || EN_LETTER.test(folded) || EN_STAFF_VOICE.test(folded) || EN_AT_WORK.test(folded);
}

// ---- A public post or review: the customer's own account, naming the business, told to readers.

/**
 * The customer telling their own purchase or visit, outside quotes: "I bought", "we took it to", "I sought out", "my
 * watch", "my Fossil watch" (a word before the thing, most often its brand), "my eyes".
 */
const EN_OWN_ACCOUNT =
  /\b(?:I|we|my\s+(?:husband|wife|partner|son|daughter|fianc[ée]e?|boyfriend|girlfriend|mother|father|mom|mum|dad))\s+(?:(?:had|have|then|finally|also|just|recently|originally)\s+)?(?:bought|purchased|ordered|paid|took|brought|dropped|went\s+(?:in|back|into|to)|returned|picked\s+up|picked\s+out|chose|received|exchanged|visited|walked\s+into|used\s+an?|sought|shopped|booked|won|bid\s+on|tried\s+(?:the|this|their|a|an)|arrived\s+at)\b|\bmy\s+(?:recent\s+|last\s+|first\s+|latest\s+)?(?:visit|experience|stay|meal)\s+(?:at|to|with|here|there)\b|\bmy\s+(?:new\s+|old\s+)?(?:[\p{L}-]+\s+)?(?:watch|glasses|sunglasses|ring|necklace|bracelet|earrings?|pendant|chain|jewell?ery|jewelry|engagement\s+ring|wedding\s+(?:ring|band)|eye\s+exam|contacts|lenses|frames|order|purchase|voucher|gift\s+(?:card|certificate)|appointment|eyes|eyesight|prescription|parcel|package|refund|deposit|receipt|bag|purse|handbag|wallet|shoes|boots)\b/iu;

/**
 * A business named by its proper name: a capitalised name before a shop noun ("the SpecSavers store", "a certified
 * Seiko repair shop", "the Destiny USA mall"), a name built on the trade's words (Visionworks, LensCrafters), a name
 * written in camel case as only brands are (Island EyeCare; not Mc- and Mac- surnames, nor the platforms and apps a
 * customer pays or talks through), a shop by its possessive name ("the local Kay's"). A shop left unnamed ("a Chicago jeweler", "the
 * optical store") is no review of it: a blog that names no shop is not a public complaint about one.
 */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DETERMINER =
  '(?:The|A|An|My|Our|This|That|These|Their|His|Her|Its|Your|I|We|They|He|She|It|So|But|And|Then|When|After|Local|One|Every|Each|No)';
const EN_SHOP_NAMED = new RegExp(
  String.raw`(?=\p{Lu})(?<!\b(?:an?|any|some|another|one)\s+)(?!${DETERMINER}\b)\p{Lu}[\p{L}'’&-]+(?:\s+(?!${DETERMINER}\b)\p{Lu}[\p{L}'’&-]+){0,2}\s+(?:(?:repair|retail|jewell?ery|optical|eyewear|watch)\s+)?(?:store|shop|jewell?ers?|opticians?|outlet|branch|boutique|mall|showroom|service\s+cent(?:re|er)|employees|customer\s+service|(?:[Dd]ry\s+)?[Cc]leaners|[Cc]ar\s+[Ww]ash|[Ss]alon|[Rr]estaurant|[Cc]af[eé]|[Bb]akery|[Dd]iner|[Pp]harmacy|[Hh]otel|[Dd]ealership)\b` +
    String.raw`|\b\p{Lu}\p{L}*(?:[Vv]ision|[Oo]ptic|[Jj]ewel|[Ee]ye|[Ll]ens|[Ss]pec|[Ww]atch|[Dd]iamond|[Cc]rafter)(?!s?\b|es\b|ry\b|le?r|l?ery\b|ed\b|ing\b|glass|wear\b)\p{L}+` +
    String.raw`|\b\p{Lu}\p{Ll}+(?:[Vv]ision|[Oo]ptic|[Jj]ewel|[Ee]ye[Cc]are|[Ll]ens|[Ss]pec|[Ww]atch|[Dd]iamond|[Cc]rafter)\p{L}*` +
    String.raw`|\b(?!Mc|Mac|PayPal|YouTube|TikTok|WhatsApp|LinkedIn|FaceTime|FaceBook|MacBook|PowerPoint|GoFundMe|WeChat)\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+\b` +
    String.raw`|\b(?:at|to|from|into)\s+(?:the\s+)?(?:local\s+)?\p{Lu}\p{Ll}+['’]s\b(?!\s+(?:house|home|place|birthday|wedding|party|friend|mother|father|wife|husband))`,
  'u',
);

/**
 * A brand built on the trade's word and a brand-maker's ending (Visionworks, Eyemart, Specsavers, Lenscrafters), or
 * written as two capitalised words the same way (Lens Crafters, Vision Express): never an everyday word. Not any name
 * before "Vision" or "Optical" ("… Optical"): that shape raised posts on dev texts that were none, so it is left to the
 * shop noun's rule above.
 */
const EN_TRADE_BRAND =
  /\b(?:Vision|Optic|Eye|Lens|Spec|Watch|Jewel|Diamond)(?:works|mart|care|savers?|crafters|express|world|land|depot|plus|city|direct|shop|zone|hub)\b|\b(?:Vision|Optic|Eye|Lens|Spec|Watch|Jewel|Diamond)\s+(?:Crafters|Savers|Works|Express|World|Mart|Care|Center|Centre|Depot|Hut|Plus)\b/u;

/** Words written capitalised that name no business: family called by title, holidays, days. */
const NOT_A_BRAND =
  '(?:Mom|Mum|Dad|Mommy|Mummy|Daddy|Grandma|Grandpa|Granny|Nana|Papa|Mother|Father|God|Christmas|Easter|Thanksgiving|Halloween|Valentine|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tomorrow|Mr|Mrs|Ms|Miss|Dr|Sir|Madam)';
/** A capitalised name of one to three words, none of them a determiner, a month or a word that names no business. */
const PROPER = String.raw`(?!(?:${DETERMINER}|${MONTH}|${NOT_A_BRAND})\b)\p{Lu}[\p{L}'’&-]*(?:\s+(?!(?:${DETERMINER}|${MONTH}|${NOT_A_BRAND})\b)\p{Lu}[\p{L}'’&-]*){0,2}`;

/**
 * A business named by its bare brand, with no shop noun after it, known by what only a business is or does: bought
 * from or at it ("ordered it from Shopbop", "bought at Pandora", "got my glasses from Costco", "paid $215 for them at
 * Costco"), selling or shipping ("Shopbop sell…"), its gift card, website, warranty or order ("a Shopbop $100 gift
 * certificate"), its clasp, quality, staff or policy by the possessive ("Pandora's clasp broke", "Tiffany's customer
 * service"). A person is bought from, sells or has a policy rarely.
 */
const EN_BARE_BRAND = new RegExp(
  String.raw`\b(?:bought|buy|buying|purchased|purchasing|ordered|ordering|shopped|shopping)\b[^.!?;\n]{0,40}?\b(?:from|at)\s+(?:the\s+)?(${PROPER})` +
    // Got or paid for there, unless what was got is no goods: a call, a reply, a lift, married, home.
    String.raw`|\b(?:got|get|getting|paid)\b(?![^.!?;\n]{0,40}?\b(?:calls?|texts?|messages?|e-?mails?|letters?|reply|replies|responses?|answers?|notes?|voicemails?|apology|refunds?|lectures?|ride|lift|help|advice|quotes?|married|engaged|there|home|back|lunch|dinner|coffee)\b)[^.!?;\n]{0,40}?\b(?:from|at)\s+(?:the\s+)?(${PROPER})` +
    String.raw`|(?<![\p{L}'’])(${PROPER})\s+(?:sells?|sold|ships?|shipped|stocks?|stocked|carries|advertis(?:es|ed))\b` +
    String.raw`|(?<![\p{L}'’])(${PROPER})\s+(?:[$£€]?\d[\d,.]*\s+)?(?:gift\s+(?:card|certificate|voucher)s?|vouchers?|website|warranty|guarantee|return\s+policy|order|receipt|packaging)\b` +
    String.raw`|(?<![\p{L}'’])(${PROPER})['’]s\s+(?:clasps?|plating|quality|craftsmanship|customer\s+service|return\s+policy|policy|policies|warranty|guarantee|website|staff|employees|salespeople|products?|prices?)\b` +
    // Its own places, whatever they are called before the noun: "Walmart's Optical center", "eBay's Resolution Center".
    String.raw`|(?<![\p{L}'’])(${PROPER}|\p{Ll}\p{Lu}\p{Ll}{2,})['’]s\s+(?:\p{Lu}\p{L}+\s+){0,2}(?:[Cc]ent(?:er|re)|[Dd]epartment|[Cc]ounter|[Ll]ocation|[Bb]ranch|[Ss]tore|[Ss]hop|[Ss]ection|[Dd]esk|[Pp]harmacy|[Oo]utlet|[Aa]pp|[Ss]upport|[Hh]elpline|[Hh]otline)\b`,
  'u',
);

/** The business named in an English text: by a shop noun, by the trade's words, or by its bare brand. */
function enShopNamed(folded: string): Feature | undefined {
  return (
    find(EN_SHOP_NAMED, folded, 'business named') ?? find(EN_TRADE_BRAND, folded, 'business named') ?? bareBrand(folded)
  );
}

/** The bare brand found, its name alone as the feature. */
function bareBrand(folded: string): Feature | undefined {
  const match = EN_BARE_BRAND.exec(folded);
  if (!match) return undefined;
  const name = match.slice(1).find((group) => group !== undefined) ?? match[0];
  const start = match.index + match[0].indexOf(name);
  return { name: 'business named', start, end: start + name.length };
}

/** The customer telling it in the first person outside quotes, often enough to be the narrator (我, not 我们店). */
const ZH_FIRST_PERSON = /我(?!们店|店|司)/gu;

/**
 * What a shop's name is not made of: an unnamed shop (某知名, 一家, 这间), a verb or a particle before it (配个眼镜), and
 * Cantonese's (嗰间, 喺, 去咗, 佢哋嘅).
 */
const NOT_A_NAME = String.raw`\s\p{P}\d某家个间这那该一别的了到去在买换配修和与跟把被向从是叫名型锁近地牌小大新老两几多嗰呢喺咗嘅啲佢哋間入`;

/**
 * A shop of the trade named by its name (中北眼镜店, 周大福, Hong Kong's 中环眼镜铺 and 专门店), not left unnamed
 * (某知名眼镜店, 一家金店, 配个眼镜). The shop's word is looked for first, and the two characters before it checked,
 * rather than a name tried everywhere.
 */
const ZH_SHOP_NAMED =
  /眼镜店|眼镜行|眼镜公司|眼镜铺|钟表铺|珠宝铺|首饰铺|表铺|专卖店|专门店|金店|金行|金铺|银楼|珠宝店|珠宝行|首饰店|钟表店|钟表行|表行|专柜|旗舰店|(周大福|周生生|六福珠宝|老凤祥|老庙|谢瑞麟|周六福|潮宏基|中国黄金|菜百|宝岛眼镜|精益眼镜|大明眼镜|吴良材|茂昌眼镜)/gu;
const NAME_CHAR = new RegExp(`[^${NOT_A_NAME}]`, 'u');

/**
 * A shop named in Latin letters or digits beside the trade's word, as Hong Kong and Taiwan shops are (Zoff眼镜,
 * 眼镜88): not a prescription, a price or a count after it (眼镜300度, 眼镜 2副).
 */
const ZH_LATIN_NAMED =
  /[A-Za-z][A-Za-z'&.-]{2,}\s?(?:眼镜|钟表|珠宝|首饰|金饰)|(?:眼镜|钟表|珠宝)\s?\d{2,}(?![\d.]|\s?(?:度|元|块|蚊|岁|年|月|日|号|克|分|%|副|对|只|个|件|折|多|蚊))/u;

/** The shop named, with up to four characters of its name before the shop's word (two at least, or a brand). */
function zhShopNamed(folded: string): Feature | undefined {
  ZH_SHOP_NAMED.lastIndex = 0;
  for (let match = ZH_SHOP_NAMED.exec(folded); match; match = ZH_SHOP_NAMED.exec(folded)) {
    const end = match.index + match[0].length;
    let start = match.index;
    while (start > match.index - 4 && start > 0 && NAME_CHAR.test(folded.charAt(start - 1))) start--;
    if (match[1] !== undefined || match.index - start >= 2) return { name: 'business named', start, end };
  }
  return find(ZH_LATIN_NAMED, folded, 'business named');
}

// ---- A news report: a reporter's frames around a stranger's complaint, in the third person.

/** A complainant named by surname and title, as a reporter narrates them (林女士, 田先生), outside quotes. */
const TITLED = /女士|先生|小姐|太太/gu;
const NOT_A_SURNAME = /[\s\p{P}\d这那该位名个某男女老小一各诸两本此其的了和与跟向对给被让叫把在是有]/u;

/**
 * Where the complainants named by title are (a surname of one or two characters before 女士, 先生…): the titles are
 * looked for first, and the characters before each checked, rather than a surname tried at every place.
 */
function titledIn(told: string): Feature[] {
  const found: Feature[] = [];
  TITLED.lastIndex = 0;
  for (let match = TITLED.exec(told); match; match = TITLED.exec(told)) {
    const at = match.index;
    const before = told.charAt(at - 1);
    const twoBefore = told.charAt(at - 2);
    const named = at > 0 && !NOT_A_SURNAME.test(before);
    const start = named && at > 1 && HAN.test(before) && !NOT_A_SURNAME.test(twoBefore) ? at - 2 : at - 1;
    if (named) found.push({ name: 'named by title', start, end: at + match[0].length });
  }
  return found;
}

/** A name kept back the way reports and court news do (李某, 王某某), not "某" of a thing (某金店). */
const ZH_ANONYMISED =
  /(?<![一每上下本这那几两半对由关在向于给从其])[王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪廖贾夏韦邹孟熊秦邱尹薛闫雷侯陶黎贺顾毛郝龚邵钱严覃戴莫孔汤]某{1,2}(?![些种天日个家店品牌款位处项件条次样类人地时])/u;

/**
 * A reporter's other voices: what someone else explained (据医生介绍, 据店主解释), an expert asked (医师说, 律师表示),
 * a stranger introduced (一位男士, 一名女子). Not 据…反映, 负责人 or 工作人员: a council's or a regulator's own notice
 * speaks of its complainant and its officers in those words too; nor a date opening the text (9月27日,), which such a
 * notice shares with a report.
 */
const ZH_OTHER_VOICES =
  /据[^\s\p{P}]{1,10}?(?:介绍|解释|透露)|(?:医生|医师|律师|专家|业内人士|相关人士)(?:表示|指出|介绍|提醒|认为|回应|坦言|透露|建议|说)|一(?:位|名)(?:男士|女士|男子|女子|市民|消费者|网友|网民)/u;

/**
 * A report's lead opens on the day it happened (10月21日,); a council's notice does too, but names its complainant
 * (消费者林女士), while a report may bring in a stranger it never names (一位男士, 一名女子): the date counts as a
 * frame only beside such a stranger.
 */
const ZH_DATED_LEAD = /^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}(?:日|号)/u;
const ZH_STRANGER = /一(?:位|名)(?:男士|女士|男子|女子|市民|消费者|顾客|事主)/u;

/**
 * A report's days, counted from the day it is printed in the written register (昨日, 前日): a customer's post and a staff
 * note say 昨天 and 前天.
 */
const ZH_REPORT_DAY = /昨日|前日(?!子)/u;

/**
 * The other side asked for its answer, as a report asks it and a complainant's own account does not: 对此,…回应/表示, the
 * shop's or a body's officer speaking (商家回应称, 该店负责人表示, 消协负责人指出).
 */
const ZH_OTHER_SIDE =
  /对此[，,]\s*[^。；;！!？?]{0,16}?(?:回应|表示|称|解释|回复|说明|提醒|指出|建议|认为)|(?:商家|店方|店家|该店|门店|品牌方|厂家|该公司|客服)[^。，,；;]{0,6}?回(?:应|复)(?:称|说|表示)|(?:消协|消委会|局|协会|该店|该公司|门店|商场)[^。，,；;]{0,4}?(?:负责人|发言人)(?:指出|表示|介绍|称|回应|说)/u;

/**
 * A subject introduced by where they come from, as a report's lead does (来自上海的彭女士, 来自台中的一名游客): not what came
 * from someone (来自顾客的投诉).
 */
const ZH_INTRODUCED_BY_ORIGIN = /来自[^\s\p{P}\d]{2,8}?的(?!投诉|反映|消息|反馈|意见|顾客|客人|客户|货|产品|商品)/u;
/**
 * A lead that opens on its subject introduced by origin, a person by title or role, or a name doing something
 * (最近,来自上海的彭佳拿着…, 来自台中的游客…): a report's first sentence, which counts as a second frame beside the
 * introduction; a customer's own account opens on 我, a note on 顾客, and 来自总部的通知 is no one.
 */
const ZH_LEAD_BY_ORIGIN =
  /^\s*(?:[^。！？!?\n，,]{1,8}[，,]\s*)?来自[^\s\p{P}\d]{2,8}?的(?:\p{Script=Han}{0,3}(?:女士|先生|小姐|太太|游客|市民|消费者|网友|女子|男子|小伙|姑娘|夫妇|老人|阿姨)|\p{Script=Han}{2,3}(?:拿着|带着|在|于|花|把|发现|购买|买了|来到|到|去))/u;

/**
 * A report's lead, opening on a stranger or a shop placed by where they are (新北市一间早餐店, 广东一名女子, 台北一名消费者,
 * 广东,一女子), after a dateline's day at most: a customer's own account opens on 我, a staff note on the day and 一位顾客
 * (今天一位顾客), so the words before 一 are neither a day nor a pointer (这, 那, 该) nor someone's own.
 */
const ZH_PLACE_LEAD =
  /^\s*(?:(?:近日|日前|近期|\d{1,2}月\d{1,2}日)[，,]\s*)?(?!(?:这|那|该|此|我|你|他|她|有|在|今天|今日|昨天|昨日|前天|前几天|上午|下午|早上|晚上|中午|周末|上周|上个月|本周|本月|最近|刚才|当时|当天|那天|后来|本店|店里|门店))[\p{Script=Han}]{2,6}?[，,]?\s*(?:一(?:名|位|家|间|对)|1名|一(?:女子|男子|女|男)(?=[\p{Script=Han}]))/u;

/**
 * A reporter's attribution with the manner of speaking, of a complainant named by title: 高先生气愤地表示, 李女士无奈地说.
 * The customer says 我; staff write 顾客说.
 */
const ZH_TITLED_MANNER = /(?:女士|先生|小姐|太太)[^\s\p{P}\d]{1,4}地(?:表示|说|称|告诉|回忆|抱怨|坦言|直言|指出)/u;

/**
 * A broadcast report's speaker labels before the words quoted: 黄姓车主:「…」, 受害早餐店业者:「…」, 老板娘VS.记者:「…」. A
 * customer quoting a dialogue writes 我 in it, and a staff note's 顾客: is the shop's (see ZH_AT_WORK).
 */
const ZH_SPEAKER_LABEL =
  /(?:^|[。！？!?\n]\s*)[^\s\p{P}\d]{2,12}(?:\s*(?:VS|vs)\.?\s*[^\s\p{P}\d]{2,12})?\s*[:：]\s*[「“"『]/u;

/** A feature of a genre and how much it weighs: a plain sign of it 2, one that other texts share too 1. */
interface Weighed {
  feature: Feature;
  weight: number;
}

/**
 * A complaint platform's summary of a complaint (黑猫投诉 and the like, and the pages that quote them): a consumer left
 * unnamed, as the platform shows them, whose account is retold in the formal third person with 其 for the customer:
 * 该消费者指出,其于2025年1月24日在…, 有网友投诉称,其在…购买. A report names its subject (陈女士), and the customer's own
 * post says 我.
 */
const ZH_PLATFORM_SUMMARY =
  /(?:消费者|投诉人|投诉者|用户|网友)[^。，,；;]{0,6}?(?:称|指出|表示|反映|投诉|介绍|描述)[，,:：]\s*其(?:于|在|曾|本人)/u;

/** Evidence that a pasted text is a complaint platform's summary of a complaint, posted where the public reads it. */
export function platformSummary(text: string, source: ComplaintTextSource): Evidence | undefined {
  const folded = normaliseText(text);
  const found = find(ZH_PLATFORM_SUMMARY, folded, 'consumer retold as 其');
  return found ? evidence(text, source, [found], 'complaint platform summary') : undefined;
}

/**
 * Evidence that a pasted text is itself a public post or review: a customer's own account, outside quotes, that
 * names the business, and is neither spoken to the shop nor in the shop's voice.
 */
export function postRegister(text: string, source: ComplaintTextSource): Evidence | undefined {
  const folded = normaliseText(text);
  const chinese = HAN.test(folded);
  const told = narration(folded);
  if (!chinese) return englishPost(text, source, folded, told);
  // The cheap tests first: most texts are no one's own account.
  const mine = count(ZH_FIRST_PERSON, told);
  if (mine < 2) return undefined;
  const own = { feature: find(/我/u, told, 'own account') as Feature, weight: mine >= 3 ? 2 : 1 };
  const shop = zhShopNamed(folded);
  const brand = shop ? undefined : find(ZH_LATIN_BRAND, folded, 'brand');
  const named = shop ? { feature: shop, weight: 2 } : brand ? { feature: brand, weight: 1 } : undefined;
  if (named === undefined || shopSpeaksOrIsSpokenTo(folded, chinese)) return undefined;
  return weighedPost(text, source, own, named, () => zhToReaders(folded, told));
}

/**
 * A brand written in Latin letters inside a Chinese text (Zoff, OWNDAYS, Pandora), as shops and brands are: not the
 * letters everyone writes (VIP, App, OK, QQ, DIY, LOGO, PO, ID), nor a model or a size (K金, 18K, S925).
 */
const ZH_LATIN_BRAND =
  /(?<![A-Za-z\d])(?!(?:VIP|APP|App|app|OK|ok|QQ|DIY|LOGO|Logo|PO|po|ID|PS|PDF|USB|GPS|WiFi|wifi|LINE|Line|Google|Facebook|IG|Threads|Dcard|PTT|YouTube|TikTok|CEO|AI|LED|MM|KG|CM|MAX|PLUS|PRO|Pro|Plus|Max)(?![A-Za-z]))[A-Z][A-Za-z&'.-]{2,}(?![A-Za-z\d])/u;

/** A title line: a short first line with no sentence's stop, above the text. */
const ZH_TITLE_LINE = /^\s*[^\n。，,；;]{4,30}\n/u;
/**
 * A post speaking to its readers: hailing them (大家注意, 各位评评理, 网友们; not 大家 alone, as in 大家都说), the
 * poster's asides (吐槽一下, 分享一下, 记录一下, 说一下, 无语, 服了), and advice (千万别, 别去, 不要买, 慎入, 避坑, 踩坑,
 * 劝退, 长点心).
 */
const ZH_TO_READERS =
  /大家(?:好|注意|小心|评评理|帮忙|看看|说说)|各位(?:网友|朋友|姐妹|看官|评评理)|网友们|朋友们|吐槽一下|分享一下|记录一下|说一下|说说|无语|服了|醉了|绝了|气死|谁懂|千万(?:别|不要)|别去|不要去|别买|不要买|慎入|慎买|避坑|踩坑|劝退|长点心|引以为戒/u;

/** Each of a Chinese post's ways with its readers found, weighing 1 each. */
function zhToReaders(folded: string, told: string): Weighed[] {
  return [find(ZH_TITLE_LINE, folded, 'title line'), find(ZH_TO_READERS, told, 'to readers')]
    .filter((feature): feature is Feature => feature !== undefined)
    .map((feature) => ({ feature, weight: 1 }));
}

/**
 * A post when its own account and the business named weigh 4 together with its ways with its readers, looked for
 * only when the two weigh less: the plain signs of each alone, or weaker ones with the reader addressed.
 */
function weighedPost(
  text: string,
  source: ComplaintTextSource,
  own: Weighed,
  named: Weighed,
  toReadersOf: () => Weighed[],
): Evidence | undefined {
  const found = [own, named];
  if (own.weight + named.weight < 4) found.push(...toReadersOf());
  if (found.reduce((sum, each) => sum + each.weight, 0) < 4) return undefined;
  return evidence(
    text,
    source,
    found.map((each) => each.feature),
    'post',
  );
}

/**
 * An English post weighed: the customer's own account (a purchase or a visit told, 2; told in the first person
 * throughout, 1), the business named (by a shop noun, a trade brand, a bare brand, 2; by a brand's shape or a visit to a
 * name, 1) and the post's ways with its readers (a title line, a story frame, advice to readers; 1 each). Both an own
 * account and a business are needed — a story that names no business reviews no one — and together they must weigh 4:
 * the plain signs of each alone, or weaker ones with the reader addressed.
 */
function englishPost(text: string, source: ComplaintTextSource, folded: string, told: string): Evidence | undefined {
  // The cheap test first: most texts are no one's own account.
  const own = ownAccount(told);
  if (own === undefined) return undefined;
  const named = businessNamed(folded, told);
  if (named === undefined || shopSpeaksOrIsSpokenTo(folded, false)) return undefined;
  return weighedPost(text, source, own, named, () => toReaders(folded, told));
}

/** The narrator in the first person outside quotes, often enough to be telling their own story. */
const EN_NARRATOR = /\b(?:I|[Mm]y|[Mm]e)\b/gu;

/** The customer's own account: a purchase or a visit told (2), or a story told in the first person throughout (1). */
function ownAccount(told: string): Weighed | undefined {
  const account = find(EN_OWN_ACCOUNT, told, 'own account');
  if (account) return { feature: account, weight: 2 };
  if (count(EN_NARRATOR, told) < 4) return undefined;
  const first = find(EN_NARRATOR, told, 'first person');
  return first ? { feature: first, weight: 1 } : undefined;
}

/**
 * The business named plainly (2), or by a brand's shape or a visit to a name alone (1). A title capitalises every word
 * ("They Work In Eye Care…"), so a name's shape is read below it; a name in the title counts when the text names it again.
 * A review posted under the business's own listing names it by pointing at it (see EN_THIS_BUSINESS), which counts as
 * plainly, but only in the narration: a customer quoted by staff says "this store is a joke" too.
 */
function businessNamed(folded: string, told: string): Weighed | undefined {
  const title = titleLine(folded);
  const body = title ? ' '.repeat(title.end) + folded.slice(title.end) : folded;
  const plain =
    enShopNamed(body) ??
    find(EN_NAME_BESIDE_TRADE, body, 'business named') ??
    find(EN_THIS_BUSINESS, told, 'business pointed at');
  if (plain) return { feature: plain, weight: 2 };
  const weak =
    find(EN_LOWER_CAMEL_BRAND, body, 'brand') ?? find(EN_VISITED_NAME, body, 'name visited') ?? titleName(folded);
  return weak ? { feature: weak, weight: 1 } : undefined;
}

/**
 * The business a review is posted under, pointed at rather than named: "this salon", "this place", "this store". A
 * message to the shop says "your store", the staff "our store", a report "the store".
 */
const EN_THIS_BUSINESS =
  /\bthis\s+(?:place|salon|store|shop|restaurant|business|establishment|location|company|caf[eé]|bakery|jewell?er|jewelry\s+store|jewellery\s+shop|optician|cleaners|spa|boutique|dealership)\b/iu;

/**
 * A trade's noun with its name beside it, in brackets or in apposition: "the opticians (now Boots)", "a jeweller
 * called Marlowe's", "the repair shop, Tickers,".
 */
const EN_NAME_BESIDE_TRADE = new RegExp(
  String.raw`\b(?:opticians?|optometrists?|jewell?ers?|jewell?ery\s+(?:store|shop)|stores?|shops?|retailers?|chain|repairers?|cobblers?|boutique|company|firm|seller|outlet)\s*\(\s*(?:now\s+|then\s+|called\s+|named\s+)?(${PROPER})` +
    // Set off by commas or dashes, the name closes its aside ("the repair shop, Tickers, …"): "at the store, John told
    // me" names a person who speaks.
    String.raw`|\b(?:opticians?|optometrists?|jewell?ers?|stores?|shops?|retailers?|repairers?|boutique|company|seller)(?:,|\s[-–—])\s+(?:now\s+|then\s+)?(${PROPER})\s*[,.;)–—-]` +
    String.raw`|\b(?:store|shop|jewell?er|optician|company|chain|boutique|business)\s+(?:called|named)\s+(${PROPER})`,
  'u',
);

/** A brand spelt the way only brands are, with a small letter first (eBay, eToro); not Apple's products (iPhone). */
const EN_LOWER_CAMEL_BRAND = /\b(?!i(?:Phone|Pad|Pod|Mac|Cloud|Tunes|OS)s?\b)\p{Ll}\p{Lu}\p{Ll}{2,}\b/u;

/**
 * A name gone to, got something at or taken something to, as one visits a shop ("went back to Jared", "got it at
 * Marlowe"): a place or a person is visited so too, so it weighs less than a shop noun.
 */
const EN_VISITED_NAME = new RegExp(
  String.raw`\b(?:went|go|going|got|get|getting|took|take|taking|headed|drove|walked|stopped|returned|called|rang|emailed|contacted)\b(?:\s+(?:it|them|him|her|back|in|over|down|up|straight|there))?\s+(?:at|to|into|from)\s+(?:the\s+)?(${PROPER})(?![\p{L}'’])`,
  'u',
);

/** A post's title: a short first line above the text, in title case or ending in "!" or "?" (not a greeting). */
const TITLE_LINE = /^\s*([^\n]{3,100})\n/u;
const GREETING = /^(?:hi|hello|hey|dear|to\s+whom|good\s+(?:morning|afternoon|evening))\b/iu;
function titleLine(folded: string): Feature | undefined {
  const line = TITLE_LINE.exec(folded)?.[1]?.trim();
  if (line === undefined || /[.,:;]$/u.test(line) || GREETING.test(line)) return undefined;
  const words = line.match(/[\p{L}'’]+/gu) ?? [];
  if (words.length < 2 || words.length > 16) return undefined;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  if (capitalised * 3 < words.length * 2 && !/[!?]["”’]?$/u.test(line)) return undefined;
  const start = folded.indexOf(line);
  return { name: 'title line', start, end: start + line.length };
}

/** A title's words that name nothing: determiners, months, family by title, a question's or a warning's first word. */
const TITLE_WORD = new RegExp(`^(?:${DETERMINER}|${MONTH}|${NOT_A_BRAND}|Why|What|How|Who|Never|Don|Do|Not)$`, 'u');

/** A name in the title that the text writes capitalised again in mid-sentence: what the post is about. */
function titleName(folded: string): Feature | undefined {
  const title = titleLine(folded);
  if (title === undefined) return undefined;
  const body = folded.slice(title.end);
  for (const word of folded.slice(title.start, title.end).match(/\p{Lu}[\p{L}'’]{2,}/gu) ?? []) {
    const bare = word.replace(/['’]s$/u, '');
    if (TITLE_WORD.test(bare)) continue;
    const again = new RegExp(String.raw`(?<=[\p{Ll},]\s+(?:the\s+)?)${bare}(?![\p{L}])`, 'u').exec(body);
    if (again) {
      const start = title.end + again.index;
      return { name: 'business named', start, end: start + bare.length };
    }
  }
  return undefined;
}

/**
 * A post's ways with its readers: a story frame ("long story short", "fast-forward to"), talk to the reader ("you could
 * call me", "let me tell you", "trust me"), advice and a verdict ("don't waste your money", "avoid", "buyer beware",
 * "X sucks"). A message to the shop talks to the shop, and a staff note to a colleague tells no story this way.
 */
const EN_STORY_FRAME =
  /\b(?:(?:to\s+make\s+a\s+)?long\s+story\s+short|fast[-\s]forward(?:ing)?\s+to|here['’]s\s+(?:what\s+happened|the\s+thing|the\s+deal|the\s+kicker)|needless\s+to\s+say|to\s+make\s+matters\s+worse|the\s+moral\s+of\s+the\s+story|lesson\s+learned|the\s+end\.)/iu;
const EN_TALK_TO_READER =
  /\byou\s+(?:could|can|might|may)\s+call\s+me\b|\byou['’]d\s+(?:all\s+)?be\s+right\b|\blet\s+me\s+tell\s+you\b|\b(?:trust|believe)\s+me\b|\bas\s+you\s+(?:can|might|may)\s+(?:imagine|guess|see)\b|\byou\s+guessed\s+it\b|\bguess\s+what\b|\bbelieve\s+it\s+or\s+not\b|\bif\s+you['’]re\s+(?:looking|thinking|considering|planning)\b|\bdear\s+readers?\b/iu;
const EN_ADVICE =
  /\b(?:don['’]t|do\s+not|never)\s+waste\s+your\b|\bsave\s+your\s+(?:money|time|breath)\b|(?:^|[.!?]\s+|\n\s*)(?:avoid|beware|stay\s+away|shop\s+elsewhere|go\s+elsewhere|take\s+my\s+advice|learn\s+from\s+my)\b|\bbuyer\s+beware\b/imu;
/** A verdict on a name: "Farrow Sucks" (case-sensitive, for under the i flag \p{Lu} would take "it sucks" too). */
const EN_VERDICT = /\b\p{Lu}[\p{L}'’]+\s+(?:really\s+|totally\s+)?[Ss]ucks\b/u;

/** Each of a post's ways with its readers found, weighing 1 each. */
function toReaders(folded: string, told: string): Weighed[] {
  return [
    titleLine(folded),
    find(EN_STORY_FRAME, told, 'story frame'),
    find(EN_TALK_TO_READER, told, 'to readers'),
    find(EN_ADVICE, told, 'advice to readers') ?? find(EN_VERDICT, folded, 'verdict'),
  ]
    .filter((feature): feature is Feature => feature !== undefined)
    .map((feature) => ({ feature, weight: 1 }));
}

/** How a third party names the customer (the complainant, the consumer, a reader), as a report or a notice does. */
const ZH_THIRD_PARTY = /记者|本报|消费者|投诉人|市民|网友|网民|事主|当事人|原po/u;
const EN_THIRD_PARTY =
  /\b(?:Mr|Mrs|Ms|Miss)\.?\s+\p{Lu}|\b(?:[Rr]eporters?|[Jj]ournalists?|[Cc]onsumers?|[Cc]omplainants?)\b/u;

/**
 * Whether a text is a third party's account of someone else's complaint — a reporter's, a council's, a blog's:
 * no first person outside quotes (a reporter does not say 我 or "I"; a customer and the staff do) and the customer
 * named as such a narrator names them (林女士, 李某, 消费者, "Ms. Lee", a full name then the surname alone). Its
 * narration gives the story's facts; only the speech it quotes or reports is someone's own. A retelling with no
 * subject (2月8日买的戒指…) or a staff note ("He paid…") is no such account.
 */
export function toldByAThirdParty(text: string): boolean {
  const folded = normaliseText(text);
  const told = narration(folded);
  if (!HAN.test(told)) {
    if (EN_FIRST_PERSON.test(told)) return false;
    return EN_THIRD_PARTY.test(told) || englishNews(text, 'narrative', folded) !== undefined;
  }
  if (count(ZH_FIRST_PERSON, told) > 0) return false;
  return (
    ZH_THIRD_PARTY.test(told.toLowerCase()) ||
    titledIn(told).length > 0 ||
    ZH_ANONYMISED.test(told) ||
    ZH_OTHER_VOICES.test(told)
  );
}

/**
 * Evidence that a pasted text is itself a news report: two of a report's frames together — a complainant narrated
 * by surname and title, a name kept back, other voices asked, a headline above — in a text with no first person outside
 * quotes (a reporter does not say 我; a customer or a member of staff does).
 */
export function newsRegister(text: string, source: ComplaintTextSource): Evidence | undefined {
  const folded = normaliseText(text);
  if (!HAN.test(folded)) return englishNews(text, source, folded);
  const told = narration(folded);
  if (count(ZH_FIRST_PERSON, told) > 0) return undefined;
  const titled = titledIn(told);
  const frames = [
    titled.length >= 2 ? titled[0] : undefined,
    find(ZH_ANONYMISED, told, 'name kept back'),
    find(ZH_OTHER_VOICES, told, 'other voices'),
    ZH_STRANGER.test(told) ? find(ZH_DATED_LEAD, told, 'dated lead') : undefined,
    find(ZH_TITLE_LINE, folded, 'headline'),
    find(ZH_REPORT_DAY, told, 'report day'),
    find(ZH_OTHER_SIDE, told, 'other side asked'),
    find(ZH_INTRODUCED_BY_ORIGIN, told, 'introduced by origin'),
    find(ZH_LEAD_BY_ORIGIN, told, 'lead'),
    find(ZH_PLACE_LEAD, told, 'lead placed'),
    find(ZH_TITLED_MANNER, told, 'manner of speaking'),
    find(ZH_SPEAKER_LABEL, folded, 'speaker label'),
  ].filter((feature): feature is Feature => feature !== undefined);
  if (frames.length < 2 || shopSpeaksOrIsSpokenTo(folded, true)) return undefined;
  return evidence(text, source, frames, 'news report');
}

/** The quote around the first feature, naming every feature found. */
function evidence(text: string, source: ComplaintTextSource, found: Feature[], genre: string): Evidence {
  const first = found.reduce((earliest, feature) => (feature.start < earliest.start ? feature : earliest));
  const named = found.map((feature) => `${feature.name} "${text.slice(feature.start, feature.end).trim()}"`);
  return { quote: quoteAround(text, first.start, first.end), source, cue: `${genre}: ${named.join(' + ')}` };
}

/**
 * A report's complainant it does not name: a stranger by where they live ("a Brooklyn woman", "a 72-year-old Ocala
 * widow", "a Queens couple") or a stranger quoted ("a shopper said", "one woman told"). Read only with no first person
 * outside quotes; not "a customer said", which a staff note writes of its own customer.
 */
const PERSON_NOUN =
  '(?:woman|man|mother|father|mom|mum|dad|resident|shopper|couple|bride|groom|grandmother|grandfather|grandma|teen|teenager|student|widow|widower|retiree|pensioner|homeowner|family|native)';
const EN_STRANGER_BY_PLACE = new RegExp(
  String.raw`\b[Aa]n?\s+(?:\d{1,3}-year-old\s+)?(?!(?:${DETERMINER}|${MONTH}|${NOT_A_BRAND})\b)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?:\s+(?:area|County|City))?\s+${PERSON_NOUN}\b`,
  'u',
);
const EN_STRANGER_SAID =
  /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\p{Ll}+\s+)?(?:shopper|woman|man|resident|consumer|buyer|mother|father|couple|bride)\s+(?:said|says|told|complained|claims|claimed)\b/u;

/**
 * A report's lede, opening the text on a stranger and how they feel or what they say ("A mother is furious…", "A
 * pensioner has been left…", "A woman says…"). Not a customer or a client: a staff note opens on its customer so.
 */
const EN_STRANGER_LEDE = new RegExp(
  String.raw`^\s*An?\s+(?:\d{1,3}-year-old\s+)?(?:\p{Ll}+\s+)?${PERSON_NOUN}\s+(?:(?:is|was|has\s+been|were|are)\s+(?:left|furious|fuming|angry|outraged|livid|upset|devastated|heartbroken|baffled|shocked|disgusted|frustrated|demanding|calling|warning|seeking)|says|claims|wants|fears|is\s+suing|has\s+hit\s+out)\b`,
  'u',
);

/** A person's full name, as a report first gives it ("Kira Denney"). */
const FULL_NAME = new RegExp(String.raw`\b(?!${DETERMINER}\b|${MONTH}\b)\p{Lu}\p{Ll}+\s+(\p{Lu}\p{Ll}{2,})\b`, 'gu');
/** The narrator's own voice in English, outside quotes; not the "me" of a compound (a hand-me-down, a pick-me-up). */
const EN_FIRST_PERSON = /(?<!-)\b(?:I|my|me|we|our|us)\b(?!-)/u;
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s*$/u;
/** A first name before the surname (the full name again), not a word that opens a sentence or a clause. */
const FIRST_NAME_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?!${DETERMINER}\b|(?:When|While|As|If|Because|Although|Since|Until|Before|Once|Now|Later|Still|Yet|Both)\b)\p{Lu}\p{Ll}+\s+$`,
  'u',
);

/**
 * A report's dateline, opening a paragraph with the place in capitals ("CHENNAI:", "NEW YORK (AP) —", "LONDON —"), not
 * a post's or a letter's heading words (UPDATE:, EDIT:, NOTE:, RE:). The story starts on the dateline's own line: a
 * transcript's speaker before a quote (blanked) and a paragraph break is no dateline.
 */
const EN_DATELINE =
  /^\s*(?!(?:UPDATE|EDIT|EDITED|NOTE|NB|PS|RE|FYI|TLDR|TL;DR|WARNING|QUESTION|ANSWER|SUMMARY|BACKGROUND|FACTS|HELD|ORDER)\b)\p{Lu}{3,}(?:[ .'-]+\p{Lu}{2,}){0,2}(?:,[ \t]+\p{Lu}[\p{L}.]*)?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?::|—|–|--)[ \t]+\p{Lu}/mu;
/**
 * A headline: a short first line with no sentence's stop, a blank line, then the story. Above a text with no first person
 * it is a report's, not a post's or a letter's (their writers say "I"); a greeting or a case number is no headline.
 */
const EN_HEADLINE = /^\s*(?!(?:Dear|Hi|Hello|Case|Re|Subject)\b)(\p{Lu}[^\n.?!:;]{10,110}?)\s*\n\s*\n\s*\p{Lu}/u;

/**
 * An English report refers to a person by surname alone once it has given the full name ("Kira Denney … When Denney
 * got them back"), or to a stranger it does not name (EN_STRANGER_BY_PLACE, EN_STRANGER_SAID): a customer telling their
 * own story, a member of staff and a blog use first names or titles. Read only in a text with no first person outside
 * quotes.
 */
function englishNews(text: string, source: ComplaintTextSource, folded: string): Evidence | undefined {
  const told = narration(folded);
  if (EN_FIRST_PERSON.test(told)) return undefined;
  const stranger =
    find(EN_STRANGER_BY_PLACE, told, 'stranger by place') ??
    find(EN_STRANGER_SAID, told, 'stranger quoted') ??
    find(EN_STRANGER_LEDE, told, 'stranger in the lede');
  if (stranger) return evidence(text, source, [stranger], 'news report');
  const frame = find(EN_DATELINE, told, 'dateline') ?? find(EN_HEADLINE, told, 'headline');
  if (frame) return evidence(text, source, [frame], 'news report');
  FULL_NAME.lastIndex = 0;
  for (let name = FULL_NAME.exec(told); name; name = FULL_NAME.exec(told)) {
    const surname = name[1] ?? '';
    const alone = new RegExp(String.raw`\b${surname}\b(?!['’]s\b)\s+\p{Ll}`, 'gu');
    alone.lastIndex = name.index + name[0].length;
    for (let later = alone.exec(told); later; later = alone.exec(told)) {
      const before = told.slice(Math.max(0, later.index - 20), later.index);
      if (FIRST_NAME_BEFORE.test(before) || TITLE_BEFORE.test(before)) continue;
      const named = { name: 'full name', start: name.index, end: name.index + name[0].length };
      const again = { name: 'surname alone', start: later.index, end: later.index + surname.length };
      return evidence(text, source, [named, again], 'news report');
    }
  }
  return undefined;
}

/**
 * Whether a Chinese text is the customer's own voice: their story told with 我 outside quotes three times or more, or a
 * message to the shop (你们店, 请尽快回复). Neither is a published report, whatever words of the press it uses of news it
 * saw (近日, 看新闻报道说金价涨了). English is left out: a consumer desk's report says "we" and tells a purchase in the
 * shape of a customer's own account ("did what most of us would do"), so the same test there drops reports.
 */
export function inTheCustomersVoice(text: string): boolean {
  const folded = normaliseText(text);
  if (!HAN.test(folded)) return false;
  return count(ZH_FIRST_PERSON, narration(folded)) >= 3 || ZH_TO_SHOP.test(folded) || ZH_LETTER.test(folded);
}

/**
 * Whether the customer tells the story in the first person, outside quotes ("I bought", "my watch"; 我 three times
 * or more), and not the shop's side in its own voice ("I work at", 我们店). In such a story "he", "she" and 对方 are
 * someone the customer dealt with, unless the customer names a companion (see COMPANION).
 */
export function toldByTheCustomer(text: string): boolean {
  const folded = normaliseText(text);
  const told = narration(folded);
  return HAN.test(told)
    ? count(ZH_FIRST_PERSON, told) >= 3 && !ZH_STAFF_VOICE.test(folded)
    : EN_OWN_ACCOUNT.test(told) && !EN_STAFF_VOICE.test(folded);
}

/**
 * Whether the shop's side tells the story in its own voice ("I work at", "a customer came in", "Customer: …"; 我们店,
 * 有个客人进来, 客人：): there the narrator's "I" (我) is the clerk, and the customer is "she", "he" or "the customer".
 */
export function toldByTheShop(text: string): boolean {
  const folded = normaliseText(text);
  return HAN.test(narration(folded))
    ? ZH_STAFF_VOICE.test(folded) || ZH_AT_WORK.test(folded)
    : EN_STAFF_VOICE.test(folded) || EN_AT_WORK.test(folded);
}
