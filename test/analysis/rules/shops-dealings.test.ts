import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { aboutTheShopsWork } from '../../../src/analysis/rules/shop-work.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const factsOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy);

describe('a piece left with the shop for work, in more of the ways it is said', () => {
  it.each([
    'When she went back to pick up her bracelet, the clasp was different.',
    'He collected the watch on Friday.',
    'A woman came in to pick up a piece we had sent out.',
    'I picked my glasses up a week later.',
    'We took our rings in to get them re-sized.',
    '她把手鏈送回專櫃維修。',
    '她把手链送回专柜维修。',
    '林女士带着项链去做清洗。',
    '我把眼鏡寄回店裡修。',
  ])('then the text is about the shop’s work: %s', (text) => {
    expect(aboutTheShopsWork(text)).toBe(true);
  });

  it.each([
    'She picked up a bracelet from the display and asked the price.',
    '我想把表带弄短一点,问了一下价钱。',
    '顾客的手表走走停停,拿来要求维修。',
    '顧客的手錶走走停停,拿來要求維修。',
  ])(
    'and picking a piece up off the counter, asking about a job, or bringing in a fault for repair is not: %s',
    (text) => {
      expect(aboutTheShopsWork(text)).toBe(false);
    },
  );

  it.each([
    'We left our rings to be resized; they were due on the 9th and the manager kept telling us the parcel was held up.',
    '我把手錶送修,師傅說下星期來拿。',
    '我把手表送修,师傅说下星期来拿。',
  ])('when such a text names nothing else, then the work is the problem, as a guess: %s', (text) => {
    const facts = factsOf(text);
    expect(facts.problem).toBe('service');
    expect(facts.problemNamed).toBe(false);
  });

  it.each([
    '手链送回专柜维修后,她发现少了一个扣环,是维修时弄掉的。',
    '手鏈送回專櫃維修後,她發現少了一個扣環,是維修時弄掉的。',
    '手链拿回去修,结果被师傅搞丢了一节。',
  ])('when the shop mislaid a part of it, then the problem is service: %s', (text) => {
    expect(factsOf(text).problem).toBe('service');
  });

  it('and taking links off a strap is a job asked for, not a part mislaid', () => {
    expect(factsOf('我的表带有点长,我想弄掉两节。').problem).toBeNull();
  });
});

describe('a price dispute, when no fault is named', () => {
  it.each([
    'The jade bangle turned out to be worth only a tenth of what we paid; the guide had taken advantage of us.',
    'They marked it up three times over and I paid too much.',
    '导游带去买的玉镯,专家说根本值不了三千,贵了八倍。',
    '導遊帶去買的玉鐲,專家說根本值不了三千,貴了八倍。',
    '说好一节十块,结果收了三十,又上当了,被玩了个文字游戏。',
    '魚檔呃秤,明明得13両,佢虛報14両。',
  ])('then the shop’s dealing is the problem, as a guess: %s', (text) => {
    const facts = factsOf(text);
    expect(facts.problem).toBe('service');
    expect(facts.problemNamed).toBe(false);
  });

  it('and a fault named outright still decides', () => {
    expect(factsOf('The bangle was not worth the price: it cracked in a week.').problem).toBe('broken');
  });
});

describe('work done on the customer’s person, outside the policy', () => {
  it.each([
    'The salon glued synthetic lashes on for my eyelash extensions and my eyes swelled shut.',
    'After the facial at the spa my skin came up in a rash; the cream was defective.',
    '在美睫店種睫毛後眼睛紅腫,膠水有問題。',
    '在美睫店种睫毛后眼睛红肿,胶水有问题。',
    '路边摊挽面挽成了豆花脸,满脸红疹。',
  ])('then the work is the problem, whatever fault words it uses: %s', (text) => {
    const facts = factsOf(text);
    expect(facts.category).toBe('other');
    expect(facts.problem).toBe('service');
  });

  it('and a piece of the policy’s goods bought at a salon is still read by its fault', () => {
    expect(factsOf('At the nail salon I bought a silver ring, and it turned black in a week.').problem).toBe('tarnish');
  });
});

describe('a verdict on the whole deal (scam, fraud, 欺诈)', () => {
  it.each([
    ['defect', 'I was scammed, a plain scam: the appraiser said the diamond did not match its certificate.'],
    ['defect', '这是诈骗,彻头彻尾的诈骗,那个吊坠是假的。'],
    ['defect', '這是詐騙,徹頭徹尾的詐騙,那個吊墜是假的。'],
  ] as const)('when the goods are named as not what was sold, then that decides (%s): %s', (problem, text) => {
    expect(factsOf(text).problem).toBe(problem);
  });

  it.each(['The whole deal was fraud from start to finish.', '商家涉嫌欺诈。', '商家涉嫌欺詐。'])(
    'when it is all the text names, then the shop’s dealing is the problem, as a guess: %s',
    (text) => {
      const facts = factsOf(text);
      expect(facts.problem).toBe('service');
      expect(facts.problemNamed).toBe(false);
    },
  );
});
