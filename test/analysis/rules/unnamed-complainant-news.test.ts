import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The flags' kinds of a text pasted whole as what happened, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a news report framed by a date and a complainant it does not name', () => {
  it.each([
    // A stranger by where they live, or quoted as a stranger, in a text with no first person.
    'A Brooklyn woman says the diamond fell out of her engagement ring a week after a jeweler resized it.',
    'A 72-year-old Ocala widow paid $900 for a watch repair that took five months.',
    'The clasp broke within a month, a shopper said, and the store would only offer store credit.',
    // A reporter's 日前 (the other day), in both scripts.
    '日前,王女士在商场金店买的项链戴了一周就断了,店家只同意维修。',
    '日前,王女士在商場金舖買的項鍊戴了一週就斷了,店家只同意維修。',
    // A lead opening on the day, with a stranger the report never names.
    '10月21日,一位男士拿着玉牌来到质检中心,他说是在旅行时买的。',
    '10月21日,一位男士拿著玉牌來到質檢中心,他說是在旅行時買的。',
  ])('then media is flagged: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });

  it.each([
    // A staff note speaks of its own customer as "a customer".
    'After lunch a customer said the clasp broke within a month and asked for a refund; the manager offered a repair.',
    // The narrator in the first person is a customer or staff, not a reporter.
    'I met a Brooklyn woman at the counter whose diamond fell out a week after we resized her ring.',
    // A date not opening the text, or a dated lead with no stranger (a council's notice names its complainant).
    '一位男士拿着玉牌来到质检中心,10月21日他又来了一次。',
    '10月21日,林女士在金店洗了项链,林女士发现少了两克。',
    // A holiday or a day before the person is no place.
    'A Christmas shopper bought the ring, and the stone fell out a week later.',
  ])('when no reporter frames it, then media is not flagged: %s', (text) => {
    expect(kinds(text)).not.toContain('media');
  });
});

describe('a news report bringing in a stranger by sex with an age or an origin', () => {
  it.each([
    '昨晚一名年轻男子走进美发店,要借电推剪回家用,被拒后店家的网上评价多了三条差评。',
    '昨晚一名年輕男子走進美髮店,要借電推剪回家用,被拒後店家的網上評價多了三條負評。',
    '一名外籍女子在夜市买了一条银手链,戴了两天手腕就发黑。',
  ])('then media is flagged: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });

  it.each([
    // Staff speak of their own customer as 这位/那位, whatever her age.
    '昨晚那位年轻女士又来店里,说手链戴了两天就发黑,要求退款。',
    '那位年長女士又來店裡,說手鍊戴了兩天就發黑。',
  ])('when staff speak of their own customer, then media is not flagged: %s', (text) => {
    expect(kinds(text)).not.toContain('media');
  });
});

describe('a report naming its people by their part in the story: 民众, 当事 before a role', () => {
  it.each([
    '台中一名民众在夜市买了银戒指,戴了三天手指就发黑,店家拒绝退货。',
    '台中一名民眾在夜市買了銀戒指,戴了三天手指就發黑,店家拒絕退貨。',
    '女子借电推剪不成,店里随后多了三则差评。当事设计师说,工具从不外借。',
    '女子借電推剪不成,店裡隨後多了三則負評。當事設計師說,工具從不外借。',
  ])('then media is flagged: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });

  it.each([
    // 当事情 is "when things…", and staff call their customer 客人.
    '当事情发生时,客人说戒指戴了三天手指就发黑,要求退货。',
    '當事情發生時,客人說戒指戴了三天手指就發黑,要求退貨。',
  ])('when no report names its people so, then media is not flagged: %s', (text) => {
    expect(kinds(text)).not.toContain('media');
  });
});
