import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { aboutTheShopsWork } from '../../../src/analysis/rules/shop-work.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('a piece left with the shop for work, or traded in', () => {
  it.each([
    'I took my watch in to be serviced at the mall.',
    'She dropped her pearls off on Monday.',
    'He brought his ring back to the jeweller to have it resized.',
    '我把手表送修了。',
    '她把戒指拿到店里改圈。',
    '她把戒指拿到店裡維修。',
    'We traded in her old chain for a new one.',
    '阿姨用旧金以旧换新换了一条手链。',
  ])('when the text tells of it, then it is about the shop’s work: %s', (text) => {
    expect(aboutTheShopsWork(text)).toBe(true);
  });

  it.each(['I bought a watch at the mall.', 'She took the bus to the store.', '她在店里买了一枚戒指。'])(
    'when the text only tells of a purchase or a visit, then it is not: %s',
    (text) => {
      expect(aboutTheShopsWork(text)).toBe(false);
    },
  );

  it.each([
    [
      'service',
      'I took my watch in to be serviced. It stopped twice a day before; six weeks later it still wasn’t ready.',
    ],
    ['service', 'She dropped the bracelet off to be restrung and a month went by with no call.'],
    ['service', '我把手表送修,两个月了还没修好,店里一直联系不上。'],
    ['service', '我把手錶送修,兩個月了還沒修好,店裡一直聯繫不上。'],
    [
      'service',
      'He traded in his old gold and the shop credited it at a weight far under what it was, then overcharged the fee.',
    ],
    // A lost stone has a remedy of its own and still decides.
    [
      'lost-stone',
      'I took my ring in to be cleaned and when I picked it up a stone was missing. Two weeks later they still had not called.',
    ],
  ] as const)('when the complaint is about that work, then the problem is %s: %s', (problem, text) => {
    expect(problemOf(text)).toBe(problem);
  });
});

describe('the shop’s answer, and the fault behind it', () => {
  it.each(['They refused to take it back.', '商家拒绝退货,还一直推诿。', '商家拒絕退貨,還一直推諉。'])(
    'when the shop’s answer is all the text complains of, then the problem is service: %s',
    (text) => {
      expect(problemOf(text)).toBe('service');
    },
  );

  it.each([
    ['defect', '第二天发现手链上多颗珠子有裂痕,找到商家要求退货,却遭到拒绝。'],
    ['defect', 'The "18K gold" chain was plated, and the store refused to refund him.'],
    ['defect', '金鐲裡面竟是空心的,重量縮水了兩克,店家不肯退。'],
    ['defect', 'My new glasses gave me headaches and everything was blurry; they declined to remake them.'],
  ] as const)('when a fault is named too, then the fault is the problem, not the refusal: %s', (problem, text) => {
    expect(problemOf(text)).toBe(problem);
  });

  it('when the text names no problem and no answer, then the problem stays unknown', () => {
    expect(problemOf('I went back to the shop on Tuesday and talked to the manager.')).toBeNull();
    expect(problemOf('周二她又去了一趟店里。')).toBeNull();
  });
});

describe('everyday words in their other forms', () => {
  it.each([
    ['broken', 'The padlock charm had fallen off somewhere in the car park.'],
    ['broken', 'The clasp keeps coming off.'],
    ['lens-broken', 'Both lenses were scratched within a week.'],
    ['service', 'The manager yelled at my mother and accused her of lying.'],
    ['service', '店员态度恶劣,还辱骂顾客。'],
    ['service', 'The clerk pressured her into an upgrade she did not need; she felt ripped off.'],
    ['service', '導購一直忽悠她,她覺得被坑了。'],
  ] as const)('when the text says it so, then the problem is %s: %s', (problem, text) => {
    expect(problemOf(text)).toBe(problem);
  });
});
