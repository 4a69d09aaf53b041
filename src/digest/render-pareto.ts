import type { ChartConfiguration } from 'chart.js';
import { CAUSE_LABELS } from '../blocks/messages/common.ts';
import { paretoOf, type WeeklyReport } from '../domain/weekly-report.ts';
import type { Language } from '../shared/language.ts';
import { COLOURS, cjkFont, DRAWABLE, drawPng } from './render-chart.ts';

export interface ParetoLabels {
  title: string;
  bars: string;
  line: string;
}

/**
 * The period's causes as a Pareto chart, PNG bytes: bars of complaints per cause, most first, and the line
 * of their cumulative share (right axis, 0–100 %), with the digest's chart library and fonts.
 */
export async function renderParetoChart(
  report: WeeklyReport,
  language: Language,
  labels: ParetoLabels,
): Promise<Buffer> {
  const bars = paretoOf(report);
  const font = cjkFont();
  const drawn = (text: string, fallback: string) => (font !== null || DRAWABLE.test(text) ? text : fallback);
  // Without a Chinese font the cause names are drawn in English, whatever the channel's language.
  const chartLanguage: Language = font === null ? 'en' : language;
  const config: ChartConfiguration<'bar' | 'line'> = {
    type: 'bar',
    data: {
      labels: bars.map((bar) => CAUSE_LABELS[bar.cause][chartLanguage]),
      datasets: [
        {
          type: 'bar',
          label: drawn(labels.bars, 'complaints'),
          data: bars.map((bar) => bar.count),
          backgroundColor: COLOURS[0] ?? '#0072B2',
          yAxisID: 'y',
          order: 2,
        },
        {
          type: 'line',
          label: drawn(labels.line, 'cumulative share'),
          data: bars.map((bar) => Math.round(bar.cumulativeShare * 1000) / 10),
          borderColor: COLOURS[5] ?? '#D55E00',
          backgroundColor: COLOURS[5] ?? '#D55E00',
          yAxisID: 'share',
          order: 1,
        },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      font: { family: font ?? 'DejaVu Sans' },
      plugins: {
        title: { display: true, text: drawn(labels.title, 'Causes of complaints (Pareto)') },
        legend: { position: 'bottom' },
      },
      scales: {
        y: { beginAtZero: true, ticks: { precision: 0 } },
        share: { position: 'right', min: 0, max: 100, ticks: { callback: (value) => `${value}%` } },
      },
    },
  };
  return drawPng(640, 420, config as ChartConfiguration);
}
