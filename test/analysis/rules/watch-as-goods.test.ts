import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const categoryOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).category;

/**
 * "Watch for", "watch as" are verbs ("watch for the bus", "watch as he drops it"), but after "my", "a" or "the" the
 * watch is the goods: "I dropped off my watch for a new battery", "bought a watch for my son".
 */
describe('a watch named with its owner or an article is goods, whatever word follows it', () => {
  it.each([
    'I dropped off my watch for a new battery and it came back with a scratched glass.',
    'My husband took his watch for a service and they kept it for two months.',
    'I bought a watch for my son’s graduation and the strap broke in a week.',
    'Left the watch for repair in March, still waiting.',
    'Sent my watch as a warranty claim and heard nothing since.',
    // The same goods in Chinese words, which have no such verb.
    '我把手表拿去换电池,拿回来表蒙就花了。',
    '我把手錶拿去換電池,拿回來錶蒙就花了。',
  ])('then the category is watch: %s', (text) => {
    expect(categoryOf(text)).toBe('watch');
  });

  it.each([
    'Watch for the hidden fees when they quote you for a dry-cleaning job.',
    'You have to watch as they ruin your sofa cushions in front of you.',
  ])('and "watch" as a verb still names no goods: %s', (text) => {
    expect(categoryOf(text)).toBe('other');
  });
});
