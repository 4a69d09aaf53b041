import { describe, expect, it } from 'vitest';
import { type Prediction, scorePredictions } from '../../src/evaluation/score.ts';

const prediction = (id: string, expected: Prediction['expected'], actual: Prediction['actual']): Prediction => ({
  id,
  expected,
  actual,
});

describe('scorePredictions', () => {
  it('when predictions are mixed, then accuracy, precision, recall and flag scores follow the counts', () => {
    const card = scorePredictions([
      prediction(
        'a',
        { temperament: 'forceful', flags: ['media'] },
        { temperament: 'forceful', flags: ['media', 'drunk'], aim: 'x', confidence: 0.9 },
      ),
      prediction(
        'b',
        { temperament: 'forceful', flags: [] },
        { temperament: 'lively', flags: [], aim: 'x', confidence: 0.9 },
      ),
      prediction(
        'c',
        { temperament: 'lively', flags: ['nagging'], aim: 'refund' },
        { temperament: 'lively', flags: [], aim: 'refund', confidence: 0.3 },
      ),
      prediction(
        'd',
        { temperament: 'analytical', flags: [], aim: 'discount' },
        { temperament: 'analytical', flags: [], aim: 'refund', confidence: 0.6 },
      ),
    ]);
    expect(card.accuracy).toBe(0.75);
    expect(card.perType.forceful).toEqual({ precision: 1, recall: 0.5, support: 2 });
    expect(card.perType.lively).toEqual({ precision: 0.5, recall: 1, support: 1 });
    expect(card.confusion.forceful.lively).toBe(1);
    expect(card.flags).toEqual({ precision: 0.5, recall: 0.5, expected: 2, found: 2 });
    expect(card.aim).toEqual({ accuracy: 0.5, labelled: 2 });
    expect(card.misses).toEqual([{ id: 'b', expected: 'forceful', actual: 'lively' }]);
    // a (0.9, right), b (0.9, wrong), d (0.6, right) are shown at ≥ 0.5; c (0.3) is not.
    expect(card.calibration.trusted).toEqual({ shown: 3, right: 2, accuracy: 2 / 3 });
    expect(card.calibration.bands.find((band) => band.from === 0.25)).toMatchObject({ shown: 1, right: 1 });
  });

  it('when the reading is unknown, then it counts as wrong and is shown in no band', () => {
    const card = scorePredictions([
      prediction(
        'a',
        { temperament: 'peaceable', flags: [] },
        { temperament: 'unknown', flags: [], aim: 'x', confidence: 0 },
      ),
      prediction(
        'b',
        { temperament: 'peaceable', flags: [] },
        { temperament: 'peaceable', flags: [], aim: 'x', confidence: 0.1 },
      ),
    ]);
    expect(card.accuracy).toBe(0.5);
    expect(card.confusion.peaceable.unknown).toBe(1);
    expect(card.perType.peaceable).toEqual({ precision: 1, recall: 0.5, support: 2 });
    expect(card.misses).toEqual([{ id: 'a', expected: 'peaceable', actual: 'unknown' }]);
    expect(card.calibration.bands.reduce((sum, band) => sum + band.shown, 0)).toBe(1);
  });
});
