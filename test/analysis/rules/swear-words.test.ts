import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The flags' kinds of a text pasted whole as what happened. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('swear words written into a customer’s own account or quoted from them mark abuse (vulgar)', () => {
  it.each([
    '"Just charge me the fucking ten dollars," I told the woman at the counter.',
    'I said it was bullshit, the buttons worked two days ago.',
    '店家说盒子要另加钱,TMD,网页上根本没写。',
    '日他大爷的,三节表带收我三十块。',
    '佢話唔包修,我即刻話佢仆街,收皮啦。',
    '他當場罵店員「屌你」,然後把手錶摔在櫃檯上。',
  ])('then vulgar is flagged: %s', (text) => {
    expect(kinds(text)).toContain('vulgar');
  });

  it.each([
    // Words that only contain one, or 靠 that means "rely on".
    'The shiitake risotto was fine; the watch strap was not.',
    '我靠自己攒钱买的这条项链,戴了一周就断了。',
    // The shop's side swearing is the staff's, not the customer's.
    'The manager said it was bullshit and refused the refund.',
  ])('when no customer swears, then vulgar is not flagged: %s', (text) => {
    expect(kinds(text)).not.toContain('vulgar');
  });
});
