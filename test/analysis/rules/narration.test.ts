import { describe, expect, it } from 'vitest';
import { cues, findCues } from '../../../src/analysis/rules/cue.ts';
import { detectFlags } from '../../../src/analysis/rules/detect-flags.ts';
import { readTemperament } from '../../../src/analysis/rules/read-temperament.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';

const kinds = (narrative: string) => detectFlags(ComplaintSchema.parse({ narrative })).map((flag) => flag.kind);
const temperament = (narrative: string) => readTemperament(ComplaintSchema.parse({ narrative }));

describe('third-person narration and English inflections', () => {
  it.each([
    ['irritable', 'Every time we call her back she yells at whoever picks up.'],
    ['irritable', 'Her son was screaming in the middle of the store.'],
    ['stubborn', 'He refuses to accept anything but a brand-new ring.'],
    ['nagging', 'She kept calling the branch, asking the same questions about her order.'],
    ['vulgar', 'He swears at the young assistant and walks out.'],
    ['violence', 'The husband threatens to smash the glass counter.'],
  ] as const)('when a narrator tells it in any inflection, then %s is flagged: %s', (kind, text) => {
    expect(kinds(text)).toContain(kind);
  });

  it('when the clause is about what the staff did, then it is not the customer’s behaviour', () => {
    expect(kinds('The manager yelled at my wife in front of everyone.')).not.toContain('irritable');
    expect(kinds('店员坚持说是人为损坏,不给保修。')).not.toContain('stubborn');
    expect(kinds('A member of staff argued with me about the hallmark.')).not.toContain('argumentative');
  });

  it('when a staff clause goes on to the customer, then the customer’s act still counts', () => {
    expect(kinds('店员每解释一句他都要反驳,说我们在骗人。')).toContain('argumentative');
  });

  it('when a retelling says she demands and wants it now, then she reads as forceful', () => {
    const reading = temperament('She demands a new strap and she wants it done today.');
    expect(reading.type).toBe('forceful');
    expect(reading.evidence.map((item) => item.quote).join(' ')).toContain('demands');
  });

  it('when only the staff were impatient, then the customer is not read as forceful', () => {
    expect(temperament('The manager was impatient and curt with the old lady.').type).not.toBe('forceful');
  });

  it.each([
    ['营业员大声嚷嚷，说我们弄坏了手镯。'],
    ['營業員大聲嚷嚷，說我們弄壞了手鐲。'],
    ['店主大吼大叫，说是我们自己摔坏的。'],
    ['The worker yelled at us and said we had bent the bangle.'],
    ['A sales rep shouted at my mother over the receipt.'],
  ])(
    'when the shop’s side is named by any of its everyday titles, then its shouting is not the customer’s: %s',
    (text) => {
      expect(kinds(text)).not.toContain('irritable');
      expect(temperament(text).scores.forceful).toBe(0);
    },
  );

  it('when a cue marks a word ending inside a phrase, then any ending matches there', () => {
    expect(findCues(cues(1, 'threaten* to hit'), 'He threatened to hit the clerk.', 'narrative')).toHaveLength(1);
    expect(findCues(cues(1, 'threaten* to hit'), 'He threatened the clerk.', 'narrative')).toEqual([]);
  });

  it('when a denial uses a curly apostrophe, then the cue is still denied', () => {
    expect(kinds('To be fair she didn’t shout at anyone.')).not.toContain('irritable');
  });

  it.each([
    ['forceful', '她一气之下回到店里和店员理论,认定这就是欺诈。'],
    ['forceful', 'She was furious and went straight to the manager to confront the clerk.'],
    ['peaceable', '她觉得很委屈,也不知道该怎么办,只好向消协求助。'],
    ['peaceable', 'He trusted what the salesman said and waited patiently for weeks; he is heartbroken.'],
    ['analytical', '他把手镯拿去另一家店称重,又送检复检,逐一核实发票上的数字。'],
    ['analytical', 'She weighed the ring twice and got a second opinion from an independent jeweller.'],
    ['lively', 'She tells the whole thing as a hilarious story, jokingly calling it her cursed ring, haha.'],
  ] as const)('when a retelling shows how the customer behaves, then %s is read: %s', (type, text) => {
    const reading = temperament(text);
    expect(reading.type).toBe(type);
    // Told by someone else, the reading stays a hint.
    expect(reading.confidence).toBeLessThan(0.5);
  });

  it('when a reporter narrates the occasion or the test, then that is subject matter, not the customer’s type', () => {
    // A wedding, a gift and a lab test in the reporter's words show nothing about her.
    expect(temperament('The ring was a wedding gift. The store sent it for testing and issued an invoice.').type).toBe(
      'unknown',
    );
    expect(temperament('这枚戒指是婚礼上的礼物,后来店家拿去鉴定,开了发票。').type).toBe('unknown');
    // Quoted in her own words, the same topics count.
    expect(temperament('她说:“这款颜色和款式我超喜欢,是婚礼上的礼物!”').type).toBe('lively');
  });
});
