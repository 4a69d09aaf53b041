import { describe, expect, it } from 'vitest';
import type { FlagKind } from '../../src/domain/analysis.ts';
import type { RealComplaint } from '../../src/evaluation/real-set.ts';
import { type RealPrediction, scoreRealPredictions } from '../../src/evaluation/score-real.ts';

type Label = RealComplaint['label'];
const label = (overrides: Partial<Label> = {}): Label => ({
  temperament: 'forceful',
  temperamentWhy: 'demands it now',
  flags: [],
  aim: 'refund',
  category: 'jewellery',
  problem: 'lost-stone',
  ...overrides,
});
const actual = (overrides: Partial<RealPrediction['actual']> = {}): RealPrediction['actual'] => ({
  temperament: 'forceful',
  confidence: 0.8,
  flags: [],
  aim: 'refund',
  category: 'jewellery',
  problem: 'lost-stone',
  ...overrides,
});
let n = 0;
const predict = (expected: Partial<Label>, read: Partial<RealPrediction['actual']>): RealPrediction => ({
  id: `r-${++n}`,
  label: label(expected),
  actual: actual(read),
});

describe('scoring real complaints', () => {
  it('when the engine says unknown for a typed complaint, then it counts as wrong; a no-cue complaint is counted apart', () => {
    const card = scoreRealPredictions([
      predict({}, {}),
      predict({}, { temperament: 'unknown', confidence: 0 }),
      predict({ temperament: 'unknown' }, { temperament: 'unknown', confidence: 0 }),
      predict({ temperament: 'unknown' }, { temperament: 'peaceable', confidence: 0.15 }),
    ]);
    expect(card.temperament).toMatchObject({ accuracy: 0.5, labelled: 2, noCue: 2, noCueLeftUnknown: 1 });
  });

  it('when types are shown with a confidence, then each band says how often it was right', () => {
    const card = scoreRealPredictions([
      predict({}, { confidence: 0.9 }),
      predict({ temperament: 'lively' }, { confidence: 0.8 }),
      predict({}, { confidence: 0.6 }),
      predict({}, { confidence: 0.1 }),
      predict({}, { confidence: 1 }),
    ]);
    const band = (from: number) => card.temperament.calibration.bands.find((entry) => entry.from === from);
    expect(band(0.75)).toMatchObject({ shown: 3, right: 2 });
    expect(band(0.75)?.accuracy).toBeCloseTo(2 / 3);
    expect(band(0.5)).toMatchObject({ shown: 1, right: 1, accuracy: 1 });
    expect(band(0)).toMatchObject({ shown: 1, right: 1 });
    expect(band(0.25)).toMatchObject({ shown: 0, right: 0, accuracy: 0 });
    // Trusted: shown at 0.5 or more (0.9, 0.8, 0.6, 1), three of them right.
    expect(card.temperament.calibration.trusted).toEqual({ shown: 4, right: 3, accuracy: 0.75 });
  });

  it('when crisis and difficult flags are raised, then each group has its own precision and recall, and crisis complaints found are counted', () => {
    const flags = (...kinds: FlagKind[]) => kinds;
    const card = scoreRealPredictions([
      predict({ flags: flags('media', 'irritable') }, { flags: flags('media') }),
      predict({ flags: flags('consumer-council') }, { flags: flags('lawyer', 'irritable') }),
      predict({ flags: flags('social-media') }, { flags: [] }),
      predict({}, { flags: flags('media') }),
    ]);
    expect(card.crisis).toMatchObject({ labelled: 3, raised: 3, hits: 1, cases: 3, casesFound: 2 });
    expect(card.crisis.precision).toBeCloseTo(1 / 3);
    expect(card.crisis.recall).toBeCloseTo(1 / 3);
    expect(card.difficult).toMatchObject({ labelled: 1, raised: 1, hits: 0, precision: 0, recall: 0 });
  });

  it('when aim, problem and category are read, then unknown must be read as unknown, lost stones and outside goods are counted', () => {
    const card = scoreRealPredictions([
      predict({ aim: 'unknown', problem: 'unknown' }, { aim: 'repair', problem: 'unknown' }),
      predict({ category: 'other', problem: 'service' }, { category: 'other', problem: 'service' }),
      predict({ category: 'other' }, { category: 'jewellery', problem: 'broken' }),
      predict({}, {}),
    ]);
    expect(card.aim.accuracy).toBe(0.75);
    expect(card.problem.accuracy).toBe(0.75);
    expect(card.problem.lostStone).toEqual({ labelled: 2, found: 1 });
    expect(card.category.accuracy).toBe(0.75);
    expect(card.category.outside).toEqual({ labelled: 2, keptOut: 1 });
    expect(card.misses).toContainEqual({ id: expect.any(String), field: 'aim', expected: 'unknown', actual: 'repair' });
  });
});
