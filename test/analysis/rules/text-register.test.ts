import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** Flags of a text pasted whole as what happened, with no "came from" set. */
const flagsOf = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative }));
const kinds = (narrative: string) => flagsOf(narrative).map((flag) => flag.kind);

describe("a text's register: a public post is the customer's own account naming the business", () => {
  it.each([
    'I took my watch to the Brightwell repair shop in March for a new battery, and it came back with a cracked crystal.',
    'We bought her engagement ring at the Harbour Lane store last spring. Two prongs have already bent.',
    'My glasses were ready a month late, and the lenses were wrong. I went back to the Clearsight optical store twice.',
    'I ordered a bracelet from OptiJewelworks online and paid for express delivery. It arrived three weeks later, tarnished.',
    'I went to Island EyeCare with a voucher and paid $700 for lenses I did not need.',
    '我上个月在明光眼镜店配了一副眼镜,我戴了两天就头晕,我回去找他们,他们说是我不习惯。',
    '我上個月在明光眼鏡店配了一副眼鏡,我戴了兩天就頭暈,我回去找他們,他們說是我不習慣。',
  ])('when the customer tells it and names the shop, then social-media is flagged: %s', (text) => {
    expect(kinds(text)).toContain('social-media');
  });

  it('quotes the features found as evidence', () => {
    const flag = flagsOf('I took my watch to the Brightwell repair shop in March, and it came back scratched.').find(
      (found) => found.kind === 'social-media',
    );
    expect(flag?.evidence[0]?.cue).toContain('own account "I took"');
    expect(flag?.evidence[0]?.cue).toContain('business named "Brightwell repair shop"');
  });

  it.each([
    // Spoken to the shop: a customer's message pasted by staff is not yet public.
    'I bought a ring from you at your Harbour Lane store last spring, and two prongs have already bent.',
    'Dear team, I took my watch to the Brightwell repair shop you recommended and it came back scratched.',
    '我上个月在你们店配的眼镜,我戴了两天就头晕,我想问你们明光眼镜店能不能重新验光。',
    // In the shop's own voice: a staff story about a customer.
    'I work at the Brightwell repair shop. A customer came in and said I took too long with her ring.',
    '我在明光眼镜店上班,我们店昨天来了一位顾客,说我给他配的眼镜度数不对,我重新验了一次。',
    // No business named: a blog about "a jeweller" reviews no one.
    'I took my watch to a jeweller downtown for a battery, and it came back with a cracked crystal.',
    '我在一家眼镜店配了眼镜,我戴了两天就头晕,我回去找过一次。',
    // A platform or an app the customer paid through, or a surname, is no business reviewed.
    'I paid through PayPal for my watch and it never arrived; Mr McDonald at the post office could not find it.',
    // Told in the third person, or the shop named with no one's own account.
    'The Brightwell repair shop replaced the battery, and the customer said the crystal was cracked.',
  ])(
    'when the text is spoken to the shop, in its voice, or names no shop, then social-media is not flagged: %s',
    (text) => {
      expect(kinds(text)).not.toContain('social-media');
    },
  );

  it("when the customer's own words name the shop, then it is no post: they are said to staff", () => {
    const complaint = ComplaintSchema.parse({
      narrative: 'Customer came back about her watch.',
      customerWords: 'I took my watch to the Brightwell repair shop and it came back scratched.',
    });
    expect(detectFlags(complaint).map((flag) => flag.kind)).not.toContain('social-media');
  });

  it('when a customer threatens the press in a message to the shop, then it is media by the threat, not a post', () => {
    const found = kinds(
      'I bought my ring at your Harbour Lane store. If you do not refund me, I will go to the newspaper.',
    );
    expect(found).toContain('media');
    expect(found).not.toContain('social-media');
  });
});

describe("a text's register: a news report narrates a stranger's complaint in a reporter's frames", () => {
  it.each([
    // A complainant named by title, and an expert a reporter asked.
    '林女士在一家金店洗了项链,拿回来细了一圈。林女士拿去复秤,少了两克。律师表示,店家应当赔偿。',
    '林女士在一家金舖洗了項鍊,拿回來細了一圈。林女士拿去複秤,少了兩克。律師表示,店家應當賠償。',
    // A name kept back, as reports and court news write it, with an expert.
    '金店老板李某接过项链放进盆里,捞出来时细了一圈。据医生介绍,这类清洗液有腐蚀性。',
    // A stranger introduced, with the complainant by title.
    '一位男士拿着玉牌来到质检中心,王先生买的时候商家称是天然翡翠,王先生想知道真假。',
  ])('when two frames of a report come together, then media is flagged: %s', (text) => {
    expect(kinds(text)).toContain('media');
  });

  it('quotes the frames found as evidence', () => {
    const flag = flagsOf('林女士在金店洗了项链,林女士发现少了两克。律师表示,店家应当赔偿。').find(
      (found) => found.kind === 'media',
    );
    expect(flag?.evidence.some((item) => item.cue?.includes('named by title "林女士"'))).toBe(true);
    expect(flag?.evidence.some((item) => item.cue?.includes('other voices "律师表示"'))).toBe(true);
  });

  it.each([
    // One frame alone: a staff note names its customer by title too.
    '林女士上周来店里洗项链,林女士拿回去发现细了一圈。',
    // In the first person: a customer or a member of staff, not a reporter.
    '林女士在我们店洗了项链,林女士发现少了两克,我跟她解释了,律师表示我们应当赔偿。',
    '我陪林女士去金店洗项链,林女士发现少了两克,律师表示店家应当赔偿。',
    // A date opening the text is a council's notice as much as a report.
    '9月27日,林女士在金店洗了项链,林女士发现少了两克。',
  ])('when the frames are too few or someone speaks in the first person, then media is not flagged: %s', (text) => {
    expect(kinds(text)).not.toContain('media');
  });
});

describe("a text's register: an English report refers to a person by surname once it has named them", () => {
  it('when a full name is followed by the surname alone, then media is flagged, quoting both', () => {
    const flag = flagsOf(
      'Kira Denney left her pearl necklace for a clasp repair. When Denney got it back, the pearls had lost their shine.',
    ).find((found) => found.kind === 'media');
    expect(flag?.evidence[0]?.cue).toBe('news report: full name "Kira Denney" + surname alone "Denney"');
  });

  it.each([
    // The narrator in the first person: a customer or a member of staff.
    'I served Kira Denney on Monday. When Denney came back, the pearls had lost their shine.',
    // By title, or by the whole name again, as staff and customers speak of people.
    'Ada Lane left her watch for a battery. When Mrs Lane came back, the crystal was cracked.',
    'Nick Ward owns the optical store. When Nick Ward looked again, the frames were the wrong size.',
    // A possessive is no one referred to: "Denney's" is a shop as often as a person.
    'Kira Denney works nearby. Denney’s shop sold the ring.',
  ])('when the person is not referred to as a report does, then media is not flagged: %s', (text) => {
    expect(kinds(text)).not.toContain('media');
  });
});
