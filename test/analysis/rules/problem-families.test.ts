import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../src/analysis/read-facts.ts';
import { ComplaintSchema } from '../../../src/domain/complaint.ts';
import { DEFAULT_POLICY_PATH, loadPolicySync } from '../../../src/policy/load-policy.ts';

const policy = loadPolicySync(DEFAULT_POLICY_PATH);
const problemOf = (narrative: string) => readFacts(ComplaintSchema.parse({ narrative }), policy).problem;

describe('a problem said in any form of its verbs, not only the forms a cue list happened to hold', () => {
  it.each([
    // A set stone coming away: every stone's name before every form of falling out, coming loose, going missing.
    ['lost-stone', 'Two of the tiny side diamonds had fallen out within a month.'],
    ['lost-stone', 'One of the sapphires keeps coming loose, and the jeweller just pushes it back.'],
    ['lost-stone', 'Her ring is now missing its centre stone.'],
    ['lost-stone', 'The emeralds were popping out one after another.'],
    ['lost-stone', '戒指上的碎钻松动了,一碰就晃。'],
    ['lost-stone', '才戴兩週,戒指上的鑽石就脫落了。'],
    ['lost-stone', '吊坠上的主石不见了。'],
    // Plating wearing through, in every form of rubbing, wearing, peeling.
    ['plating-wear', 'The gold is rubbing off the bracelet where it touches the desk.'],
    ['plating-wear', 'After a month the gold plating was wearing away at the clasp.'],
    ['plating-wear', '手链的镀层没几天就磨损了。'],
    // Goods not what they were sold as, however the verb is put.
    ['defect', 'The jeweller across the road confirmed that the bracelet isn’t real silver.'],
    ['defect', 'It turned out the pearls were not genuine.'],
    ['broken', 'The band bent out of shape the first week.'],
    ['tarnish', '银项链戴了几天就发绿了。'],
    // Every form of the policy's own words: tarnishing, oxidation, fading, peeled, fogging.
    ['tarnish', 'The bracelet keeps tarnishing no matter how often she polishes it.'],
    ['tarnish', 'The shop blamed oxidation, but the necklace was blackening within a week.'],
    ['plating-wear', 'The colour is fading on the clasp and the finish has peeled at the back.'],
    ['water-damage', 'After one swim the crystal was fogging and misted up from inside.'],
    ['defect', 'The jeweller admitted the pendants from that shipment had manufacturing defects.'],
  ] as const)('then the problem is %s: %s', (problem, text) => {
    expect(problemOf(text)).toBe(problem);
  });

  it('when the text says the stone did not come away, or names a stone without losing it, then it is no lost stone', () => {
    expect(problemOf('The diamond is beautiful and the clasp broke on day two.')).not.toBe('lost-stone');
    expect(problemOf('She checked the ring: no stone had come loose.')).not.toBe('lost-stone');
  });

  it('when it is the staff who claim a fault, then that claim is not the problem', () => {
    expect(problemOf('The clerk said the gold was just rubbing off from wear.')).not.toBe('plating-wear');
  });

  it('when nothing names a problem, then it stays unknown', () => {
    expect(problemOf('She came in on Tuesday and asked to speak to the manager.')).toBeNull();
  });
});
