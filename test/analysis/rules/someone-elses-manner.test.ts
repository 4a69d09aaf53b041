import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * In a customer's own first-person story, "he", "she", "they", 他, 她 and 对方 as a clause's subject are the people
 * the customer dealt with — the repairer, the clerk, the doctor — and their manner is not the customer's. A
 * companion the customer names (my husband, 我老公) may be that "he", and a member of staff telling of a customer
 * ("I work at…") has "she" for the customer: neither is set aside. Texts written for these tests in three scripts,
 * not taken from any labelled set.
 */
describe("in a customer's own story, someone else's manner is not the customer's", () => {
  it.each([
    'I took my watch to the repair shop last week. He insisted that I had dropped it.',
    'I bought my ring at a mall kiosk. When I went back, she yelled that it was not their problem.',
    '我把手表送去店里修,他斩钉截铁地说是我自己摔坏的,我也不知道该怎么办。',
    '我把手錶送去店裡修，她很不耐煩地說是我自己摔壞的，我也不知道該怎麼辦。',
  ])('when the other party is the subject, then no forceful customer is read: %s', (story) => {
    expect(reading(story).type).not.toBe('forceful');
  });

  it.each([
    'I took my watch to the repair shop last week. I insisted that they fix it for free.',
    'I took my watch to the repair shop with my husband. He insisted that they fix it for free.',
    'I work at a jewellery store. A customer came in with a ring. She insisted that we replace it.',
    '我把手表送去店里修,我斩钉截铁地说是他们摔坏的,我要他们负责。',
    '我和我老公把手錶送去店裡修，他斬釘截鐵地說是店員摔壞的，我們要他們負責。',
  ])('when the customer, their companion or a customer told of by staff does it, then it counts: %s', (story) => {
    expect(reading(story).type).toBe('forceful');
  });
});

/**
 * 对方 is whoever the sentence's first subject turned to: after the customer calls, asks or goes to someone, the
 * shop. Told from the shop's side, 对方 may be the customer, and counts.
 */
describe('对方 after the customer turns to someone is the shop', () => {
  it.each(['陈女士向专柜致电要求退货,对方表示必须先寄回检测。', '陳女士向專櫃致電要求退貨，對方表示必須先寄回檢測。'])(
    "when the customer called the shop, then 对方's 必须 is the shop's: %s",
    (report) => {
      expect(reading(report).type).not.toBe('forceful');
    },
  );

  it('when the shop speaks first, then 对方 may be the customer and counts', () => {
    expect(reading('店员说可以换一条,对方却坚持必须退款。').type).toBe('forceful');
  });
});

/** A companion may be the "he" or "she" of their own gender only: 他 in a story naming only 我老婆 is someone else. */
describe("a companion may be only the he or she of the companion's gender", () => {
  it.each([
    'I went to the optician with my wife to get my new glasses. He insisted that my eyes had changed.',
    '我老婆让我去配眼镜,我去了店里,他斩钉截铁地说我散光两百度。',
    '我老婆讓我去配眼鏡，我去了店裡，他斬釘截鐵地說我散光兩百度。',
  ])("when the pronoun is not the companion's gender, then it is someone else: %s", (story) => {
    expect(reading(story).type).not.toBe('forceful');
  });

  it.each([
    'I went to the optician with my wife to get my new glasses. She insisted that they check again.',
    '我和我老婆去店里配眼镜,她斩钉截铁地说要重新验光。',
  ])("when it is the companion's gender, then it may be them and counts: %s", (story) => {
    expect(reading(story).type).toBe('forceful');
  });
});
