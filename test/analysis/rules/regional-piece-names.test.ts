import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const categoryOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).category;

describe("pieces in Hong Kong's and Taiwan's everyday names, and gold and stones by the trade's own lines", () => {
  it.each([
    ['jewellery', '我條金頸鏈戴咗一個禮拜就斷咗，職員話要收錢整。'],
    ['jewellery', '買咗隻玉鈪，戴咗一個月就有條裂紋。'],
    ['jewellery', '阿媽送俾我嘅手鈪，喺你哋度拎去改細，返嚟刮花晒。'],
    ['jewellery', '在你們店買的頸鍊，扣子第三天就壞了。'],
    ['jewellery', '個吊咀嘅扣環鬆咗，跌咗都唔知。'],
    ['jewellery', '墜子的扣環才戴兩天就掉了。'],
    ['jewellery', '上个月买的古法金手镯，回家一称少了0.3克。'],
    ['jewellery', '3D硬金的转运珠戴了一周就瘪了一块。'],
    ['jewellery', '店员说是莫桑石，拿去检测才知道是玻璃。'],
    ['jewellery', '说好的南洋珠，结果光泽和路边摊的一样。'],
    ['jewellery', 'The moissanite in my ring went cloudy within a month.'],
    ['silver', '佢上個禮拜喺你哋度買咗條銀頸鏈，戴咗三日就發黑。'],
    ['silver', '我隻銀鈪戴咗兩個月就黑晒。'],
    ['alloy', '包金耳环戴了两次就露出里面的铜。'],
  ] as const)('then the piece names its category: %s ← %s', (category, text) => {
    expect(categoryOf(text)).toBe(category);
  });
});
