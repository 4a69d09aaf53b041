import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags of a text pasted whole as what happened, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe("a review's own words mark a public post", () => {
  it.each([
    '亲测这家的银手镯戴一周就发黑,退货还要扣钱。',
    '親測這家的銀手鐲戴一週就發黑,退貨還要扣錢。',
    '追评:手链用了半个月扣子就坏了。',
    '集美们,这家的耳钉千万别买,戴两天耳朵就红了。',
    'Do not buy their gold-filled chains; mine turned green in a week.',
    "I'd give it no stars: the watch stopped the day after the battery change.",
  ])('when the text uses them, then social-media is flagged: %s', (text) => {
    expect(kinds(text)).toContain('social-media');
  });

  it.each([
    // A customer telling staff what she did not buy is no review.
    "She said she didn't buy the chain from us, only the pendant.",
    '她说链子不是在我们店买的,只有吊坠是。',
    "I don't buy plated pieces as a rule, she told the clerk.",
  ])('when the words are used for something else, then social-media is not flagged: %s', (text) => {
    expect(kinds(text)).not.toContain('social-media');
  });
});
