import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const factsOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy);

describe('a costume piece, by whatever piece it is', () => {
  it.each([
    'The fashion earrings I bought for the party turned my ears green by the end of the night.',
    'Her costume tiara lost its shine after the first wedding rehearsal.',
    '买的时尚耳环戴了一晚,耳朵就红了。',
    '買的時尚耳環戴了一晚,耳朵就紅了。',
  ])('is an alloy piece: %s', (text) => {
    expect(factsOf(text).category).toBe('alloy');
  });
});

describe('a maker of sterling pieces named for the piece', () => {
  it.each([
    'The clasp on my Pandora bracelet snapped a month after Christmas.',
    '潘多拉手链的扣子戴了一个月就坏了。',
    '潘多拉手鏈的扣子戴了一個月就壞了。',
  ])('is a silver piece: %s', (text) => {
    expect(factsOf(text).category).toBe('silver');
  });

  it.each([
    ['Asking about the warranty opened a Pandora’s box, and the ring is still bent.', 'jewellery'],
    ['这一问打开了潘多拉魔盒,戒指到现在还是歪的。', 'jewellery'],
  ])('and Pandora’s box is an idiom: %s', (text, category) => {
    expect(factsOf(text).category).toBe(category);
  });
});
