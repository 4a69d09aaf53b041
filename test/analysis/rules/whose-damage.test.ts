import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('damage the shop did to the piece in its hands is the shop’s work, not the piece’s fault', () => {
  it.each([
    'He went back for his new glasses and they broke his old pair while swapping the lenses over.',
    'The technician scratched the lens when he was adjusting the frame.',
    '取表的时候才发现表带被店员弄断了。',
    '拎返條手鏈先發現俾師傅整斷咗。',
    '師傅把我的鏡框修壞了,還要我再付錢。',
  ])('then the problem is the service: %s', (text) => {
    expect(problemOf(text)).toBe('service');
  });

  it('when the piece broke of itself, then it is broken', () => {
    expect(problemOf('The chain broke a week after I bought it.')).toBe('broken');
  });
});

describe('an accident told as one is the wearer’s, whoever had it', () => {
  it.each([
    'Gran accidentally sat on her glasses, and the shop would only sell her new frames at full price.',
    'I whacked my hand on the couch and the prongs bent; the jeweller wants $200 to straighten them.',
  ])('then the problem is what the shop made of it: %s', (text) => {
    expect(problemOf(text)).toBe('service');
  });
});

describe('a piece coming off the one who wears it is too big or lost, not broken', () => {
  it.each([
    'They sized the ring down because it kept falling off of me, and charged me twice for it.',
    'The bracelet kept coming off her wrist at the till and the clerk laughed at her.',
  ])('then it is no broken piece: %s', (text) => {
    expect(problemOf(text)).not.toBe('broken');
  });
});
