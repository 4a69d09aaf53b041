import type { TriageResult } from '../complaints/triage-complaint.ts';
import { byTemperament, TEMPERAMENTS, type Temperament, type TemperamentRead } from '../domain/analysis.ts';
import { type Calibration, calibrationOf } from './confidence-bands.ts';
import type { LabelledCase } from './labelled-set.ts';

/** What the analyser said next to what the label says, for one case. */
export interface Prediction {
  id: string;
  expected: { temperament: Temperament; flags: readonly string[]; aim?: string | undefined };
  actual: { temperament: TemperamentRead; confidence: number; flags: readonly string[]; aim: string };
}

/** Puts what the analyser read of a labelled complaint beside its label. */
export function toPrediction(item: LabelledCase, result: TriageResult): Prediction {
  return {
    id: item.id,
    expected: item.expect,
    actual: {
      temperament: result.analysis.temperament.type,
      confidence: result.analysis.temperament.confidence,
      flags: result.analysis.flags.map((flag) => flag.kind),
      aim: result.analysis.aim.kind,
    },
  };
}

export interface ClassScore {
  precision: number;
  recall: number;
  support: number;
}

export interface Scorecard {
  cases: number;
  accuracy: number;
  perType: Record<Temperament, ClassScore>;
  calibration: Calibration;
  /** confusion[expected][actual] = count; `unknown` is a reading that named no type, and counts as wrong. */
  confusion: Record<Temperament, Record<TemperamentRead, number>>;
  flags: { precision: number; recall: number; expected: number; found: number };
  aim: { accuracy: number; labelled: number };
  misses: { id: string; expected: Temperament; actual: TemperamentRead }[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Scores predictions: temperament accuracy, per-type precision/recall, flag detection, aim reading. */
export function scorePredictions(predictions: readonly Prediction[]): Scorecard {
  const confusion = byTemperament(() => ({ ...byTemperament(() => 0), unknown: 0 }));
  let correct = 0;
  let flagHits = 0;
  let flagsExpected = 0;
  let flagsFound = 0;
  let aimCorrect = 0;
  let aimLabelled = 0;
  const misses: Scorecard['misses'] = [];
  for (const { id, expected, actual } of predictions) {
    confusion[expected.temperament][actual.temperament] += 1;
    if (expected.temperament === actual.temperament) correct++;
    else misses.push({ id, expected: expected.temperament, actual: actual.temperament });
    flagsExpected += expected.flags.length;
    flagsFound += actual.flags.length;
    flagHits += actual.flags.filter((flag) => expected.flags.includes(flag)).length;
    if (expected.aim) {
      aimLabelled++;
      if (expected.aim === actual.aim) aimCorrect++;
    }
  }
  const perType = byTemperament((type): ClassScore => {
    const truePositive = confusion[type][type];
    const predicted = TEMPERAMENTS.reduce((sum, expected) => sum + confusion[expected][type], 0);
    const support = [...TEMPERAMENTS, 'unknown' as const].reduce((sum, actual) => sum + confusion[type][actual], 0);
    return { precision: ratio(truePositive, predicted), recall: ratio(truePositive, support), support };
  });
  return {
    cases: predictions.length,
    accuracy: ratio(correct, predictions.length),
    perType,
    calibration: calibrationOf(
      predictions.map(({ expected, actual }) => ({
        expected: expected.temperament,
        actual: actual.temperament,
        confidence: actual.confidence,
      })),
    ),
    confusion,
    flags: {
      precision: ratio(flagHits, flagsFound),
      recall: ratio(flagHits, flagsExpected),
      expected: flagsExpected,
      found: flagsFound,
    },
    aim: { accuracy: ratio(aimCorrect, aimLabelled), labelled: aimLabelled },
    misses,
  };
}
