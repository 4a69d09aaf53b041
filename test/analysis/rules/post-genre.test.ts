import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The flags' kinds of a text pasted whole as what happened, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('an English post read from several weak features of the genre together', () => {
  it.each([
    // The business by its places in the possessive, whatever it calls them.
    'I needed new lenses, so I sought out Brellmart’s Optical center downstairs. They lost my prescription twice.',
    'My parcel never came, so I opened a case with zBuyit’s Resolution Center and waited a month.',
    // A trade's noun with the name beside it.
    'One arm of my glasses snapped, so I took them to the opticians (now Farrow who bought the old chain). They kept them a week.',
    // First person throughout, a name visited, and the reader addressed: a title, a story frame, advice.
    'Farrow Sucks\n\nI waited a month for my frames. I rang them every week and got nowhere. Then I went back to Farrow and they had lost them.',
    'I was thrilled with my frames at first. Long story short, I went back to Farrow three times and they never fixed the hinge. My advice is simple.',
    'I loved my frames at first and I told everyone. You could call me naive. I went back to Farrow twice and the hinge still wobbles.',
    'I thought my frames were a bargain, and I was wrong. I went back to Farrow twice about the hinge. Don’t waste your money there.',
  ])('when the customer tells it and names the business, then social-media is flagged: %s', (text) => {
    expect(kinds(text)).toContain('social-media');
  });

  it.each([
    // A message to the shop, however it is framed.
    'Farrow Sucks\n\nI waited a month for my frames from your store. I rang every week and got nowhere. Then I went back to Farrow and you had lost them.',
    // A staff member retelling a customer.
    'Long story short: I work at Farrow’s Optical center. A customer came in and I told her I had sent her frames back and my manager would ring her.',
    // A first-person story that names no business.
    'Long story short, I waited a month for my frames. I rang the shop every week and got nowhere. Don’t waste your money there.',
    // Weak features alone, with no reader addressed: a name visited in a first-person story is no review.
    'I waited a month for my frames and I rang every week. Then I went back to Farrow and they had lost them.',
    // A person's place in the possessive is no business.
    'I left my ring at Sarah’s house and my sister brought it back broken. I was upset for a week.',
  ])('when the text is to the shop, in its voice, names no business or weighs too little, then no post: %s', (text) => {
    expect(kinds(text)).not.toContain('social-media');
  });
});
