import { describe, expect, it } from 'vitest';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const reading = (complaint: { narrative: string; customerWords?: string }) =>
  readTemperament(ComplaintSchema.parse(complaint));

/**
 * The labelling guide's rule of thumb: citing a test, a figure or a clause does not make a customer analytical when
 * they swing it as a club for an outcome of their own — double damages, an ultimatum, the shop's offer turned down.
 * A retelling tells what was done with the evidence; staff who saw the customer lay it out calmly know better, so
 * their words keep the reading. Texts written for these tests in three scripts, not taken from any labelled set.
 */
describe('evidence swung for an outcome of their own reads forceful', () => {
  it.each([
    [
      'Mr Lee had the stone tested at an independent lab, which graded it two colours lower than the certificate. He refused the offer of a replacement stone.',
    ],
    ['王先生拿着鉴定结果找到金店,检测报告显示净度比证书低了两级,他要求双倍赔偿。'],
    ['王先生拿著鑑定結果找到金店，檢測報告顯示淨度比證書低了兩級，他要求雙倍賠償。'],
  ])('when a retelling has the customer press it, then forceful is read: %s', (narrative) => {
    const result = reading({ narrative });
    expect(result.type).toBe('forceful');
    expect(result.confidence).toBeLessThan(0.5);
  });

  it.each([
    [
      'Mr Lee had the stone tested at an independent lab, which graded it two colours lower; the shop had charged double the price of a plain setting.',
    ],
  ])('when a price is only told, then analytical stays: %s', (narrative) => {
    expect(reading({ narrative }).type).toBe('analytical');
  });

  it('when staff took down the customer laying it out calmly, then analytical stays', () => {
    const result = reading({
      narrative: '王先生拿着鉴定结果来店,检测报告显示净度比证书低了两级。',
      customerWords: '这是检测报告,净度是SI2,证书写的是VS1,请你们核对一下数据,否则我只能要求双倍赔偿。',
    });
    expect(result.type).toBe('analytical');
  });
});
