import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('a routine job whose price is disputed', () => {
  it.each([
    'My watch needed a new battery and the kiosk wanted forty dollars to fit it. Outrageous for a battery.',
    'The jeweller quoted me more for the battery than the watch cost new, so I walked out.',
    'Changing a watch battery there is a rip-off: they charge three times what the supermarket does.',
    '手表没电了,去商场换个电池竟然要价两百块,太贵了。',
    '手錶冇電,去鐘錶店換粒電池要兩百蚊,好鬼貴。',
    '眼镜螺丝松了,上一颗螺丝收费五十元,简直漫天要价。',
  ])('complains of the price, the shop’s dealing: %s', (text) => {
    expect(problemOf(text)).toBe('service');
  });

  it.each([
    [
      'watch-battery',
      'My watch stopped two weeks after I bought it; the battery must be dead. How much would a new one be?',
    ],
    ['watch-battery', '手表买了半个月就没电了,想问问换电池多少钱。'],
    ['watch-battery', '手錶買咗半個月就冇電,想問下換電池幾多錢。'],
    ['loose-screw', 'The screw on my glasses keeps falling out and the arm is loose.'],
  ])('but the fault is still the problem when no price is disputed: %s', (problem, text) => {
    expect(problemOf(text)).toBe(problem);
  });

  it.each([
    'I took my watch in for a new battery and three weeks later they still have not called me.',
    '手表拿去换电池,三个星期了还没通知我去拿。',
    '隻錶拎去換電池,三個星期都未通知我攞。',
  ])('or the wait for it: %s', (text) => {
    expect(problemOf(text)).toBe('service');
  });

  it.each([
    'Two years ago they replaced my watch battery without any fuss. This time the staff were rude and kept me at the counter.',
    '上次来换电池很顺利,这次店员态度很差,爱答不理。',
    '上次嚟換電池好順利,今次店員態度好差,當我賊咁睇住。',
  ])('or the manner it was done with: %s', (text) => {
    expect(problemOf(text)).toBe('service');
  });

  it('and a fault that is no routine job keeps its name beside a price', () => {
    expect(problemOf('The chain snapped after a week and the repair they quoted was outrageous.')).toBe('broken');
  });
});

/**
 * The manner a routine job was done with is the complaint only when it is named bad (态度很差, 态度恶劣): "态度平和"
 * says how a calm customer was, and leaves the fault the customer came about. Texts written for these tests.
 */
describe("an attitude is the shop's manner only when named bad", () => {
  it.each([
    '顾客三周前买的手表走走停停,拿来要求维修。态度平和,说下周要出差,希望尽快修好。',
    '顧客三週前買的手錶走走停停，拿來要求維修。態度平和，說下週要出差，希望儘快修好。',
  ])('when the customer was calm, then the watch is the problem: %s', (text) => {
    expect(problemOf(text)).toBe('watch-battery');
  });

  it.each(['手表换个电池,店员态度很差,爱理不理。', '手錶換個電池，店員態度惡劣。'])(
    'when the staff were rude over a routine job, then the problem is service: %s',
    (text) => {
      expect(problemOf(text)).toBe('service');
    },
  );
});
