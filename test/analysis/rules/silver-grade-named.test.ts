import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));
const spoken = (customerWords: string) =>
  readTemperament(ComplaintSchema.parse({ narrative: '顾客来店里说了几句。', customerWords }));

/**
 * Silver is sold and stamped by its grade (sterling, 925): a customer who names the piece so names the goods, as "my gold
 * ring" does, and shows no taste for technical detail. Checking the grade, weighing it or testing it still does.
 */
describe('silver named by its grade is no analytical customer', () => {
  it.each([
    'My sterling silver bracelet turned black after a month.',
    'Bought a sterling pendant for my mum and the bail snapped.',
    '我买的925银手链戴了一个月就发黑了。',
    '我買的925銀手鍊戴了一個月就發黑了。',
  ])('then the piece’s grade alone reads no type: %s', (text) => {
    expect(reading(text).type).toBe('unknown');
    expect(spoken(text).type).not.toBe('analytical');
  });

  it.each([
    'I compared the stamp on my sterling bracelet with the receipt and had it tested: it is not 925.',
    '我把925银手链拿去检测,纯度只有九成,和标签对比完全不符。',
    '我把925銀手鍊拿去檢測,純度只有九成,和標籤對比完全不符。',
  ])('and a grade checked or tested still reads analytical: %s', (text) => {
    expect(reading(text).type).toBe('analytical');
  });
});
