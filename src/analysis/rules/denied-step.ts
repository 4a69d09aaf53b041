/**
 * A step to an outside party named only to be denied: "I didn't report them to the BBB", "we never went to the
 * newspaper", 我没向消协投诉, 她没有去12315, 懒得去12315. The negator stands before the verb that takes the customer
 * there, some words before the party's name, so the negation of a cue's own first words (cue.ts) does not see it.
 * A threat stays a threat: a negator inside its condition ("if you don't refund me I'll go to the BBB", 不退款我就去
 * 12315) or one that strengthens it ("I won't hesitate to call a lawyer") denies nothing — the labelling guide flags
 * a threat to take it there as the step itself. A step advised to consumers at large (可到工商部门投诉, "consumers can
 * contact Trading Standards") is no step either, nor goods taken to an office's laboratory to be tested
 * (送到质监部门鉴定).
 */

/**
 * English: a negator at most six words before the party, after the last clause mark or joining word of its
 * sentence ("They didn't refund me so I called the police" has "so I called", no denial), and not inside a condition
 * ("if they won't refund me I will go to the BBB").
 */
const EN_SCOPE_BREAK = /[,;:.!?()"“”]|\b(?:so|and|then|but|because|since|until|after|before|when|while|which|who)\b/giu;
const EN_CONDITION = /\b(?:if|unless|or|otherwise)\b/iu;
const EN_DENIAL =
  /\b(?:didn't|did\s+not|never|haven't|have\s+not|hasn't|has\s+not|hadn't|had\s+not|won't|will\s+not|wouldn't|would\s+not|no\s+one|nobody|decided\s+against|chose\s+not\s+to|decided\s+not\s+to|refrained\s+from)\s+(?!hesitate\b)(?:\S+\s+){0,6}$/iu;

/**
 * Advice to consumers at large, as a council, a report or a columnist gives it ("consumers can contact Trading
 * Standards", "shoppers should report it to the council", "readers may complain to the ombudsman"): not a step anyone
 * took. Not "you can" (a customer's "you can talk to my lawyer" is a threat) nor "I can".
 */
const EN_ADVICE =
  /\b(?:consumers|shoppers|customers|buyers|readers|anyone|people)\s+(?:who\s+\S+\s+(?:\S+\s+){0,4})?(?:can|could|should|may|are\s+advised\s+to|are\s+urged\s+to)\s+(?:also\s+)?(?:\S+\s+){0,5}$/iu;

/**
 * Chinese: a negator of a step (没有, 未有, 并未, 不会, 不想, 不打算, 懒得, 放弃了, Cantonese 冇, 唔会) followed at once by
 * a verb or preposition that takes the customer somewhere (去, 向, 找, 到, 跟, 打, 报, 投诉, 联系…), then the party
 * within the clause, with no 就, 才 or 便 (the consequence of a condition) between.
 */
const ZH_DENIAL =
  /(?:没有|没|未有|未曾|并未|从未|从没|不会|不想|不愿|不打算|没打算|懒得|放弃了?|冇|唔会|唔想)(?:再|有)?(?:去|向|找|到|跟|给|打|拨|报|投诉|联系|上|发)[^，,。！？!?；;\n就才便]{0,10}$/u;

/**
 * Advice on where a consumer may go, as a council, a report or a lawyer gives it (如是假货,可到工商部门投诉; 消费者可向消协
 * 求助; 建议拨打12315): the written 可 with its verb, which a customer's own threat puts as 可以 with a subject (我可以去
 * 消协). The verb may be the cue's own first word (可|到有关部门). A step advised is not one taken.
 */
const ZH_ADVICE =
  /(?:(?<![我她他们不])可(?![能是以见])(?:向|到|拨打|致电|通过)?|建议(?:消费者|市民|大家|您)?(?:向|到|拨打|致电|找))[^，,。！？!?；;\n就才便]{0,10}$/u;

const ZH_CLAUSE_START = /[，,。！？!?；;：:\n]/u;

/**
 * The police threatened against the customer's own conduct (再闹就报警, 再不走我们就报警, 再嘈就報警, 再拍照就叫警察): a
 * warning put to the customer, whoever says it, which takes the complaint nowhere. A customer's threat is on the shop's
 * conduct (再不退款我就报警) and stays a step.
 */
const ZH_POLICE_THREATENED =
  /再(?:闹|吵|嘈|骂|不走|唔走|不离开|赖着|闹事|捣乱|搞事|拍|录|影)[^，,。！？!?；;\n]{0,6}(?:就|便)[^，,。！？!?；;\n]{0,4}$/u;

/**
 * Goods taken to an office's laboratory to be tested (来到市质监局质检中心, 送到质监部门鉴定): an appraisal the customer
 * paid for, not a complaint lodged, unless the clause also complains, reports or asks the office to act.
 */
const ZH_APPRAISAL = /鉴定|检测|检验|化验|质检中心|质检站/u;
/** The offices that test goods, as the party named: quality supervision, metrology, standards, market supervision. */
const ZH_TESTING_OFFICE = /^(?:市|区|县|省)?(?:质监|质检|技术监督|计量|标准|市场监|市监|工商)/u;
const ZH_COMPLAINT_LODGED = /投诉|举报|检举|反映|报案|申诉|立案|调查|处罚|查处|介入|维权/u;

const HAN = /\p{Script=Han}/u;

/**
 * Whether the party named at `index` is the object of a denied step. A party written in Latin letters or digits
 * inside Chinese (12315, BBB) is read by the Chinese words before it.
 */
export function isDeniedStep(text: string, index: number, han: boolean): boolean {
  if (han || HAN.test(text.charAt(index - 1))) {
    let from = index;
    while (from > 0 && index - from < 24 && !ZH_CLAUSE_START.test(text.charAt(from - 1))) from--;
    const clause = text.slice(from, index);
    if (ZH_DENIAL.test(clause) || ZH_ADVICE.test(clause) || ZH_POLICE_THREATENED.test(clause)) return true;
    let to = index;
    while (to < text.length && to - index < 24 && !ZH_CLAUSE_START.test(text.charAt(to))) to++;
    const whole = text.slice(from, to);
    return (
      ZH_TESTING_OFFICE.test(text.slice(index, index + 8)) &&
      ZH_APPRAISAL.test(whole) &&
      !ZH_COMPLAINT_LODGED.test(whole)
    );
  }
  const before = text.slice(Math.max(0, index - 80), index);
  let scope = 0;
  EN_SCOPE_BREAK.lastIndex = 0;
  for (let found = EN_SCOPE_BREAK.exec(before); found; found = EN_SCOPE_BREAK.exec(before)) {
    scope = found.index + found[0].length;
  }
  const clause = before.slice(scope);
  if (EN_DENIAL.test(clause) && !EN_CONDITION.test(clause)) return true;
  // Advice is read over its sentence: "Consumers who think … can contact" puts its subject before the "who".
  return EN_ADVICE.test(before.slice(before.search(/[^.!?;]*$/u)));
}
