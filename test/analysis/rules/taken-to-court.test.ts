import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const pasted = (narrative: string) => ComplaintSchema.parse({ narrative });

/**
 * Taking the shop to a court or a tribunal claims damages and is a lawyer's matter, in English as in Chinese
 * (告上法庭, 入禀小额钱债审裁处, which were read already and stay as guards): "took the jeweller to small claims court",
 * "is taking the store to the tribunal". Taking a ring to the jeweller is neither. Texts written for these tests.
 */
describe('a shop taken to court or a tribunal', () => {
  it.each([
    'I took the jeweller to small claims court over the ring.',
    'She is taking the store to the tribunal over the watch.',
    '她把金店告上法庭，要求赔偿。',
    '佢已經入禀小額錢債審裁處，追討賠償。',
  ])('when it is told, then the aim is compensation and a lawyer is flagged: %s', (text) => {
    expect(readAim(pasted(text), null).kind).toBe('compensation');
    expect(detectFlags(pasted(text)).map((flag) => flag.kind)).toContain('lawyer');
  });

  it('when a piece is taken to the jeweller, then nothing of the kind is read', () => {
    const text = 'I took my ring to the jeweller to have it cleaned.';
    expect(readAim(pasted(text), null).kind).not.toBe('compensation');
    expect(detectFlags(pasted(text)).map((flag) => flag.kind)).not.toContain('lawyer');
  });
});
