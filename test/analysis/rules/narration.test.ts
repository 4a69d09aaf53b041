import { describe, expect, it } from 'vitest';
import { cues, findCues } from '../../../src/analysis/rules/cue.js';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.js';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.js';
import { ComplaintSchema } from '../../../src/complaints/complaint.js';

const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);
const temperament = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

describe('third-person narration and English inflections', () => {
  it.each([
    ['irritable', 'Every time we call her back she yells at whoever picks up.'],
    ['irritable', 'Her son was screaming in the middle of the store.'],
    ['stubborn', 'He refuses to accept anything but a brand-new ring.'],
    ['nagging', 'She kept calling the branch, asking the same questions about her order.'],
    ['vulgar', 'He swears at the young assistant and walks out.'],
    ['violence', 'The husband threatens to smash the glass counter.'],
  ] as const)('when a narrator tells it in any inflection, then %s is flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it('when the clause is about what the staff did, then it is not the customer’s behaviour', () => {
    expect(kinds('The manager yelled at my wife in front of everyone.')).not.toContain('irritable');
    expect(kinds('店员坚持说是人为损坏,不给保修。')).not.toContain('stubborn');
    expect(kinds('A member of staff argued with me about the hallmark.')).not.toContain('argumentative');
  });

  it('when a staff clause goes on to the customer, then the customer’s act still counts', () => {
    expect(kinds('店员每解释一句他都要反驳,说我们在骗人。')).toContain('argumentative');
  });

  it('when a retelling says she demands and wants it now, then she reads as forceful', () => {
    const reading = temperament('She demands a new strap and she wants it done today.');
    expect(reading.type).toBe('forceful');
    expect(reading.evidence.map((item) => item.quote).join(' ')).toContain('demands');
  });

  it('when only the staff were impatient, then the customer is not read as forceful', () => {
    expect(temperament('The manager was impatient and curt with the old lady.').type).not.toBe('forceful');
  });

  it('when a cue marks a word ending inside a phrase, then any ending matches there', () => {
    expect(findCues(cues(1, 'threaten* to hit'), 'He threatened to hit the clerk.', 'narrative')).toHaveLength(1);
    expect(findCues(cues(1, 'threaten* to hit'), 'He threatened the clerk.', 'narrative')).toEqual([]);
  });

  it('when a denial uses a curly apostrophe, then the cue is still denied', () => {
    expect(kinds('To be fair she didn’t shout at anyone.')).not.toContain('irritable');
  });
});
