import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { type ComplaintInput, ComplaintSchema } from '../../../src/domain/complaint.ts';

const kinds = (input: ComplaintInput) => detectFlags(ComplaintSchema.parse(input)).map((flag) => flag.kind);

describe('detectFlags', () => {
  it.each([
    ['media', '你们不给说法,我就找电视台记者来曝光'],
    ['social-media', '我回去就发小红书和抖音,让大家都看看'],
    ['consumer-council', '不处理我就打12315投诉到消协'],
    ['lawyer', '我已经咨询律师了,准备起诉你们'],
    ['media', "If this isn't sorted I'm calling a reporter at the newspaper."],
    ['social-media', "I'll post it online and leave a one-star Google review."],
    ['consumer-council', "I'm going to the consumer council about this."],
    ['lawyer', 'My solicitor will be in touch; I will sue.'],
  ] as const)('when the customer threatens it, then the crisis flag %s is raised', (kind, words) => {
    expect(kinds({ narrative: '顾客投诉', customerWords: words })).toContain(kind);
  });

  it('when a crisis sign and a difficult sign both show, then crisis comes first with advice', () => {
    const flags = detectFlags(
      ComplaintSchema.parse({ narrative: 'x', customerWords: '我要找记者', behaviour: '喝了酒,满身酒气,大吼大叫' }),
    );
    expect(flags[0]?.group).toBe('crisis');
    expect(flags.map((flag) => flag.kind)).toEqual(expect.arrayContaining(['media', 'drunk', 'irritable']));
    for (const flag of flags) expect(flag.advice.length).toBeGreaterThan(0);
  });

  it('when the sign is denied or innocent, then no flag is raised', () => {
    expect(kinds({ narrative: '顾客没有骂人,也没有大吼,只是想换一条。' })).toEqual([]);
    expect(kinds({ narrative: 'She bought it online last week and the official receipt is attached.' })).toEqual([]);
    expect(kinds({ narrative: '项链不小心摔了一下就断了' })).toEqual([]);
  });

  it('when a special customer or violence shows, then each is flagged', () => {
    expect(kinds({ narrative: '顾客是孕妇,站久了不舒服' })).toContain('special-customer');
    expect(kinds({ narrative: 'He shoved our cashier and smashed the display.' })).toContain('violence');
  });
});
