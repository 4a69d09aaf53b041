import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags read from a text pasted whole. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('difficult-customer signs, read as what the customer did', () => {
  it.each([
    ['irritable', 'I offered to exchange it, and then the claws came out.'],
    ['irritable', 'He flew off the handle when we asked for the receipt.'],
    ['irritable', 'She threw a tantrum at the repair counter.'],
    ['irritable', '顾客当场大发雷霆,要求店长出来。'],
    ['irritable', '顧客當場拍桌子,說要找經理。'],
    ['stubborn', '她就认定是店员调了包,怎么解释都没用。'],
    ['stubborn', '他非要今天退款不可。'],
    ['stubborn', '顾客坚持要退货,换新的也不要。'],
    ['stubborn', '顧客堅持退款,說要去市場監管局。'],
  ] as const)('when the customer shows it, then %s is flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    // 并非要求 is "not asking": no 非要 (insisting) in it; 除非 is "unless".
    ['stubborn', '他说发帖并非要求任何补偿,只想提醒别人。'],
    ['stubborn', '他說發帖並非要求任何補償。'],
    // 认定 as "determine" is the shop's or an inspector's finding, not a fixed mind.
    ['stubborn', '送去专柜维修,却遇到责任难以认定的尴尬。'],
    // 坚持 alone is keeping at something, not holding to a demand.
    ['stubborn', '孩子坚持戴了一年多,镜片就花了。'],
    ['stubborn', '她堅持每天戴著這條手鍊,三個月就掉色了。'],
    // Going back on a paid deal is not hesitating between two choices.
    ['indecisive', '拍完照付了款,她又反悔要求全额退款。'],
  ] as const)('when the words only look like it, then %s is not flagged: %s', (kind, text) => {
    expect(kinds(text)).not.toContain(kind);
  });

  it("when a named shop supervisor says what she refuses, then the dare in it is hers, not the customer's step", () => {
    expect(kinds('店铺主任金女士表示,不接受退款,不满意可以去消协投诉。')).not.toContain('consumer-council');
    expect(kinds('店鋪負責人表示,顧客要告就去法院告。')).not.toContain('lawyer');
  });
});
