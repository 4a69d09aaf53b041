import type { RealScorecard } from '../evaluation/score-real.ts';
import { renderCalibration } from './render-calibration.ts';

const percent = (value: number) => `${(value * 100).toFixed(0)}%`.padStart(4);
const share = (part: number, whole: number) => `${part}/${whole}`;

/**
 * One real set's figures, field by field, with the temperament's accuracy per confidence band, and — when
 * given — the crisis flags again with the form's "where it reached us" set as the manager who found the text
 * would set it (only the flags depend on it).
 */
export function renderRealScorecard(name: string, card: RealScorecard, withChannel?: RealScorecard): string {
  const { temperament, crisis, difficult, aim, problem, category } = card;
  const lines = [
    `${name}: ${card.cases} real complaints`,
    `  temperament accuracy  ${percent(temperament.accuracy)}  over ${temperament.labelled} with a type ("unknown" counts as wrong)`,
    `  no cue, left unknown  ${share(temperament.noCueLeftUnknown, temperament.noCue)}`,
    ...renderCalibration(temperament.calibration),
    `  crisis flags          precision ${percent(crisis.precision)}  recall ${percent(crisis.recall)}  (${crisis.labelled} labelled, ${crisis.raised} raised; ${share(crisis.casesFound, crisis.cases)} complaints found)`,
    ...(withChannel
      ? [
          `    with "came from"    precision ${percent(withChannel.crisis.precision)}  recall ${percent(withChannel.crisis.recall)}  (${withChannel.crisis.labelled} labelled, ${withChannel.crisis.raised} raised; ${share(withChannel.crisis.casesFound, withChannel.crisis.cases)} complaints found)`,
        ]
      : []),
    `  difficult flags       precision ${percent(difficult.precision)}  recall ${percent(difficult.recall)}  (${difficult.labelled} labelled, ${difficult.raised} raised)`,
    `  aim                   ${percent(aim.accuracy)}`,
    `  problem               ${percent(problem.accuracy)}  (lost stone found ${share(problem.lostStone.found, problem.lostStone.labelled)})`,
    `  category              ${percent(category.accuracy)}  (outside the policy kept out ${share(category.outside.keptOut, category.outside.labelled)})`,
  ];
  return lines.join('\n');
}
