import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const categoryOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).category;

describe('goods named by their maker or chain', () => {
  it.each([
    ['jewellery', '在周大福买的东西,才一个月就出了问题,柜台不给处理。'],
    ['jewellery', '喺周生生買嘅嘢,個扣用咗兩星期就鬆咗。'],
    ['jewellery', '老凤祥的店员说过了七天就不能退。'],
    ['jewellery', 'I bought it at Chow Tai Fook in the airport and the clasp failed a week later.'],
    ['jewellery', 'The Swarovski piece I got for my birthday lost its sparkle in a month.'],
    ['watch', 'My Fossil stopped after a year and the service centre wants a fortune.'],
    ['watch', '那块天梭表买回来就走不准。'],
    ['glasses', 'Specsavers got my prescription wrong twice and still charged me.'],
    ['glasses', '在吴良材配的东西,戴上就头晕。'],
    ['glasses', 'LensCrafters told me the coating scratches were my fault.'],
  ])('%s: %s', (category, text) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('and a first name that is also a maker’s names no goods', () => {
    expect(categoryOf('Jared at the bakery sold us a stale cake and would not refund it.')).toBe('other');
  });
});

describe('costume pieces named by their chain', () => {
  it.each([
    'The Lovisa earrings turned my ears green within a day.',
    'My Premier Designs bracelet arrived broken, and the consultant wanted me to post it back.',
    '在哎呀呀饰品买的耳环,戴了两天就掉色。',
    '喺哎呀呀飾品買嘅耳環,戴咗兩日就甩色。',
  ])('are alloy: %s', (text) => {
    expect(categoryOf(text)).toBe('alloy');
  });
});
