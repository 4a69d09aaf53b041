import { normaliseText } from '../../shared/normalise-text.ts';
import { narration } from './text-register.ts';

/**
 * Whether a pasted text is the shop's own note of a complaint, which is no report and no post however it reads: a staff
 * member writes of the customer in the third person by surname and title and reports what they said, as a reporter
 * does ("Mrs Carter said…", 王女士表示…), so the press's and a post's signs read in it would flag a story or a review
 * that nobody published. A note is told from inside the shop, in the narration (quoted speech aside):
 * - the customer comes in, seen from the counter ("Customer came in today", "she came back in"; 来店, 来本店): a report
 *   and a post say the customer went to the shop (到店, "went back to the store");
 * - the goods were bought from the shop ("bought it from us");
 * - the shop's own steps, written as done (已登记, 已送修, 已告知顾客, "we offered her a refund");
 * - the customer opened on as the shop's (顾客王女士…), a worker telling a story from work ("I had a lady who came
 *   in", 我是店员), or the shop's voice (our store, 我们店, my shift).
 */

/**
 * The customer coming in, seen from inside the shop: the customer, or a person by title, who came in; "she" or "he" only
 * on a day ("she came in this morning"), since a customer's post says of a companion "when she came in". Not "I came
 * in" (a customer's letter) nor "they came in" (as often an order arriving).
 */
const EN_CAME_IN =
  /\b(?:customer|client|(?:Mr|Mrs|Ms|Miss)\.?\s+\p{L}+(?:,\s*\d{1,3},)?)\s+(?:came|comes|walked|popped)\s+(?:back\s+)?in\b(?!\s+(?:first|second|third|last|at\s+number))|\b(?:she|he|lady|gentleman)\s+(?:came|walked|popped)\s+(?:back\s+)?in\s+(?:today|this\s+(?:morning|afternoon|evening)|yesterday|earlier|again|on\s+\p{L}+day)\b/iu;
/**
 * The goods bought from the shop ("bought it from us"; not "bought it here", which a review says of the business it
 * reviews), and the shop's steps in its own "we" ("we offered her a refund"; not "we offered to pay", a customer's).
 */
const EN_BOUGHT_HERE = /\b(?:bought|purchased)\b[^.!?\n]{0,40}?\bfrom\s+us\b/iu;
const EN_SHOP_STEPS =
  /\bwe\s+(?:have\s+|had\s+)?(?:offered\s+(?:her|him|them|the\s+customer)|logged|booked\s+(?:it|them)\s+in|refunded\s+(?:her|him|them))\b/iu;

/**
 * The shop's own voice, in the words only staff use of it: our store, our customers, my shift, "I'm a sales associate",
 * "I work at a jewellery store"; 我们店, 我司, 我上班的时候, 有个客人进来. Not "I work in finance" or "my boss" (a
 * customer's own job), nor 我们这 (our town) or 我们公司 (a customer's employer), nor a dialogue's "Me:" and "Customer:"
 * lines, which reviewers write too.
 */
const EN_SHOP_VOICE =
  /\bour\s+(?:store|shop|customers?|counter|branch|workshop)\b|\bmy\s+(?:shift|co-?workers?)\b|\bI\s+(?:work|worked)\s+(?:at|in)\s+(?:a|an|the|this)\s+(?:[\p{L}'’-]+\s+){0,2}(?:store|shop|jewell?er|jewell?ers|optician|opticians|boutique|(?:dry\s+)?cleaners|salon|restaurant|caf[eé]|bakery|pharmacy|spa)\b|\bI['’]?m\s+(?:a|an|the)\s+(?:cashier|clerk|salesperson|sales\s+associate|store\s+manager|shop\s+assistant)\b/iu;
const ZH_SHOP_VOICE =
  /我们店|我店|我们柜台|我们门店|我司|我(?:上班|当班|值班)(?:的时候|时)|有(?:个|一个|位|一位)(?:顾客|客人)(?:进来|走进来|过来)/u;

/**
 * A member of staff telling a story from work, as retail workers' own posts do: "I had a lady who came in", "they didn't
 * come from my shop" (a shop owned, not "my local shop"), "a woman walks up to my counter", "I'm working the register"; 我是店员, 我在金店上班 (not 我在银行上班, a bank). Such a
 * story is the shop's side, not a customer's complaint gone public.
 */
const EN_STAFF_TELLS =
  /\bI\s+had\s+(?:a|this|one)\s+(?:customer|client|lady|woman|man|guy|gentleman|couple)\s+(?:who|that|come|came|walk|walked)\b|\b(?:from|in|into|at|up\s+to|behind)\s+my\s+(?:shop|store|counter|register|till)\b|\bI(?:['’]m|\s+am|\s+was)\s+working\s+(?:the\s+)?(?:register|counter|till|tills|shop\s+floor)\b/iu;
const ZH_STAFF_TELLS =
  /我是[^，,。\n]{0,8}?(?:店员|导购|柜员|柜姐|店长|营业员|销售员)|我在[^，,。\n]{0,10}?(?:店|(?<!银)行|铺|专柜|柜台|门店)(?:上班|工作|做导购|当店员)/u;

/**
 * The customer coming to the shop as the shop says it (来店, 来本店, 来柜台), not 到店 or 去店里, which anyone writes, nor
 * the 来店 inside 原来店家 or 后来店员, nor a reviewer's own visit (我今天来店里配眼镜, as a 大众点评 review says it).
 */
const ZH_CAME_IN =
  /(?<!我[^，,。！？!?\n]{0,8})(?:(?<![原后未将从起带本])来(?:我|本)?店(?![家主员长铺])|来(?:我们)?(?:门店|柜台)|进店来)/u;
/** The shop's steps recorded as done: registered, sent for repair, the customer told (已登记, 已送修, 已告知顾客). */
const ZH_SHOP_STEPS =
  /已(?:登记|送修|寄修|为(?:顾客|客人|其)|帮(?:顾客|客人|其)|告知(?:顾客|客人|其)|安排|联系(?:厂家|供应商|总部))|处理(?:结果|意见|方案)[:：]/u;

/**
 * A note opens on its customer as the shop's, by surname and title (顾客王女士…, 今天客人陈先生…); a report opens on 市民,
 * 消费者 or the name alone.
 */
const ZH_OPENS_ON_CUSTOMER =
  /^\s*(?:(?:今天|今日|昨天|昨日|上午|下午|晚上|\d{1,2}月\d{1,2}[日号])[，,]?\s*)?(?:顾客|客人|客户)\p{Script=Han}{1,2}(?:女士|先生|小姐|太太)/u;

/** Whether the text is a staff member's note of a customer's complaint (see above), read in its narration. */
export function staffNote(text: string): boolean {
  const folded = normaliseText(text);
  const told = narration(folded);
  if (/\p{Script=Han}/u.test(told)) {
    return (
      ZH_CAME_IN.test(told) ||
      ZH_SHOP_STEPS.test(told) ||
      ZH_OPENS_ON_CUSTOMER.test(told) ||
      ZH_STAFF_TELLS.test(told) ||
      ZH_SHOP_VOICE.test(told)
    );
  }
  return (
    EN_CAME_IN.test(told) ||
    EN_BOUGHT_HERE.test(told) ||
    EN_SHOP_STEPS.test(told) ||
    EN_STAFF_TELLS.test(told) ||
    EN_SHOP_VOICE.test(told)
  );
}
