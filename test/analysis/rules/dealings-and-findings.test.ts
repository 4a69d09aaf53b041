import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('the shop’s dealing in the trade’s own words', () => {
  it.each([
    ['a charge added', 'The price was agreed, and then a making charge of $120 appeared on the bill.'],
    ['a charge added', '市民陈女士买金饰,结账时店家另收工钱三百元。'],
    ['a charge added', '陳女士買金飾,埋單時店舖加收三百蚊。'],
    [
      'old gold bought low',
      'She took her old gold to sell and the buyer lowballed her far below the day’s gold price.',
    ],
    ['old gold bought low', '张阿姨拿金项链去卖,店家压价,每克比金价低五十元。'],
    ['old gold bought low', '張姨姨攞金頸鏈去賣,店舖壓價。'],
    [
      'made to buy',
      'The tour guide locked us in a jewellery shop and we were forced to buy before the bus would leave.',
    ],
    ['made to buy', '旅行团导游把游客带到珠宝店,不买就不让走。'],
    ['made to buy', '旅行團導遊帶遊客去珠寶店,唔買就唔俾走。'],
  ])('%s is service: %s', (_, text) => {
    expect(problemOf(text)).toBe('service');
  });

  it.each([
    'I left my ring for cleaning and got it back bent out of shape; they deny doing it.',
    '戒指送去清洗保养,拿回来发现戒圈变形了,店家不认账。',
    '戒指拎去清洗,攞返嚟發現個圈變形,店舖唔認。',
  ])('and a piece found damaged when it came back from the shop’s work is the work: %s', (text) => {
    expect(problemOf(text)).toBe('service');
  });
});

describe('the goods found not as sold, in a finding’s words', () => {
  it.each([
    'He bought a "sterling" bangle on a live stream and a lab found it was not silver at all.',
    'The certificate said natural sapphire, but the lab report says it was heat treated and filled.',
    '珠宝证书上写的是天然翡翠,送检结果却是处理过的。',
    '珠寶證書寫明天然翡翠,送檢結果卻係處理過。',
  ])('is a defect: %s', (text) => {
    expect(problemOf(text)).toBe('defect');
  });
});
