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
    'I took my watch to the repair shop, Tickers, for a battery, and it came back with a cracked crystal.',
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
    // A name after a shop noun and a comma that goes on to speak is a person, not the shop's name.
    'I took my watch to the repair shop, Anna told me it needed a battery, and it came back with a cracked crystal.',
    // Apple's products, one or several, name no business reviewed.
    'Long story short, I waited weeks for my watch strap and my two iPhones both scratched it. Don’t waste your money.',
    // A person's place in the possessive is no business.
    'I left my ring at Sarah’s house and my sister brought it back broken. I was upset for a week.',
  ])('when the text is to the shop, in its voice, names no business or weighs too little, then no post: %s', (text) => {
    expect(kinds(text)).not.toContain('social-media');
  });
});

describe('a Chinese post read from several weak features of the genre together', () => {
  it.each([
    // A brand in Latin letters, a title line and advice to readers, with the customer telling it.
    '在Lumina买的手链两周就断了\n我上个月买的手链,我戴了两周扣子就坏了,店员说不保修。大家千万别买。',
    '在Lumina買的手鍊兩週就斷了\n我上個月買的手鍊,我戴了兩週扣子就壞了,店員說不保修。大家千萬別買。',
    // The shop named plainly in a shorter own account, with the readers hailed.
    '我在明光眼镜店配的眼镜,戴了两天就头晕,我回去找他们也不理。各位评评理。',
    '我在明光眼鏡店配的眼鏡,戴了兩天就頭暈,我回去找他們也不理。各位評評理。',
  ])('when the customer tells it and names the business, then social-media is flagged: %s', (text) => {
    expect(kinds(text)).toContain('social-media');
  });

  it.each([
    // Spoken to the shop.
    '在Lumina买的手链两周就断了\n我在你们店买的手链,我戴了两周扣子就坏了。大家千万别买。',
    // In the shop's voice.
    '在Lumina买的手链两周就断了\n我们店昨天来了位顾客,我说手链我戴了两周扣子就坏了。大家千万别买。',
    // Weak features with no reader addressed, or 大家 as "everyone" rather than a hail.
    '我在Lumina买的手链两周就断了,我想退货。',
    '手链的扣子两周就坏了\n我在Lumina买的手链,我想退货,大家都说扣子不好。',
  ])('when the text is to the shop, in its voice, or weighs too little, then no post: %s', (text) => {
    expect(kinds(text)).not.toContain('social-media');
  });
});

describe('a message to the shop or a staff account is no post, however the shop is named', () => {
  it.each([
    // A letter's asks and sign-off.
    'I bought a bracelet at the Harbour Lane store in May and the clasp broke twice. Please contact me about a refund.\nKind regards,\nAnna',
    '我在明光眼镜店配的眼镜,我戴了两天就头晕,我希望能重新验光,请尽快回复。',
    '我在明光眼鏡店配的眼鏡,我戴了兩天就頭暈,我希望能重新驗光,請盡快回覆。',
    // Staff at work: their shift, a customer walking in.
    'During my shift a lady came in upset. I took her ring to the Harbour Lane repair shop next door for a new claw.',
    '我上班的时候有个客人进来,说我在明光眼镜店给她配的眼镜度数不对,我重新验了一次。',
    '我上班的時候有個客人進來,說我在明光眼鏡店給她配的眼鏡度數不對,我重新驗了一次。',
  ])('then social-media is not flagged: %s', (text) => {
    expect(kinds(text)).not.toContain('social-media');
  });
});
