import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const categoryOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).category;

describe('a watch named by 表 (錶) alone: with its measure word, or as what stopped', () => {
  it.each([
    '这块表买了一个月就停了。',
    '上周在你们店买了一块表，表停了两次。',
    '買咗隻錶，戴咗一個禮拜就唔行。',
    '顧客今日嚟舖頭話佢隻錶唔行咗，要求免費換電池。',
    '那隻錶買回來三天，錶不走了。',
    'My watch stopped three days after I bought it.',
  ])('then the category is watch: %s', (text) => {
    expect(categoryOf(text)).toBe('watch');
  });

  it.each([
    ['jewellery', '店员只表示会向上反映，项链的事到现在没有下文。'],
    [null, '他只表明了态度，说要退货。'],
  ] as const)('when 只表 begins another word (只表示, 只表明), then it names no watch: %s ← %s', (category, text) => {
    expect(categoryOf(text)).toBe(category);
  });
});
