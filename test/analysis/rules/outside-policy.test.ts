import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { createRulesAnalyser } from '../../../src/analysis/rules-analyser.ts';
import { findNeverSay } from '../../../src/analysis/wording/phrase-guard.ts';
import { triageComplaint } from '../../../src/complaints/triage-complaint.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const categoryOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).category;
const triage = (narrative: string) =>
  triageComplaint({
    complaint: ComplaintSchema.parse({ narrative }),
    policy,
    now: new Date('2026-12-01T10:00:00+08:00'),
    analyser: createRulesAnalyser(),
  });

describe('goods and services the policy does not cover', () => {
  it.each([
    '影楼拍的婚纱照修得太假了,选片时还被加价。',
    'The hair salon left my scalp burning and charged me double.',
    'I paid a deposit for LASIK and the clinic will not give it back.',
    '在網上訂的手環刻字刻錯了,店家不肯重做。',
    '美甲店做的指甲三天就掉了,店员还说是我自己弄的。',
    'The cleaners ruined the beading on my wedding dress.',
    '網購的無線耳機根本無法配對,賣家拒絕退貨。',
    '她去美睫店种植睫毛后眼睛红肿,店家说不是他们的问题。',
    'The plumber quoted one price and charged three times as much.',
  ])('when the complaint is about something outside the policy, then the category is other: %s', (text) => {
    expect(categoryOf(text)).toBe('other');
  });

  it.each([
    ['jewellery', '她在金店用旧金换了三金,回家一称少了好几克。'],
    ['jewellery', 'The diamond in her engagement ring was swapped while it was being cleaned.'],
    ['jewellery', '朋友送的翡翠玉牌拿去鉴定,说是染色的。'],
    ['glasses', '验光的度数不准,孩子配镜后一直头晕。'],
    ['watch', 'The Seiko came back from the repairer with the movement still dead.'],
    ['watch', 'Both of my watches came back from the shop with the mechanism still not working.'],
    // The trade's own words (a jeweller, 金店, jewelry) name the shop as often as the piece.
    ['watch', 'I left my watch with the jeweller for a month.'],
    ['silver', '她在商场买的项链,材质是纯银的,戴了几次就发黑了。'],
  ] as const)('when the goods are named in everyday words, then the category is %s: %s', (category, text) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('when "other" is only said in passing, then the goods named decide the category', () => {
    expect(categoryOf('Other shops, other brands, other colours: but this ring is the one that broke.')).toBe(
      'jewellery',
    );
  });

  it('when the category is outside the policy, then no remedy is offered and the manager decides', async () => {
    const { analysis } = await triage('影楼拍的婚纱照修得太假了,她要求全额退款。');
    expect(analysis.category).toBe('other');
    expect(analysis.suggestion.resolution.options).toEqual([]);
    expect(analysis.suggestion.resolution.recommended).toBeNull();
    expect(analysis.suggestion.resolution.note.en).toContain("outside this store's policy");
    expect(analysis.suggestion.resolution.note.zh).toContain('店长决定');
    expect(findNeverSay(analysis.suggestion.resolution.note.zh)).toEqual([]);
    expect(findNeverSay(analysis.suggestion.resolution.note.en)).toEqual([]);
  });

  it('when the goods are covered, then remedies are still offered', async () => {
    const { analysis } = await triage('项链戴了两天就断了,她要求换一条。');
    expect(analysis.category).toBe('jewellery');
    expect(analysis.suggestion.resolution.options.length).toBeGreaterThan(0);
  });
});
