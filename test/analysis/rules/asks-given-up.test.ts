import { describe, expect, it } from 'vitest';
import { readAim } from '../../../src/analysis/rules/read-aim.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The aim read from a text pasted whole, as a store manager pastes a report or a review. */
const aimOf = (narrative: string) => readAim(ComplaintSchema.parse({ narrative }), null).kind;

describe('an earlier plan goes on into the clause after it', () => {
  it.each([
    ['exchange', '本来我只是想拿去检测,帮我修好就可以。后来店家同意换一只新的。'],
    ['exchange', '本來我只是想拿去檢測,幫我修好就可以。後來店家同意換一隻新的。'],
    [
      'refund',
      'At first she just wanted them to check it, and to have the clasp fixed and the stone reset. In the end the store agreed to a refund.',
    ],
  ] as const)('%s ← %s', (aim, text) => {
    expect(aimOf(text)).toBe(aim);
  });

  it('when what would have been enough follows the plan, then it was enough only then', () => {
    expect(aimOf('表还在保修期内,我本来只想拿去检查,帮我修好就可以。')).toBe('unknown');
    expect(aimOf('錶還在保固期內,我本來只想拿去檢查,幫我修好就可以。')).toBe('unknown');
  });

  it('when the next clause turns from the plan, then its ask stands (a guard)', () => {
    expect(aimOf('她本来想修一下,但店员说修不好,她要求退款。')).toBe('refund');
    expect(aimOf('她本來想修一下,但是店員說修不好,她要求退款。')).toBe('refund');
  });
});

describe('a job the customer did or took elsewhere is asked no longer', () => {
  it.each([
    ['手表没电了,我拿去店里想换电池。店员开价三百元,太离谱了。最后我自己换了。'],
    ['手錶沒電了,我拿去店裡想換電池。店員開價三百元,太離譜了。後來拿去別家換,只要五十元。'],
    [
      'My watch stopped, so I took it in to have the battery replaced. The price was outrageous. In the end I did it myself with a kit.',
    ],
    ['I wanted the clasp repaired. They quoted three weeks, so I took it to another jeweller.'],
  ])('%s', (text) => {
    expect(aimOf(text)).toBe('unknown');
  });

  it('when doing it oneself is only the lever of a threat, then the ask stands (a guard)', () => {
    expect(aimOf('我要求店家维修。如果他们不修,我就自己修。')).toBe('repair');
    expect(aimOf('I want them to repair the clasp. If they will not, I will fix it myself.')).toBe('repair');
  });

  it('when something is asked after the job went elsewhere, then that is the ask', () => {
    expect(aimOf('我想换电池,店员开价太高,我拿去别家换了。现在我要求他们道歉。')).toBe('apology');
  });
});
