import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * Words that hold a temperament cue without meaning it, each beside the cue meant. Texts written for these tests in
 * three scripts, not taken from any labelled set.
 */
describe('temperament cues inside words that do not mean them', () => {
  it.each([
    ['read it out loud', 'She read the repair slip out loud at the counter.', 'She was loud and rude to the clerk.'],
    [
      'either … or else',
      'They either wanted the clasp fixed for free or else they wanted a new one.',
      'Fix the clasp by Friday, or else I go to the papers.',
    ],
  ])('when "%s" is said, then no forceful customer is read: %s', (_words, plain, meant) => {
    expect(reading(plain).type).not.toBe('forceful');
    expect(reading(meant).type).toBe('forceful');
  });

  it.each([
    ['她拿着一条款式别致的项链来到店里。', '她拿出合同,指着保修条款一条条核对。'],
    ['她拿著一條款式別緻的項鍊來到店裡。', '她拿出合約,指著保修條款一條條核對。'],
  ])('when 条 counts a piece before 款式, then no 条款 (a clause) is read analytical: %s', (plain, meant) => {
    expect(reading(plain).type).toBe('unknown');
    expect(reading(meant).type).toBe('analytical');
  });
});
