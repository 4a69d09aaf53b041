import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

/** The crisis flags' kinds of a text pasted whole as what happened, with no "came from" set. */
const crisisOf = (narrative: string) =>
  detectFlags(ComplaintSchema.parse({ narrative }))
    .filter((flag) => flag.group === 'crisis')
    .map((flag) => flag.kind);

describe('a step to an outside party named only to be denied', () => {
  it.each([
    "I didn't report them to the BBB, I just want my money back.",
    'I never filed a complaint with Trading Standards.',
    'We did not go to the newspaper about it.',
    'No one called the police.',
    'I chose not to leave a review on Yelp.',
    '她没有去12315投诉,只想换一条。',
    '我没向消协投诉,也没找媒体。',
    '她說不會去找記者,只想店家道歉。',
    '我未有向消委會投訴。',
    '其实我也懒得去12315。',
  ])('then no crisis flag is raised: %s', (text) => {
    expect(crisisOf(text)).toEqual([]);
  });

  it.each([
    // A threat counts as the step, as the labelling guide has it, and a negator in its condition denies nothing.
    ["If you don't refund me I'll go to the BBB.", 'consumer-council'],
    ["I won't hesitate to call a lawyer.", 'lawyer'],
    ['If they don’t fix it, I will report them to Trading Standards.', 'regulator'],
    ['不退款我就去12315投诉。', 'consumer-council'],
    ["If they won't pay I'll go to the BBB.", 'consumer-council'],
    ['她没找到原因就向消协投诉了。', 'consumer-council'],
    ['如果不給說法,我會向消協投訴。', 'consumer-council'],
    // A denial of something else, then the step, in another clause.
    ["They didn't answer my emails, and I filed a complaint with the BBB.", 'consumer-council'],
    ['商家不退款,她去了消协。', 'consumer-council'],
    // Two negators that affirm: she had to.
    ['她不得不报警。', 'regulator'],
    ['我不得不向市場監管局投訴。', 'regulator'],
  ])('when it is a threat or the step is taken, then it is flagged: %s', (text, kind) => {
    expect(crisisOf(text)).toContain(kind);
  });
});

describe('the police threatened against the customer are no step the customer took', () => {
  it.each([
    '我跟店员理论，店员说再闹就报警，态度很差。',
    '保安说我再不走就报警。',
    '佢話我再嘈就報警，咁嘅服務態度真係冇得頂。',
    '他們還說我再鬧就要叫警察來處理，把我當小偷一樣。',
  ])('when the shop warns the customer it will call the police, then no crisis flag is raised: %s', (text) => {
    expect(crisisOf(text)).toEqual([]);
  });

  it.each(['你们再不退款我就报警！', '你們再不退款我就報警！'])(
    'when the customer threatens the police over the shop’s conduct, then it is the regulator: %s',
    (text) => {
      expect(crisisOf(text)).toEqual(['regulator']);
    },
  );
});
