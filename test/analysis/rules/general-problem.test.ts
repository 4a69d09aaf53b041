import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const factsOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy);

describe('a problem said only in general words, when no fault is named', () => {
  it.each([
    'She booked an eye exam for Saturday, nobody turned up for the appointment and the manager lied about it.',
    '約好了週六驗光,到了店裡卻說沒有預約,是我搞錯了時間。',
    '约好了周六验光,到了店里却说没有预约,出尔反尔。',
  ])('then the shop’s dealing is the problem, as a guess: %s', (text) => {
    const facts = factsOf(text);
    expect(facts.problem).toBe('service');
    expect(facts.problemNamed).toBe(false);
  });

  it.each([
    'The appraiser told her the pendant was resin, not amber, and the shop sold it as natural.',
    '拿去鉴定才知道这串蜜蜡是树脂做的,做工也很粗糙。',
    '拿去鑑定才知道這串蜜蠟是樹脂做的,做工也很粗糙。',
  ])('then what the goods are made of is the problem, as a guess: %s', (text) => {
    const facts = factsOf(text);
    expect(facts.problem).toBe('defect');
    expect(facts.problemNamed).toBe(false);
  });

  it('and a fault named outright still decides', () => {
    expect(factsOf('The chain snapped a week later, and the appointment to fix it was cancelled twice.').problem).toBe(
      'broken',
    );
  });

  it('and a text with no word for a problem at all still says it does not know', () => {
    expect(
      factsOf('She came in on Tuesday afternoon with her sister and asked to see the manager.').problem,
    ).toBeNull();
  });
});

describe('the goods hurting the wearer, when no fault is named', () => {
  it.each([
    'Two days after I put the new earrings in, my ears were swollen and itchy.',
    'He wore the contact lenses for an afternoon and his eyes were bloodshot.',
    '戴了網上買的隱形眼鏡,當天眼睛就充滿血絲,醫生說是角膜炎。',
    '戴了网上买的隐形眼镜,当天眼睛就充满血丝,医生说是角膜炎。',
    '耳环戴了三天,耳洞就发炎了。',
  ])('then the goods are faulty, as a guess: %s', (text) => {
    const facts = factsOf(text);
    expect(facts.problem).toBe('defect');
    expect(facts.problemNamed).toBe(false);
  });

  it('and a fault named outright still decides', () => {
    expect(factsOf('The plating wore off in a week and my finger came up in a rash.').problem).toBe('plating-wear');
  });

  it('and the shop’s dealing named beside it still decides', () => {
    expect(factsOf('My ears were itchy, and the clerk was rude when I asked for a refund.').problem).toBe('service');
  });
});

describe('a fight at the counter, when no fault or dealing is named', () => {
  it.each([
    'Two shoppers got into a brawl with a security guard by the tills.',
    '女子跳進櫃檯,與櫃姐扭打起來。',
    '女子跳进柜台,与柜姐扭打起来。',
    '两名顾客与超市员工发生争执,随后拳打脚踢。',
  ])('then the problem is none the policy lists, the catch-all, as a guess: %s', (text) => {
    const facts = factsOf(text);
    expect(facts.problem).toBe('other');
    expect(facts.problemNamed).toBe(false);
  });

  it('and the shop’s dealing named beside it still decides', () => {
    expect(factsOf('The clerk was rude to her and refused a refund, and then her husband shoved him.').problem).toBe(
      'service',
    );
  });
});

describe('goods taken back with no fault named, in three scripts', () => {
  it.each([
    'A lady came in wanting to return a pair of earrings she had bought on Tuesday; she had changed her mind.',
    'He asked for his money back on the pendant because his wife did not like it.',
    '顾客买了项链第二天就来要求退货,说不喜欢这个款式。',
    '佢買咗條手鏈,返嚟話唔鍾意,要退錢。',
  ])('then the problem is none of the policy’s: other: %s', (text) => {
    expect(factsOf(text).problem).toBe('other');
  });

  it('when a fault is named, the return is for the fault', () => {
    expect(factsOf('She wanted to return the necklace because the chain snapped on the first day.').problem).toBe(
      'broken',
    );
  });

  it.each([
    'The ring did not fit her, so she wanted a refund; the store refused and pointed to its policy.',
    '戒指手寸差太远,他要求退货,店家拒绝,只肯换货。',
    '戒指手寸差太遠,他要求退貨,店家拒絕,只肯換貨。',
  ])('and a piece that does not fit or suit is still such a return, whatever the shop answered: %s', (text) => {
    expect(factsOf(text).problem).toBe('other');
  });

  it('when nothing is taken back and no fault is named, the problem stays unknown', () => {
    expect(factsOf('She came in on Tuesday and looked at the earrings for an hour.').problem).toBeNull();
  });
});
