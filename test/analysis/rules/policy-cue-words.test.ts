import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe("the policy's own cue words name a problem only in the forms that mean it", () => {
  it.each([
    // The catch-all's words (其他, other) are said in passing by every text: "the other day", 其他的不说了.
    'The other day I went back to the shop with my sister and asked for the manager.',
    '我在你们店买了一对耳环,其他的就不多说了,只想找店长谈谈。',
    '我喺你哋間舖買咗對耳環,其他嘢唔想多講,想搵店長傾下。',
  ])('%s names no `other` problem', (text) => {
    expect(problemOf(text)).not.toBe('other');
  });

  it.each([
    // One fault word that the policy lists and the everyday wording restates (tarnished, 变黑了) is one cue, so it
    // does not outweigh the botched work the text is about.
    'I left my pearls with them to be restrung. They botched it, and the knots came back tarnished.',
    '我把银手链交给店里保养,结果他们越弄越糟,没修好,拿回来时整条都变黑了。',
    '我把銀手鏈交俾店舖保養,佢哋一拖再拖,唔覆,又冇人理,攞返嚟成條都變黑了。',
  ])('%s is about the service', (text) => {
    expect(problemOf(text)).toBe('service');
  });

  it.each([
    // A breaking word said of something else: the shop's card reader, not the piece.
    ['broken', 'The day I bought the ring their card reader was broken, so I had to go to the bank next door.'],
    ['broken', '买项链那天店里的刷卡机坏了,让我去隔壁取钱。'],
    // 氧化 in a material's name (氧化锆, cubic zirconia) is no oxidation: the stone is not what was sold.
    ['tarnish', '我买的吊坠标着天然宝石,鉴定出来是合成立方氧化锆。'],
    ['tarnish', '我買的吊墜商家話係鋯石,鑑定出嚟係合成立方氧化鋯。'],
  ])('names no `%s` problem: %s', (problem, text) => {
    expect(problemOf(text)).not.toBe(problem);
  });
});
