import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const temperamentOf = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative })).type;

/**
 * 给我 in a polite ask (请给我退款, 能不能给我打个折, 麻烦給我換一條) says whom the remedy is for, not a demand; said bare
 * (马上给我退钱！) it is one. English puts no such word in its asks. Texts written for these tests.
 */
describe('给我 in a polite ask is no demand', () => {
  it.each(['请给我退款。', '能不能给我打个折？', '麻煩給我換一條。', '可不可以給我退款？'])(
    'when the ask is polite, then no forceful customer is read: %s',
    (text) => {
      expect(temperamentOf(text)).not.toBe('forceful');
    },
  );

  it.each(['马上给我退钱！', '立刻給我退錢！'])('when it is said bare, then it still counts: %s', (text) => {
    expect(temperamentOf(text)).toBe('forceful');
  });
});
