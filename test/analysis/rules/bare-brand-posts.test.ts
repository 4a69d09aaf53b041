import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The flags' kinds of a text pasted whole as what happened, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a public post that names the business by its bare brand, with no shop noun', () => {
  it.each([
    // Bought from or at it.
    'I ordered a charm necklace from Glimmerbay last month and paid for express delivery. It arrived broken.',
    'We bought her bangle at Orlane Rowe in the spring, and the plating has already worn through.',
    // What only a business does or has: selling, a gift card, a clasp and a customer service by the possessive.
    'I picked out two bracelets for my sister. Glimmerbay sell themselves as a designer brand, yet the stones are plastic.',
    'I was given a Glimmerbay $100 gift certificate, so I chose a necklace. It snapped within a day.',
    "My bracelet is two months old and Orlane's clasp broke again; I returned it twice.",
    // A brand built on the trade's word, joined or as two words.
    'My eye exam was in May and I still have no contact lenses. This Eyeworks debacle began with a late doctor.',
    'Lens Depot was busy again. My glasses were not ready and the right lens had a scratch in it.',
  ])('when the customer tells it, then social-media is flagged: %s', (text) => {
    expect(kinds(text)).toContain('social-media');
  });

  it.each([
    // A customer's message to the shop is not yet public, however the shop is named.
    'I ordered a charm necklace from Glimmerbay and I want you to refund me, your website promised delivery in a week.',
    // A person's own piece, a holiday, family called by title: no business.
    "I bought a bracelet for my niece. Sarah's necklace broke the week after, and we were upset.",
    'I bought the ring at Christmas and the stone fell out in March.',
    'I chose the watch with Mom. Mom sold her old one last year, and this one stopped.',
    // A name before "Optical" is left to the shop noun's rule.
    'I picked up my glasses at Northgate Optical and the lens was scratched.',
  ])('when the text is spoken to the shop or names no business, then social-media is not flagged: %s', (text) => {
    expect(kinds(text)).not.toContain('social-media');
  });
});
