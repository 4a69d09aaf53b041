import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags read from a text pasted whole, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('crisis kinds: words that only look like a post, an authority or a special customer', () => {
  it.each([
    ['social-media', 'The watchmaker said the threads on the crown were stripped.'],
    ['social-media', 'To avoid this happening again, the clerk now checks every clasp.'],
    ['social-media', 'She knows plated rings should stay away from chlorine.'],
    ['social-media', 'Feel free to call me on my mobile about the repair.'],
    ['social-media', 'The manager gave us a heads up that the watch was ready.'],
    ['social-media', '她上网查了一下,才知道这个牌子的金价偏高。'],
    ['social-media', '她上網查過,才知道這款手錶已經停產。'],
    ['regulator', 'The watchmaker adjusted the regulator and the watch keeps time now.'],
    ['regulator', '她在泰国买的金手链,过海关时才发现扣子松了。'],
    ['regulator', '她在香港買的手錶,過海關後才發現錶帶斷了。'],
    ['regulator', '顾客说希望有关部门加强对金店的监管。'],
    ['regulator', '顧客說希望監管部門加強對金舖的巡查。'],
    ['special-customer', '金店的以旧换新活动专门针对老年人。'],
  ] as const)('when the words mean something else, then %s is not flagged: %s', (kind, text) => {
    expect(kinds(text)).not.toContain(kind);
  });

  it.each([
    ['regulator', '顾客已经向有关部门投诉了这家金店。'],
    ['regulator', '顧客已向監管部門投訴,要求調查克重。'],
    ['regulator', 'She reported the jeweller to the regulator last week.'],
    ['social-media', '她把店员的录像片上网,说店家态度恶劣。'],
    ['social-media', '她在網上吐槽這間金舖的回收價。'],
  ] as const)('when the complaint went there, then %s is still flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    ['social-media', "I won't name the jeweller (you know where I mean), but they cracked my watch crystal."],
    ['social-media', '大家好,今天说说我在商场金店买手镯的经历,店员态度太差了。'],
    ['social-media', '大家好,說說我在這間眼鏡行配眼鏡的經歷,等了三個月。'],
    ['social-media', 'The frames are fine, but their customer service is a joke.'],
    ['social-media', '千万别去这家金店,手镯戴了一周就变色。'],
    ['social-media', '大家不要去這間眼鏡行,配錯度數還不認。'],
    ['regulator', 'The ombudsman found that the store contravened the Consumer Protection Act.'],
    ['regulator', '这家金店后来被责令退还多收的工费。'],
    ['regulator', '該金舖被勒令停業,並處以罰款。'],
    ['regulator', '顾客已经向区市场局投诉了这家金店。'],
    ['regulator', 'She filed a complaint with the CPSC about the clasp.'],
    ['consumer-council', '事主已向消委投訴,要求金舖退款。'],
  ] as const)('when a post talks to its readers or an authority rules, then %s is flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    ['social-media', 'Omg I love this clip, everyone at work asked where I got it!'],
    ['social-media', '你看它变绿了哈哈哈,跟青蛙一个颜色。'],
  ] as const)('when a lively customer says it to staff, then %s is not flagged: %s', (kind, text) => {
    expect(kinds(text)).not.toContain(kind);
  });
});
