import { describe, expect, it } from 'vitest';
import { readAim, readRequestedAmount } from '../../../src/analysis/rules/read-aim.ts';
import { type ComplaintInput, ComplaintSchema } from '../../../src/domain/complaint.ts';

const complaint = (input: ComplaintInput) => ComplaintSchema.parse(input);

describe('readAim', () => {
  it('when the customer stresses the faults again and again without insisting on a refund, then the aim is a discount (seed 000)', () => {
    const aim = readAim(
      complaint({
        narrative: '顾客反复说手链做工粗糙',
        customerWords: '你看这做工,质量太差了,这里还有划痕,这种瑕疵你们也卖?',
      }),
    );
    expect(aim.kind).toBe('discount');
    expect(aim.evidence.length).toBeGreaterThan(0);
    expect(aim.note.zh.length).toBeGreaterThan(0);
  });

  it('when the customer repeats one demand firmly, then that demand is the aim', () => {
    const aim = readAim(complaint({ narrative: 'x', customerWords: '我就要换货!换一条新的!今天必须换货!' }));
    expect(aim.kind).toBe('exchange');
  });

  it('when the customer hedges a refund while stressing faults, then the stated refund is kept apart from the likely discount', () => {
    const aim = readAim(
      complaint({
        narrative: 'Customer unhappy with bracelet quality.',
        customerWords: 'The quality is poor, there is a scratch here and another flaw there. Maybe a refund?',
      }),
    );
    expect(aim).toMatchObject({ kind: 'discount', stated: 'refund' });
  });

  it('when nothing is asked, then the aim is unknown, whatever the problem', () => {
    expect(readAim(complaint({ narrative: 'Watch battery died.' })).kind).toBe('unknown');
    expect(readAim(complaint({ narrative: '店员态度差' })).kind).toBe('unknown');
    expect(readAim(complaint({ narrative: 'hmm' })).kind).toBe('unknown');
  });
});

describe('readRequestedAmount', () => {
  it('when the customer asks for a sum, then it is read in either language', () => {
    expect(readRequestedAmount(complaint({ narrative: 'x', customerAsk: '赔偿200元' }))).toBe(200);
    expect(
      readRequestedAmount(complaint({ narrative: 'x', customerWords: 'I want compensation of $50 for this.' })),
    ).toBe(50);
  });

  it('when the sum is written with a thousands separator or in Chinese numerals, then its whole value is read', () => {
    expect(readRequestedAmount(complaint({ narrative: 'x', customerAsk: '赔我5,000元' }))).toBe(5000);
    expect(readRequestedAmount(complaint({ narrative: 'x', customerWords: '你们必须赔我五千块!' }))).toBe(5000);
    expect(readRequestedAmount(complaint({ narrative: 'x', customerAsk: 'compensation of RMB 2,500' }))).toBe(2500);
  });

  it('when a sum is only the price they paid, then it is not taken as a demand', () => {
    expect(
      readRequestedAmount(complaint({ narrative: 'x', customerWords: '这条项链89元,我才戴了两天' })),
    ).toBeUndefined();
  });
});
