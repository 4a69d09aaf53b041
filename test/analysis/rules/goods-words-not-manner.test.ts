import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const typeOf = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative })).type;

/**
 * "A standard size", "a standard length" describe the goods, and "my first impulse" is a first thought: neither is a
 * customer citing standards or buying on impulse. Citing a standard ("below the industry standard") and an impulse buy
 * still count. Texts written for these tests (the cues are English words).
 */
describe('goods and first thoughts are no temperament', () => {
  it.each([
    'All their rings come in a standard size 7, so none of them would fit me.',
    'When he came home I opened the box. My first impulse was that it was not my ring.',
  ])('when the word describes the goods or a thought, then no type is read: %s', (text) => {
    expect(typeOf(text)).toBe('unknown');
  });

  it('when the customer cites a standard, then it counts', () => {
    expect(typeOf('The plating is well below the industry standard for a ring at this price.')).toBe('analytical');
  });

  it('when the customer bought on impulse, then it counts', () => {
    expect(typeOf('I bought the bracelet on impulse and it broke the next day.')).toBe('lively');
  });
});
