import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const typeOf = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative })).type;

/**
 * "Everyone" and 大家都 are a crowd followed when the customer bought as others did; told, warned or let know, everyone
 * is the audience of a warning, which shows no peaceable customer.
 */
describe('everyone told or warned is no crowd followed', () => {
  it.each([
    "I'll be telling everyone I know to avoid this shop.",
    'I am going to warn everybody at work about the fake gold.',
    '我要发到网上让大家都知道这家店。',
    '我要發到網上讓大家都知道這家店。',
  ])('then no peaceable customer is read: %s', (text) => {
    expect(typeOf(text)).not.toBe('peaceable');
  });

  it.each([
    'Everyone says this brand is good, so I bought the same ring.',
    '大家都说这家店好,我才跟着来买的。',
    '大家都說這家店好,我才跟著來買的。',
  ])('and buying as everyone does still reads peaceable: %s', (text) => {
    expect(typeOf(text)).toBe('peaceable');
  });
});
