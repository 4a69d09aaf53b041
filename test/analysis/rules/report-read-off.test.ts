import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

/**
 * 告上 (to take someone to court) hides inside 报告上 ("on the report") and 公告上 ("on the notice"): a test report read
 * off sues no one, while a shop taken to a court or a tribunal is still a claim for damages. Texts written for these
 * tests.
 */
describe('a report read off is no lawsuit', () => {
  it.each([
    ['鉴定报告上显示这不是天然翡翠。'],
    ['檢測報告上寫著含金量不足九成。'],
    ['The lab report on the stone said it was glass.'],
  ])('when a report is only read, then nothing is asked: %s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it.each([
    ['compensation', '协商无果,她把商家告上了法院。'],
    ['compensation', '協商無果,佢將店舖告上小額錢債審裁處。'],
    ['compensation', 'When talks failed, she sued the jeweller in small claims court.'],
  ] as const)('when a shop is taken to court, then %s is read: %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });
});
