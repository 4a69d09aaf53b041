import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
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

describe('a watch named by 表 (錶) with its Cantonese measure word or its fault, and its battery by 電芯', () => {
  const factsOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy);
  const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

  it.each([
    ['我條錶入水呀，話係防水㗎，點解洗個手都入水？', 'water-damage'],
    ['表没电了，帮我换个电池吧。', 'watch-battery'],
    ['錶冇電，唔該換粒電芯。', 'watch-battery'],
  ] as const)('then it is a watch with its problem: %s', (text, problem) => {
    expect(factsOf(text)).toMatchObject({ category: 'watch', problem });
  });

  it('when a battery is asked for by 電芯, then the aim is repair', () => {
    expect(aimOf('錶冇電，唔該換粒電芯。')).toBe('repair');
  });

  it.each(['我的表格填好了，请问什么时候审核？', '我部手機冇電，打唔到電話俾你哋。'])(
    'when 表 is a form or the battery a phone’s, then it is no watch: %s',
    (text) => {
      expect(factsOf(text).category).not.toBe('watch');
      expect(factsOf(text).problem).not.toBe('watch-battery');
    },
  );
});
