import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { staffNote } from '../../../src/analysis/rules/staff-note.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The crisis flags of a text pasted whole as what happened, with no "came from" set. */
const crisis = (narrative: string) =>
  detectFlags(ComplaintSchema.parse({ narrative }))
    .filter((flag) => flag.group === 'crisis')
    .map((flag) => flag.kind);

describe('a staff note names and quotes its customer as a report does, but was published nowhere', () => {
  it.each([
    // The customer comes in, seen from the counter; bought here; the shop's own steps.
    'Customer came in today, said the bracelet she bought from us in March has lost a stone. Mrs Okafor said she wants it replaced.',
    'Mrs Okafor came back in on Tuesday and said the clasp broke again. Okafor said she had worn it twice. We offered a repair.',
    'Ms Brandt, 47, came in this morning. Brandt said the watch stopped after a week and asked for a refund.',
    // 来店 and the shop's steps; a note opening on its customer as the shop's.
    '顾客王女士来店反映,上周买的金手链断了。王女士表示只戴了两次,要求换新。已登记送修。',
    '顾客王女士昨日来店反映,手链扣坏了。王女士称只戴了一次。对此,店长表示可以免费维修。',
    '顧客陳先生昨日到店反映,手錶走時不準。陳先生表示要退款,店長回應會先檢測。',
    '客人林小姐來店反映眼鏡度數不對,林小姐說戴了頭暈,已安排重新驗光。',
    // A worker's own story from work, however it is told to readers.
    'TL;DR at the end. I had a lady who came in with earrings that never came from my shop. Ms Vance said she would sue.',
    '我是金店的导购,今天遇到一位王女士,王女士表示手链是在我们这买的。大家评评理。',
    '我在眼鏡行上班,今天一位林小姐說眼鏡度數不對,林小姐表示要退款。',
    // A worker at the till or the counter.
    "(I'm working the register at the jewelry counter.) A woman wants her money back for a ring. Lesson learned: check the receipt.",
    'A man walks up to my counter with a watch he says stopped. Never again, I tell myself, will I skip the test. Rant over.',
  ])('raises no media or social-media: %s', (text) => {
    expect(staffNote(text)).toBe(true);
    expect(crisis(text)).not.toContain('media');
    expect(crisis(text)).not.toContain('social-media');
  });

  it.each([
    ['media', 'Customer came in today and said she has already told the Evening Chronicle about the ring.'],
    ['media', '顾客王女士来店反映手链断了,说已经找了报社记者。'],
    ['social-media', '客人林小姐來店反映眼鏡度數不對,說已經在臉書發文了。'],
  ] as const)('a step the customer says they took still counts in a note: %s', (kind, text) => {
    expect(crisis(text)).toContain(kind);
  });

  it.each([
    // A report sends its subject to the shop (到店, went back), or opens on her as the public.
    '市民王女士上周到店要求退款,王女士表示店员拒绝了。对此,该店负责人回应称会核实。',
    '原來店家所謂的去色水是冷燙藥水,張小姐表示皮膚都腫了。',
    'Karen Holt, 41, went back to the store twice. Holt said the manager declined to comment.',
    // A reviewer who writes the dialogue with herself as "Customer:".
    'ZERO stars. My husband and I stopped in to have a chain appraised.\nCustomer: Can I get this appraised?\nEmployee: No.',
    // A reviewer's own visit (来店 after 我), and an order that came in.
    '今天我来店里配眼镜,店员态度很差,等了一个小时。大家千万别去。',
    'I ordered new glasses from Brellmart. When they came in, the prescription was wrong. Don’t waste your money.',
    // A review of the shop it names as here; a customer couple's own "we"; a companion who came in.
    'I bought my engagement ring here in 2019 and the prong snapped twice. We offered to pay for the repair. Avoid.',
    'My wife went to collect them, and when she came in the clerk had lost the ticket. Never again.',
    // A customer's own job and town, and a reviewer's dialogue with "Me:" lines.
    'I work in finance, so I read the receipt twice. The Brellmart store charged me for two lenses. Avoid.',
    '我们这的金店都这样,我在明光金店买的手链一周就断了。大家千万别去。',
    'Zero stars.\nMe: Can I get a refund?\nClerk: No.\nI bought it at Brellmart a week ago.',
    // A customer's own shop of choice, and a customer who is a regular there.
    'I took my watch to my local shop for a battery and they scratched the case. Avoid.',
    '我是他们店的老顾客了,这次买的手链一周就断了。',
  ])('a report or a post is no staff note: %s', (text) => {
    expect(staffNote(text)).toBe(false);
  });
});
