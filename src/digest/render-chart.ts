import { existsSync } from 'node:fs';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration, registerables } from 'chart.js';
import { maskContact } from '../blocks/mrkdwn.ts';
import type { DigestReport } from '../domain/digest-report.ts';
import type { Policy } from '../domain/policy-schema.ts';

Chart.register(...registerables);

/**
 * Fonts with Chinese glyphs, where Debian, Ubuntu, Alpine and macOS put them. The first one found is
 * registered, and then store and category names are drawn as written; without one, a Chinese name would
 * come out as empty boxes, so the chart uses short ASCII labels (S1, S2…) that the digest's text explains.
 */
const CJK_FONT_PATHS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc',
  '/System/Library/Fonts/PingFang.ttc',
];

let cjkFamily: string | null | undefined;

/** The family name of a Chinese-capable font, registered on first use; null when the machine has none. */
export function cjkFont(): string | null {
  if (cjkFamily !== undefined) return cjkFamily;
  cjkFamily = null;
  for (const path of CJK_FONT_PATHS) {
    if (existsSync(path) && GlobalFonts.registerFromPath(path, 'DigestCJK')) {
      cjkFamily = 'DigestCJK';
      break;
    }
  }
  return cjkFamily;
}

/** Text every font on the machine can draw: ASCII and Latin letters. */
export const DRAWABLE = /^[\x20-\x7E\u00A0-\u024F]*$/;

/**
 * The label each store gets in the chart: its name (contacts masked) when it can be drawn, else S1, S2… in the order of
 * the counts. The digest text prints the mapping next to the numbers.
 */
export function chartStoreLabels(report: DigestReport): Map<string, string> {
  const canDrawAll = cjkFont() !== null;
  const labels = new Map<string, string>();
  let next = 1;
  for (const { key } of report.counts.byStore) {
    // Masked as in the text: the chart goes to the same channel, and a store name is typed by staff.
    labels.set(key, canDrawAll || DRAWABLE.test(key) ? maskContact(key) : `S${next++}`);
  }
  return labels;
}

function categoryLabel(id: string, policy: Policy): string {
  const category = policy.categories.find((entry) => entry.id === id);
  if (category && (cjkFont() !== null || DRAWABLE.test(category.name.en))) return category.name.en;
  return id;
}

// A palette that stays apart for the colour-blind (Okabe–Ito).
export const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/**
 * The period's complaints per category per store as a stacked bar chart, PNG bytes. Drawn with Chart.js
 * on a native canvas (@napi-rs/canvas), so it needs no browser and no system libraries.
 */
export async function renderDigestChart(report: DigestReport, policy: Policy, title: string): Promise<Buffer> {
  const stores = report.counts.byStore.map((entry) => entry.key);
  const labels = chartStoreLabels(report);
  const categories = [...new Set(report.counts.byStoreAndCategory.map((entry) => entry.category))].sort();
  const font = cjkFont() ?? 'DejaVu Sans';
  const width = Math.max(640, Math.min(1600, 160 + stores.length * 90));
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: stores.map((store) => labels.get(store) ?? store),
      datasets: categories.map((category, index) => ({
        label: categoryLabel(category, policy),
        backgroundColor: COLOURS[index % COLOURS.length] ?? '#0072B2',
        data: stores.map(
          (store) =>
            report.counts.byStoreAndCategory.find((entry) => entry.store === store && entry.category === category)
              ?.count ?? 0,
        ),
      })),
    },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      font: { family: font },
      plugins: {
        title: {
          display: true,
          text: cjkFont() || DRAWABLE.test(title) ? title : `Complaints per category per store ${report.today}`,
        },
        legend: { position: 'bottom' },
      },
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
      },
    },
  };
  return drawPng(width, 420, config);
}

/** A white background: a transparent PNG is unreadable in Slack's dark mode. */
const whiteBackground = {
  id: 'white-background',
  beforeDraw: (chart: Chart) => {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

/** Draws a Chart.js configuration on a native canvas of the given size, on white: PNG bytes. */
export async function drawPng(width: number, height: number, config: ChartConfiguration): Promise<Buffer> {
  const canvas = createCanvas(width, height);
  const withBackground: ChartConfiguration = { ...config, plugins: [...(config.plugins ?? []), whiteBackground] };
  // Chart.js takes any canvas with a 2D context; @napi-rs/canvas provides one without the DOM's types.
  const chart = new Chart(canvas as unknown as ConstructorParameters<typeof Chart>[0], withBackground);
  try {
    return await canvas.encode('png');
  } finally {
    chart.destroy();
  }
}
