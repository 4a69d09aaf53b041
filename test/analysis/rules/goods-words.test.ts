import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const categoryOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).category;

describe('goods words used for something else name no goods', () => {
  it.each([
    '黄金周那几天我在网上订的沙发,到现在还没送到,客服也不回复。',
    '我是他们的钻石会员,结果订的烤箱送来就是坏的。',
    '我點了一杯珍珠奶茶,店員態度很差,還多收了我十塊。',
    '他們裝的鋁合金門窗漏水,師傅一直推說不是他們的問題。',
    'I had to watch the technician take the sofa apart in front of me, and they still charged me for the visit.',
    'They promised to ring me back about the dishwasher and nobody did for three weeks.',
    'It is a big chain, so I expected the pizza to arrive hot; it came an hour late and cold.',
    'As a gold member I expected better than a flooring crew who left the carpet ripped.',
    '在鑽石山那間美容院做完面部護理,臉上起了紅疹。',
    '看了翡翠台的节目才知道那家餐厅的菜单价格是假的。',
  ])('then a complaint about other goods stays outside the policy: %s', (text) => {
    expect(categoryOf(text)).toBe('other');
  });

  it.each([
    ['那条黄金项链戴了一周就断了,店员说是我自己拉断的。', 'jewellery'],
    ['I bought the watch strap there and it snapped after a week; I want to watch them fix it.', 'watch'],
    ['The ring they sold me was meant to be platinum, and a stone fell out on the first day.', 'jewellery'],
  ])('and the same words still name goods when they are goods: %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});

describe('goods named by the trade’s general vocabulary', () => {
  it.each([
    ['这串蜜蜡手串买回来就有裂纹,店家不给换。', 'jewellery'],
    ['The jade pendant and the amber locket both came with fake certificates.', 'jewellery'],
    ['那隻浪琴送去表行修了三個月,表扣還是鬆的。', 'watch'],
    ['The watchmaker had my chronograph for six weeks.', 'watch'],
    ['配的美瞳度数不对,戴上就头晕,散光也没验。', 'glasses'],
    ['My new specs came back from the optical lab with the wrong eye exam numbers.', 'glasses'],
    ['在丽江买的银碗,拿回来一测根本不是银质的。', 'silver'],
  ])('then the category is read: %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});
