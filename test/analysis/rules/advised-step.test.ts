import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The flags' kinds of a text pasted whole as what happened, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a step advised to consumers at large is not one taken', () => {
  it.each([
    ['regulator', '律师提醒,如怀疑买到假货,可到工商部门投诉,并保留好发票。'],
    ['regulator', '律師提醒,如懷疑買到假貨,可到有關部門檢測,並保留好發票。'],
    ['consumer-council', '业内人士建议消费者向消协求助,同时保留购物凭证。'],
    ['regulator', 'Consumers who think a ring was mis-sold can contact Trading Standards for advice.'],
    ['consumer-council', 'Shoppers should also report such sellers to the consumer council, the columnist said.'],
  ] as const)('%s is not flagged: %s', (kind, text) => {
    expect(kinds(text)).not.toContain(kind);
  });

  it.each([
    // A customer's threat keeps its subject and its 可以; a step taken is a step.
    ['consumer-council', '顾客说不退款她可以去消协告我们。'],
    ['consumer-council', '顧客說不退款她可以去消委會投訴我們。'],
    ['regulator', '王女士已到工商部门投诉,要求商家退款。'],
    ['regulator', '她可能已向市场监管局投诉了。'],
    ['regulator', 'She has already contacted Trading Standards about the ring.'],
    ['consumer-council', 'If you will not refund me, you can expect to hear from the consumer council.'],
  ] as const)('%s is still flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe('goods taken to an office’s laboratory to be tested are appraised, not complained of', () => {
  it.each(['他拿着玉牌来到市质监局质检中心,结果显示是人工处理品。', '他把金鐲送到市質監部門鑑定,結果顯示含金量不足。'])(
    'raises no regulator: %s',
    (text) => {
      expect(kinds(text)).not.toContain('regulator');
    },
  );

  it.each([
    '鉴定结果出来后,她到市场监管局投诉了这家金店。',
    '鑑定結果出來後,她向質監局舉報了這家金店。',
    'After the assay showed 14 carat, she reported the shop to Trading Standards.',
  ])('a complaint lodged after the test is still flagged: %s', (text) => {
    expect(kinds(text)).toContain('regulator');
  });

  it('a reporter’s byline beside a test is still the press', () => {
    expect(kinds('晚报讯(记者 王明)花三千元买的吊坠却被鉴定为合成石,马某将商家告上法庭。')).toContain('media');
  });
});
