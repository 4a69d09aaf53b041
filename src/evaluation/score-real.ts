import type { TriageResult } from '../complaints/triage-complaint.ts';
import { CRISIS_KINDS, type FlagKind } from '../domain/analysis.ts';
import { type Calibration, calibrationOf } from './confidence-bands.ts';
import type { RealComplaint } from './real-set.ts';

/** What the engine read of one real complaint, beside its label. */
export interface RealPrediction {
  id: string;
  label: RealComplaint['label'];
  actual: {
    /** `unknown` when the engine says it cannot tell. */
    temperament: string;
    confidence: number;
    flags: readonly FlagKind[];
    aim: string;
    category: string;
    problem: string;
  };
}

export function toRealPrediction(item: RealComplaint, result: TriageResult): RealPrediction {
  const { analysis } = result;
  return {
    id: item.id,
    label: item.label,
    actual: {
      temperament: analysis.temperament.type,
      confidence: analysis.temperament.confidence,
      flags: analysis.flags.map((flag) => flag.kind),
      aim: analysis.aim.kind,
      category: analysis.category ?? 'unknown',
      problem: analysis.problem ?? 'unknown',
    },
  };
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  /** Labelled flags, raised flags, and raised flags that were labelled. */
  labelled: number;
  raised: number;
  hits: number;
}

export interface RealScorecard {
  cases: number;
  temperament: {
    /** Over the complaints labelled with a type; saying `unknown` counts as wrong. */
    accuracy: number;
    labelled: number;
    /** Complaints labelled `unknown` (no cue), and how many the engine also left unknown. */
    noCue: number;
    noCueLeftUnknown: number;
    calibration: Calibration;
  };
  crisis: PrecisionRecall & {
    /** Complaints with a crisis label, and how many of them had any crisis flag raised. */
    cases: number;
    casesFound: number;
  };
  difficult: PrecisionRecall;
  aim: { accuracy: number; labelled: number };
  problem: { accuracy: number; lostStone: { labelled: number; found: number } };
  category: { accuracy: number; outside: { labelled: number; keptOut: number } };
  misses: { id: string; field: string; expected: string; actual: string }[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const CRISIS: ReadonlySet<string> = new Set(CRISIS_KINDS);

function precisionRecall(predictions: readonly RealPrediction[], keep: (kind: FlagKind) => boolean): PrecisionRecall {
  let labelled = 0;
  let raised = 0;
  let hits = 0;
  for (const { label, actual } of predictions) {
    const expected = label.flags.filter(keep);
    const found = [...new Set(actual.flags.filter(keep))];
    labelled += expected.length;
    raised += found.length;
    hits += found.filter((kind) => expected.includes(kind)).length;
  }
  return { precision: ratio(hits, raised), recall: ratio(hits, labelled), labelled, raised, hits };
}

/** Scores the engine on real complaints, field by field, with the temperament's calibration by confidence. */
export function scoreRealPredictions(predictions: readonly RealPrediction[]): RealScorecard {
  const misses: RealScorecard['misses'] = [];
  const miss = (id: string, field: string, expected: string, actual: string) => {
    if (expected !== actual) misses.push({ id, field, expected, actual });
    return expected === actual;
  };
  const typed = predictions.filter((prediction) => prediction.label.temperament !== 'unknown');
  const noCue = predictions.filter((prediction) => prediction.label.temperament === 'unknown');
  let typedRight = 0;
  for (const { id, label, actual } of typed)
    if (miss(id, 'temperament', label.temperament, actual.temperament)) typedRight++;
  const calibration = calibrationOf(
    typed.map(({ label, actual }) => ({
      expected: label.temperament,
      actual: actual.temperament,
      confidence: actual.confidence,
    })),
  );
  const withCrisis = predictions.filter(({ label }) => label.flags.some((kind) => CRISIS.has(kind)));
  const aimRight = predictions.filter(({ id, label, actual }) => miss(id, 'aim', label.aim, actual.aim)).length;
  const problemRight = predictions.filter(({ id, label, actual }) =>
    miss(id, 'problem', label.problem, actual.problem),
  ).length;
  const categoryRight = predictions.filter(({ id, label, actual }) =>
    miss(id, 'category', label.category, actual.category),
  ).length;
  const lostStone = predictions.filter(({ label }) => label.problem === 'lost-stone');
  const outside = predictions.filter(({ label }) => label.category === 'other');
  return {
    cases: predictions.length,
    temperament: {
      accuracy: ratio(typedRight, typed.length),
      labelled: typed.length,
      noCue: noCue.length,
      noCueLeftUnknown: noCue.filter(({ actual }) => actual.temperament === 'unknown').length,
      calibration,
    },
    crisis: {
      ...precisionRecall(predictions, (kind) => CRISIS.has(kind)),
      cases: withCrisis.length,
      casesFound: withCrisis.filter(({ actual }) => actual.flags.some((kind) => CRISIS.has(kind))).length,
    },
    difficult: precisionRecall(predictions, (kind) => !CRISIS.has(kind)),
    aim: { accuracy: ratio(aimRight, predictions.length), labelled: predictions.length },
    problem: {
      accuracy: ratio(problemRight, predictions.length),
      lostStone: {
        labelled: lostStone.length,
        found: lostStone.filter(({ actual }) => actual.problem === 'lost-stone').length,
      },
    },
    category: {
      accuracy: ratio(categoryRight, predictions.length),
      outside: {
        labelled: outside.length,
        keptOut: outside.filter(({ actual }) => actual.category === 'other').length,
      },
    },
    misses,
  };
}
