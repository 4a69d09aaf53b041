import type { Calibration } from '../evaluation/confidence-bands.ts';

const percent = (value: number) => `${(value * 100).toFixed(0)}%`.padStart(4);

/** The temperament's accuracy per confidence band, and over the types shown at 0.5 or more. */
export function renderCalibration({ bands, trusted }: Calibration): string[] {
  return [
    '  confidence band       shown  right',
    ...bands.map(
      (band) =>
        `    ${band.from.toFixed(2)}–${band.to.toFixed(2)}           ${String(band.shown).padStart(5)}  ${band.shown === 0 ? '   —' : percent(band.accuracy)}`,
    ),
    `    shown at ≥ 0.50      ${String(trusted.shown).padStart(5)}  ${trusted.shown === 0 ? '   —' : percent(trusted.accuracy)}  (must be ≥ 80%)`,
  ];
}
