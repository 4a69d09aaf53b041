import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * The lively customer of seed 001 (爱讲故事) tells a complaint as a story to an audience, with the teller's frames:
 * skipping ahead, teasing what comes, owning up to a digression. Texts written for these tests in three scripts, not
 * taken from any labelled set; each has no other sign of a type.
 */
describe('a complaint told with a storyteller’s frames reads lively', () => {
  it.each([
    ['Long story short, the clasp broke again on the way home from the repair shop.'],
    ['Here it goes: the bracelet came back from the repair shop with a different clasp.'],
    ['长话短说,项链修好拿回来第二天又断了。'],
    ['說來話長，手錶修好拿回來第二天又停了。'],
  ])('when the teller frames it as a story, then lively is read: %s', (text) => {
    const result = reading(text);
    expect(result.type).toBe('lively');
    expect(result.confidence).toBeLessThan(0.5);
  });
});
