import type { Evidence } from '../../domain/analysis.ts';
import { normaliseText } from '../../shared/normalise-text.ts';
import { quoteAround } from './cue.ts';

/**
 * A price held up against another shop's: "the jeweler down the street always does it for free", "the shop across the
 * road charges half that", 别家才收五十块, 隔壁店免费帮人换, 隔篱铺头免费. A customer who haggles this way, and asks for
 * nothing in words, wants the price brought down (seed 000: a customer who stresses what is wrong without demanding a
 * refund usually wants 减价); the comparison is their lever, as a threat's condition is.
 */
const ELSEWHERE_EN = String.raw`(?:(?:the|another|other|a|my\s+(?:regular|usual|old))\s+(?:\w+\s+)?(?:jewell?ers?|shops?|stores?|places?|opticians?|watchmakers?|guys?)(?:\s+(?:down\s+the\s+(?:street|road)|across\s+the\s+(?:street|road)|next\s+door|around\s+the\s+corner|nearby|in\s+town|at\s+the\s+mall))?|everyone\s+else|everywhere\s+else)`;
const PRICE_COMPARED = new RegExp(
  String.raw`\b${ELSEWHERE_EN}\s+(?:always\s+|only\s+|just\s+|usually\s+)?(?:does|do|did|charges?|charged|wants?|wanted|asks?|asked|sells?|sold)\b[^.!?"”]{0,40}?\b(?:for\s+free|free\s+of\s+charge|for\s+(?:less|nothing|half)|cheaper|half\s+(?:that|the\s+price|as\s+much)|a\s+lot\s+less)\b` +
    '|(?:别家|别的店|其他店|其他家|隔壁店?|对面店?|隔篱(?:铺头?|店)?|第二间(?:铺头?|店)?|人家|外面)[^，,。！？!?]{0,8}?(?:才收|只收|才要|只要|才卖|只卖|都是免费|免费)',
  'iu',
);
/** Quick test: most texts compare no price. */
const MAY_COMPARE = /free|less|cheaper|half|nothing|才收|只收|才要|只要|才卖|只卖|免费|免費|才賣|只賣/iu;

/** Where the customer holds the price up against another shop's (see PRICE_COMPARED), quoted from the text. */
export function priceComparedElsewhere(narrative: string): Evidence | undefined {
  if (!MAY_COMPARE.test(narrative)) return undefined;
  const folded = normaliseText(narrative);
  const compared = PRICE_COMPARED.exec(folded);
  if (!compared) return undefined;
  const end = compared.index + compared[0].length;
  return { quote: quoteAround(narrative, compared.index, end), source: 'narrative', cue: compared[0] };
}
