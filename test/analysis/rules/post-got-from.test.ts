import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The flags' kinds of a text pasted whole as what happened, with no "came from" set. */
const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);

describe('a review names the business its goods were got from or paid for at', () => {
  it.each([
    'I got my last two pairs of glasses from Brellmart. I paid a fair price, but within a year the coating was peeling off both.',
    'I paid $180 for my reading glasses at Brellmart in the spring. I have worn glasses for thirty years and never seen lenses scratch like these.',
    // The same review in Chinese names the business in Latin letters beside the customer's own account.
    '我在Brellmart配的眼镜,我戴了不到一年镀膜就掉了。大家千万别去。',
    '我在Brellmart配的眼鏡,我戴了不到一年鍍膜就掉了。大家千萬別去。',
  ])('flags social-media: %s', (text) => {
    expect(kinds(text)).toContain('social-media');
  });

  it.each([
    // What was got is no goods: a call, a reply, a wedding.
    'I got a call from Sarah at last. I had waited three weeks for my glasses and I told her I was upset about my order.',
    'We got married at Rosewood Manor last June and my ring has been loose ever since. I took it back twice and I still wait.',
    // A staff note and a message to the shop are no posts.
    'A customer came in today. She got her glasses from Brellmart last year and I told her we could not adjust them.',
    'I got my glasses from your Brellmart store last year and the coating is peeling. Please contact me about a replacement.',
  ])('raises no social-media: %s', (text) => {
    expect(kinds(text)).not.toContain('social-media');
  });
});
