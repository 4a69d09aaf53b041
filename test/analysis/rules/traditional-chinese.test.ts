import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { countOccurrences, cues, findCues } from '../../../src/analysis/rules/cue.ts';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';
import { detectLanguage } from '../../../src/shared/language.ts';
import { normaliseText } from '../../../src/shared/normalise-text.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const flagKinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('traditional Chinese and full-width text', () => {
  it('when a text is in traditional script, then simplified cues find it and quote the original verbatim', () => {
    const text = '陳小姐說，門市店員態度很差。她已經向記者反映此事。';
    const [hit] = findCues(cues(1, '记者'), text, 'narrative');
    expect(hit?.evidence.quote).toBe('她已經向記者反映此事。');
    expect(text).toContain(hit?.evidence.quote);
  });

  it('when a cue is written with full-width digits or punctuation, then it still matches', () => {
    expect(flagKinds('我已經打咗１２３１５投訴')).toContain('consumer-council');
    expect(countOccurrences(['退货'], '佢要求退貨，又話要退貨！')).toBe(2);
  });

  it('when a traditional complaint names goods and a problem, then category and problem are read', () => {
    const facts = readFacts(ComplaintSchema.parse({ narrative: '買咗條項鏈，戴咗一個禮拜就斷裂咗。' }), policy);
    expect(facts.category).toBe('jewellery');
    expect(facts.problem).toBe('broken');
  });

  it('when a traditional text quotes English brand names, then its language is still zh', () => {
    expect(detectLanguage('店員話條 Pandora bracelet 係純銀，點知戴咗三個星期就發黑。')).toBe('zh');
  });

  it('when the conversion would change a clause length, then that clause stays as written and the rest is converted', () => {
    const text = '佢喺嗰度買嘅戒指，鑽石冇咗。';
    const folded = normaliseText(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toContain('嗰度');
    expect(folded).toContain('钻石');
  });

  it('when a text is already simplified or English, then folding leaves it as it is', () => {
    expect(normaliseText('这是简体中文,没有变化')).toBe('这是简体中文,没有变化');
    expect(normaliseText('The stone fell out.')).toBe('The stone fell out.');
  });
});
