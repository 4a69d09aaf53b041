import type { Evidence } from '../../domain/analysis.ts';
import { normaliseText } from '../../shared/normalise-text.ts';
import { quoteAround } from './cue.ts';

/**
 * Money taken wrongly and taken up with the seller: a customer overcharged or short-weighted (多收, 天价, 呃秤, 缺斤少两,
 * "overcharged", "charged twice") who goes back or confronts them about it (对质, 返回反映, 交涉, "went back",
 * "complained", "disputed it") wants the excess back, whatever words they use: a store manager reads a dispute over
 * the price as a claim for the money. The wrong alone, told by a reporter or a regulator, asks for nothing, nor does
 * a dispute over anything else; an ask in words, a report to the police or a regulator comes first.
 */
const OVERCHARGED =
  /多收|收多了|多扣|多算|乱收费|天价|呃秤|缺斤少两|短斤缺两|短秤|宰客|被宰|\b(?:overcharg\w*|charged\s+(?:me|her|him|us|them)\s+(?:twice|double)|double[- ]charged|charged\s+twice|short[- ]?weight\w*|ripped\s+off|price[- ]gouging)\b/iu;
/** Quick test: most texts name no overcharge. */
const MAY_BE_OVERCHARGED =
  /多收|收多|多扣|多算|乱收|亂收|天价|天價|呃秤|斤|秤|宰|overcharg|charged|ripped|short|goug/iu;
const TAKEN_UP =
  /对质|理论|质问|折返|返回|回去找|回到店|找回|交涉|反映|申诉|\b(?:went\s+back|go\s+back|called\s+(?:them|the\s+\w+)|complained|disputed|confronted|challenged)\b/iu;

/** Where an overcharge taken up with the seller is told (see OVERCHARGED), quoted from the text. */
export function overchargeDisputed(narrative: string): Evidence | undefined {
  if (!MAY_BE_OVERCHARGED.test(narrative)) return undefined;
  const folded = normaliseText(narrative);
  const overcharged = OVERCHARGED.exec(folded);
  if (!overcharged || !TAKEN_UP.test(folded)) return undefined;
  const end = overcharged.index + overcharged[0].length;
  return { quote: quoteAround(narrative, overcharged.index, end), source: 'narrative', cue: overcharged[0] };
}
