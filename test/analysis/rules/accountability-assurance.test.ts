import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe('a wrong reported or charged asks that someone answer for it', () => {
  it.each([
    '顾客发现买到的是染色玉镯,随即向警方报案。',
    '顧客發現手鐲是染色貨,憤而向地檢署檢舉該店。',
    '王先生指控金店以次充好。',
    'The customer filed a police report against the store over the missing ring.',
    'She accused the jeweller of swapping her diamond for a fake one.',
  ])('when the customer reports or charges the shop and asks no remedy, then the aim is accountability: %s', (text) => {
    expect(aimOf(text)).toBe('accountability');
  });

  it.each(['顾客向市场监管局举报,要求退款。', 'He reported the shop to the police and demanded a full refund.'])(
    'when a remedy is asked as well, then the remedy is the aim: %s',
    (text) => {
      expect(aimOf(text)).toBe('refund');
    },
  );

  it.each([
    '店员报警,把顾客请出了门店。',
    '顧客在店內吵鬧,店員報警處理。',
    'The manager called the police on her.',
    'The clerk accused her of shoplifting.',
    '她没有举报,只是在网上发帖吐槽。',
    'We pressed charges against the customer.',
    'We accused the customer of switching the stones.',
    '有人指控顾客偷了戒指。',
    '有人指控顧客偷了戒指。',
    '市场监管局认定该金店构成欺诈。',
    'She never accused the staff of anything.',
  ])(
    'when the shop reports or accuses, the police are only called, or the report is denied, then nothing is asked: %s',
    (text) => {
      expect(aimOf(text)).toBe('unknown');
    },
  );

  it('when the aim is read from a report, then the report is quoted as written, in its own script', () => {
    const aim = readAim(ComplaintSchema.parse({ narrative: '顧客發現手鐲是染色貨，憤而向地檢署檢舉該店。' }), null);
    expect(aim.evidence).toEqual([
      { quote: '顧客發現手鐲是染色貨，憤而向地檢署檢舉該店。', source: 'narrative', cue: '检举' },
    ]);
  });
});

describe('a warning to other shoppers asks the shop for nothing', () => {
  it.each([
    '希望其他消费者不要再上当。',
    '希望其他消費者引以為戒。',
    'I hope that no one else falls for it.',
    'She hoped that other customers would read her review first.',
  ])('when other shoppers are only warned, then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it.each([
    'I want them to make sure this never happens to anyone else.',
    '希望商家整改,杜绝此类事情再次发生。',
    '希望商家整改,杜絕此類事情再次發生。',
  ])('when the shop is asked to put it right for others, then the aim is assurance: %s', (text) => {
    expect(aimOf(text)).toBe('assurance');
  });
});

describe('someone made to answer for it, and an explanation, in everyday words', () => {
  it.each([
    '她要求店家给个交代。',
    '她要求店家給個交代。',
    '佢要求間舖俾個交代。',
    '陈女士说,一定要把事情查清楚。',
    '她希望店方查明原因。',
    'He wants the clerk fired.',
    'She wants the store to admit it was their fault.',
  ])(
    'when the customer asks for an account, an inquiry, a dismissal or the fault admitted, then the aim is accountability: %s',
    (text) => {
      expect(aimOf(text)).toBe('accountability');
    },
  );

  it.each(['她只想要一个合理的解释。', '她只想要一個合理的解釋。', 'All she wanted was an explanation.'])(
    'when the customer asks for an explanation, then the aim is assurance: %s',
    (text) => {
      expect(aimOf(text)).toBe('assurance');
    },
  );

  it.each(['店员交代她把发票收好。', '店員交代她把發票收好。', 'The store admitted the mistake at once.'])(
    'when the shop instructs or admits of its own accord, then nothing is asked: %s',
    (text) => {
      expect(aimOf(text)).toBe('unknown');
    },
  );
});

describe('the shop asked to answer for it is an ask for accountability', () => {
  it.each([
    '我要求店家负责，手镯买回来就有裂痕。',
    '希望店家對此負責。',
    '这件事必须有人负责！',
    '你们公司要为这件事负全部责任。',
    '要求店方承担相应的责任。',
    '我要你哋負責！',
  ])('when the customer names the shop or someone as the one to answer, then the aim is accountability: %s', (text) => {
    expect(aimOf(text)).toBe('accountability');
  });

  it.each([
    ['手链断了，我要求店家负责维修。', 'repair'],
    ['你们公司得给我退款。', 'refund'],
  ] as const)('when a remedy is named with it, then the remedy is the aim: %s', (text, aim) => {
    expect(aimOf(text)).toBe(aim);
  });

  it.each(['店员态度很差，太不负责任了。', '我找了店里的负责人，他说会处理。'])(
    'when the shop is only called irresponsible or its manager named, then nothing is asked: %s',
    (text) => {
      expect(aimOf(text)).toBe('unknown');
    },
  );
});
