import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const factsOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy);

describe('a problem told by the story rather than named, when no fault is named', () => {
  it.each([
    'We ordered her ring in March, to be ready in three weeks. April came and went, then May.',
    '五月在店里订做了一对婚戒,说好二十天可以取,到现在还没到货。',
    '五月在店裡訂做了一對婚戒,說好二十天可以取,到現在還沒到貨。',
  ])('a piece ordered and the dates that passed are the shop’s dealing: %s', (text) => {
    expect(factsOf(text).problem).toBe('service');
  });

  it.each([
    'The pendant sat on the shelf with a price tag of $120, but at the till it came to $150 because of the exchange rate.',
    '项链标价1200元,结账时却要价1500元,说是汇率变了。',
    '項鍊標價1200元,結帳時卻要價1500元,說是匯率變了。',
  ])('the price asked against the price shown is the shop’s dealing: %s', (text) => {
    expect(factsOf(text).problem).toBe('service');
  });

  it.each([
    'The watch was sold to me as Swiss, and a year later a watchmaker opened the back: it was made in China.',
    '直播间买的珍珠手链,收到后一看,根本不是珍珠,是贝壳磨的。',
    '直播間買的珍珠手鏈,收到後一看,根本不是珍珠,是貝殼磨的。',
  ])('what the goods turned out to be, against what they were sold as, is a fault of the goods: %s', (text) => {
    expect(factsOf(text).problem).toBe('defect');
  });

  it.each([
    'After one afternoon in the new contact lenses she was injured and spent the night in the emergency room.',
    '戴了这副隐形眼镜半天,眼睛就受伤了,只好去看医生。',
    '戴了這副隱形眼鏡半天,眼睛就受傷了,只好去看醫生。',
  ])('a hurt and a doctor seen after wearing the goods is a fault of the goods: %s', (text) => {
    expect(factsOf(text).problem).toBe('defect');
  });

  it('and a fault named outright still decides over the dates', () => {
    expect(factsOf('The chain snapped the day it was ready, three weeks after we ordered it.').problem).toBe('broken');
  });

  it('and an arrival alone is no wait', () => {
    expect(factsOf('项链昨天到货了,我很喜欢。').problem).toBeNull();
  });
});

describe('a watch that stops before it was ever worn', () => {
  it.each([
    'I bought the watch on Saturday, brand new in its box, and by Wednesday it had stopped running.',
    '新买的手表还没戴过,放了三天就不走了。',
    '新買的手錶還沒戴過,放了三天就不走了。',
  ])('came with a fresh battery, so the stopping is a fault of the watch: %s', (text) => {
    expect(factsOf(text).problem).toBe('watch-fault');
  });

  it('and an old watch that stops is still read as its battery', () => {
    expect(factsOf('My old watch stopped running last week.').problem).toBe('watch-battery');
  });
});
