import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags read from a text pasted whole, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('crisis kinds: words that only look like a post, an authority or a special customer', () => {
  it.each([
    ['social-media', 'The watchmaker said the threads on the crown were stripped.'],
    ['social-media', 'To avoid this happening again, the clerk now checks every clasp.'],
    ['social-media', '她上网查了一下,才知道这个牌子的金价偏高。'],
    ['social-media', '她上網查過,才知道這款手錶已經停產。'],
    ['regulator', 'The watchmaker adjusted the regulator and the watch keeps time now.'],
    ['regulator', '顾客说希望有关部门加强对金店的监管。'],
    ['regulator', '顧客說希望監管部門加強對金舖的巡查。'],
    ['special-customer', '金店的以旧换新活动专门针对老年人。'],
  ] as const)('when the words mean something else, then %s is not flagged: %s', (kind, text) => {
    expect(kinds(text)).not.toContain(kind);
  });

  it.each([
    ['regulator', '顾客已经向有关部门投诉了这家金店。'],
    ['regulator', '顧客已向監管部門投訴,要求調查克重。'],
    ['regulator', 'She reported the jeweller to the regulator last week.'],
    ['social-media', '她把店员的录像片上网,说店家态度恶劣。'],
    ['social-media', '她在網上吐槽這間金舖的回收價。'],
  ] as const)('when the complaint went there, then %s is still flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });
});
