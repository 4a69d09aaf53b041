import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags read from a text pasted whole, as a store manager pastes a parent's message or review. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

/**
 * A child hurt by the goods, named as parents write: the age without hyphens ("my 9 year old daughter"), or no age at
 * all (my kid, 我家孩子), and a rash in Chinese words (红疹, 起疹子) as "rash" is read in English.
 */
describe('a child named plainly beside a harm is a special customer', () => {
  it.each([
    'My 9 year old daughter’s ear got infected after the piercing, and she is on antibiotics now.',
    'Bought a bracelet for my 7 yr old son and the clasp cut his wrist.',
    'My kid got a rash from the “hypoallergenic” earrings within a day.',
    'My child swallowed a bead from the bracelet and we spent the night at the hospital.',
    '我家孩子戴了你们的手链,手腕起了一圈红疹。',
    '我家孩子戴了你們的手鍊,手腕起了一圈紅疹。',
    '我的孩子才六岁,耳钉戴了两天耳朵就起疹子。',
  ])('then special-customer is flagged: %s', (text) => {
    expect(kinds(text)).toContain('special-customer');
  });

  it.each([
    'My 9 year old daughter loves the bracelet, but the clasp broke after a week.',
    'I kid you not, the clasp broke on the first day.',
    '我家孩子很喜欢这条手链,可惜扣子戴了一周就坏了。',
    '我家孩子很喜歡這條手鍊,可惜扣子戴了一週就壞了。',
  ])('and a child named with no harm, or no child at all, is not: %s', (text) => {
    expect(kinds(text)).not.toContain('special-customer');
  });
});
