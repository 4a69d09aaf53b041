import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

/**
 * A case laid out in figures (four or more amounts, dates, durations) reads analytical; a story that tells one
 * figure again and again lays out no case. Texts written for these tests in three scripts, not taken from any
 * labelled set; each has no other sign of a type.
 */
describe('a figure told again is one figure', () => {
  it.each([
    ['The repair took 6 weeks. The new strap took 6 weeks, the polish took 6 weeks and the clasp another 6 weeks.'],
    ['维修要3天,换表带要3天,抛光也要3天,取货前再等3天。'],
    ['維修要3天,換錶帶要3天,拋光也要3天,取貨前再等3天。'],
  ])('when one figure is repeated, then no case in figures is read: %s', (text) => {
    const result = reading(text);
    expect(result.type).toBe('unknown');
    expect(result.evidence).toEqual([]);
  });
});
