/** Accuracy of the types shown with a confidence in [from, to). */
export interface ConfidenceBand {
  from: number;
  to: number;
  shown: number;
  right: number;
  accuracy: number;
}

/** How a confidence reads to staff: the types shown at 0.5 or more, and how often they were right. */
export interface Calibration {
  bands: ConfidenceBand[];
  /** The types shown with confidence ≥ 0.5 — the ones staff are invited to trust. */
  trusted: { shown: number; right: number; accuracy: number };
}

/** One temperament reading beside its label; a reading of `unknown` shows no type and is in no band. */
export interface ReadingBeside {
  expected: string;
  actual: string;
  confidence: number;
}

const EDGES = [0, 0.25, 0.5, 0.75, 1.0001];
const TRUSTED_FROM = 0.5;
const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Accuracy per confidence band, so a confidence can be checked against how often it is right. */
export function calibrationOf(readings: readonly ReadingBeside[]): Calibration {
  const shownTypes = readings.filter((reading) => reading.actual !== 'unknown');
  const tally = (from: number, to: number) => {
    const shown = shownTypes.filter((reading) => reading.confidence >= from && reading.confidence < to);
    const right = shown.filter((reading) => reading.expected === reading.actual).length;
    return { shown: shown.length, right, accuracy: ratio(right, shown.length) };
  };
  const bands = EDGES.slice(0, -1).map((from, index): ConfidenceBand => {
    const to = EDGES[index + 1] ?? 1;
    return { from, to: Math.min(to, 1), ...tally(from, to) };
  });
  return { bands, trusted: tally(TRUSTED_FROM, Number.POSITIVE_INFINITY) };
}
