import { describe, expect, it } from 'vitest';
import { type Prediction, scorePredictions } from '../../src/evaluation/score.js';

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
        { temperament: 'forceful', flags: ['media', 'drunk'], aim: 'x' },
      ),
      prediction('b', { temperament: 'forceful', flags: [] }, { temperament: 'lively', flags: [], aim: 'x' }),
      prediction(
        'c',
        { temperament: 'lively', flags: ['nagging'], aim: 'refund' },
        { temperament: 'lively', flags: [], aim: 'refund' },
      ),
      prediction(
        'd',
        { temperament: 'analytical', flags: [], aim: 'discount' },
        { temperament: 'analytical', flags: [], aim: 'refund' },
      ),
    ]);
    expect(card.accuracy).toBe(0.75);
    expect(card.perType.forceful).toEqual({ precision: 1, recall: 0.5, support: 2 });
    expect(card.perType.lively).toEqual({ precision: 0.5, recall: 1, support: 1 });
    expect(card.confusion.forceful.lively).toBe(1);
    expect(card.flags).toEqual({ precision: 0.5, recall: 0.5, expected: 2, found: 2 });
    expect(card.aim).toEqual({ accuracy: 0.5, labelled: 2 });
    expect(card.misses).toEqual([{ id: 'b', expected: 'forceful', actual: 'lively' }]);
  });
});
