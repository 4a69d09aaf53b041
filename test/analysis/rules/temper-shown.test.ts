import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Difficult-customer flags read from a text pasted whole. */
const flagsOf = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a difficult customer read from temper shown to staff, not from a feeling told', () => {
  it.each([
    ['irritable', 'I was furious when I saw the bill for the battery.'],
    ['irritable', '顾客气得一晚没睡,第二天写了一封投诉信。'],
    ['irritable', 'He was enraged by the bill and wrote to head office that night.'],
    ['irritable', '她看到鑑定結果後火冒三丈,回家寫了一篇長文。'],
  ] as const)('when it is only a feeling told, then %s is not flagged: %s', (kind, text) => {
    expect(flagsOf(text)).not.toContain(kind);
  });

  it.each([
    ['irritable', 'His face was contorted with rage and he shouted at the clerk.'],
    ['irritable', '顾客在柜台前大吼,把发票甩在柜台上。'],
  ] as const)('when the temper is shown, then %s is flagged: %s', (kind, text) => {
    expect(flagsOf(text)).toContain(kind);
  });
});
