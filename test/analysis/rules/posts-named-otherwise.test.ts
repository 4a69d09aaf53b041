import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags read from a text pasted whole, as a manager pastes a page they found. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

/**
 * A complaint already posted, in the words people use for it beyond "posted": complaining online (在网路上抱怨 in
 * Taiwan's word for the internet, 在网上投诉), a post "gone viral" named as such ("a viral TikTok shows…"), and a
 * complaint platform's own form pasted from its page (投诉对象, 投诉要求, 涉诉金额). Texts written for these tests.
 */
describe('a complaint already posted, named otherwise', () => {
  it.each([
    '一名女子日前在网络上抱怨，她在眼镜行配的眼镜一周就断了。',
    '一名女子日前在網路上抱怨，她在眼鏡行配的眼鏡一週就斷了。',
    '顾客在网上投诉我们的金店，说手链是假的。',
    'A viral TikTok shows a woman arguing with staff after her bracelet broke.',
    'The viral video of the shop refusing a refund has been shared thousands of times.',
    '投诉对象：某珠宝旗舰店。投诉要求：退款。涉诉金额：2999元。',
    '投訴對象：某珠寶旗艦店。投訴要求：退款。涉訴金額：2999元。',
  ])('flags social-media: %s', (text) => {
    expect(kinds(text)).toContain('social-media');
  });

  it.each([
    '我在网上买的手链，戴了一周就断了。',
    '我在網路上買的手鏈，戴了一週就斷了。',
    'I bought the bracelet online and it broke within a week.',
  ])('buying online is no post: %s', (text) => {
    expect(kinds(text)).not.toContain('social-media');
  });
});
