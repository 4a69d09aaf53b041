import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('a colour the piece took, when it was found not to be what was sold', () => {
  it.each([
    'The "platinum" band went dark within a year, and the assay showed it was palladium sold as platinum.',
    '买的是铂金戒指,后来发现是白金,戴了半年还变黄了。',
    '店員話發黑係正常氧化,但檢測結果顯示唔係足金。',
    '金店把镀金的手镯当作足金卖给我,戴了一个月就发黑。',
  ])('is how the fake showed: the goods not being as sold is the problem: %s', (text) => {
    expect(problemOf(text)).toBe('defect');
  });

  it.each([
    'My sterling bracelet tarnished after a month in the bathroom.',
    '纯银手链戴了一个月就发黑了。',
    '純銀手鏈戴咗一個月就發黑。',
  ])('but a colour alone is still tarnish: %s', (text) => {
    expect(problemOf(text)).toBe('tarnish');
  });
});

describe('a surface marked, on glasses', () => {
  it.each([
    'Six months in, the glasses had fine marks all over both lenses and the protective coating was flaking off.',
    'My new glasses have a haze of tiny scratches I cannot polish out.',
    '新配的眼镜戴了三个月,镀膜就一块块剥落了。',
    '新配的眼鏡戴咗三個月,鏡面成塊刮花晒。',
  ])('is the lens’s damage: %s', (text) => {
    expect(problemOf(text)).toBe('lens-broken');
  });

  it('but a finish wearing on a piece of jewellery is still the plating', () => {
    expect(problemOf('The gold plating on the necklace is flaking off after a week.')).toBe('plating-wear');
  });
});

describe('a resize the shop got wrong', () => {
  it.each([
    'The jeweller resized my ring far too small and now it will not go past my knuckle.',
    '金店给我改圈改小了,戴不进去。',
    '金舖幫我改圈改細咗,戴唔落,佢哋又唔認。',
  ])('is the shop’s work: %s', (text) => {
    expect(problemOf(text)).toBe('service');
  });
});

describe('a customer watched as a suspect', () => {
  it.each([
    'I was followed around the store by security as if I were a thief.',
    '店员一直跟着我,好像我是小偷一样。',
    '店員一路跟住我,好似當我賊咁。',
  ])('is the staff’s manner: %s', (text) => {
    expect(problemOf(text)).toBe('service');
  });
});

describe('goods found not as sold, beside the staff’s manner', () => {
  it.each([
    'The bracelet tested at 9k, not the 18k on the receipt, and the manager was rude and refused a refund.',
    'The "diamond" was moissanite; the staff were dismissive and kept fobbing us off.',
    '买的钻石戒指,鉴定为莫桑石,店员态度很差,一直推脱。',
    '買嘅鑽石戒指,鑑定為莫桑石,店員態度好差,一味推搪。',
  ])('is a defect, the manner being how the complaint was met: %s', (text) => {
    expect(problemOf(text)).toBe('defect');
  });

  it('while a cause found out (原来是员工…) is no finding about the goods', () => {
    expect(problemOf('配眼镜时眼睛被灼伤,原来是员工把酒精放进了盐水瓶,店家态度冷漠。')).toBe('service');
  });
});

describe('part of a stone gone', () => {
  it.each([
    'Under the loupe, half the centre stone is missing: it is chipped right across.',
    '戒指上的钻石缺了一角,买回来才一个星期。',
    '戒指粒鑽石崩咗一角,買返嚟先一個星期。',
  ])('is the stone chipped, a defect, not a stone lost from its setting: %s', (text) => {
    expect(problemOf(text)).toBe('defect');
  });

  it('while a whole stone missing is still a lost stone', () => {
    expect(problemOf('One of the side stones is missing from the band.')).toBe('lost-stone');
  });
});
