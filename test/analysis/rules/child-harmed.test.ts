import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The flags' kinds of a text pasted whole as what happened, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a child makes a special customer when the goods hurt them, not when they were bought for them', () => {
  it.each([
    'My 7-year-old daughter wore the bracelet for a day and the clasp cut her wrist.',
    '给6岁的女儿买的耳环,戴了两天耳朵就红肿流脓。',
    '給6歲的女兒買的耳環,戴了兩天耳朵就紅腫。',
  ])('flags special-customer: %s', (text) => {
    expect(kinds(text)).toContain('special-customer');
  });

  it.each([
    'I ordered a ring for my 9-year-old daughter for her birthday and it arrived two months late.',
    '给8岁的儿子买的手表,才戴一周就不走了。',
    '給8歲的兒子買的手錶,才戴一週就不走了。',
    '给8岁的儿子买的手表才戴一周就坏了,真心疼这钱。',
  ])('a child the goods were bought for is no special customer: %s', (text) => {
    expect(kinds(text)).not.toContain('special-customer');
  });
});
