import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const complaint = (narrative: string) => ComplaintSchema.parse({ narrative });
const problemOf = (narrative: string) => readFacts(complaint(narrative), policy).problem;
const typeOf = (narrative: string) => readTemperament(complaint(narrative)).type;

/**
 * "Snapped at" someone is a temper; "snapped at the hinge", "at the clasp", "at its weakest point" is the piece giving
 * way there. What follows "at" tells them apart.
 */
describe('a piece that snapped at one of its parts broke, and shows no temper', () => {
  it.each([
    'My glasses frame snapped at the hinge after a month of normal wear.',
    'The chain snapped at the clasp the second time I wore it.',
    'The bangle snapped at its weakest point, right where it was resized.',
    // The same in Chinese, which breaks with 断 and has no such temper word: read already.
    '眼镜架戴了一个月就在铰链处断了。',
    '眼鏡架戴了一個月就在鉸鏈處斷了。',
  ])('then the problem is broken and no forceful customer is read: %s', (text) => {
    expect(problemOf(text)).toBe('broken');
    expect(typeOf(text)).not.toBe('forceful');
  });

  it.each([
    'When I asked about the chain she snapped at me and walked off.',
    'He snapped at the clerk and demanded his money back on the spot.',
  ])('and snapping at a person is still no breakage: %s', (text) => {
    expect(problemOf(text)).not.toBe('broken');
  });
});
