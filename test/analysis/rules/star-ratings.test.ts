import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags read from a text pasted whole, as a store manager pastes a review. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

/**
 * A rating in stars is a review's own mark, whatever the count: glyphs as the review sites show them (★☆☆☆☆, ⭐⭐) or
 * the count in words. A text that carries one was posted where the public reads it.
 */
describe('a star rating marks a posted review', () => {
  it.each([
    '★☆☆☆☆ Took my watch in for a battery and they scratched the glass.',
    '★★☆☆☆ The engraving on my husband’s band was misspelt and the redo takes three weeks.',
    '⭐⭐ Rude staff, and the silver chain went black within a month.',
    '3 stars. Lovely rings, but the clasp on mine broke on the second day.',
    'Giving four stars only because the lady who fixed my glasses was kind; the wait was ridiculous.',
    '★☆☆☆☆ 银手镯戴了一个星期就发黑了,店员还说是我汗太多。',
    '★☆☆☆☆ 銀手鐲戴了一個星期就發黑了,店員還說是我汗太多。',
    // The same mark in Chinese words, read already.
    '只能给一颗星,表修了两个月还没修好。',
  ])('then the text is flagged social-media: %s', (text) => {
    expect(kinds(text)).toContain('social-media');
  });

  it.each([
    'Thanks so much ⭐ the ring is lovely, but one small stone fell out last night.',
    'The hotel was five minutes from the shop, so I went back the same day about the clasp.',
    '谢谢你们 ⭐ 戒指很漂亮,就是昨天掉了一颗小钻。',
  ])('and a lone star sent as praise, or a count of other things, is no review: %s', (text) => {
    expect(kinds(text)).not.toContain('social-media');
  });
});
