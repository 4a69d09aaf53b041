import { existsSync } from 'node:fs';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import type { AnyBlock, KnownBlock } from '@slack/types';
import type { BlockView } from './surfaces.ts';

/**
 * A rough picture of Block Kit blocks, for docs/surfaces.md: the blocks' text laid out roughly as Slack
 * lays it out (headers bold, sections, fields in two columns, context small and grey, quotes with a bar,
 * buttons as boxes), drawn with @napi-rs/canvas. It is not Slack: Block Kit Builder is, and the page links
 * to it. Slack's emoji are drawn as the nearest symbol a plain font has.
 */

const FAMILY = 'SurfaceSans';
const FONT_FILES = [
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans.ttf'],
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf'],
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf', '/usr/share/fonts/TTF/DejaVuSans-Oblique.ttf'],
];

let family: string | undefined;

/** DejaVu Sans when the machine has it (it has the symbols the emoji become), else the system's sans-serif. */
function fontFamily(): string {
  if (family) return family;
  const found = FONT_FILES.map((paths) => paths.find((path) => existsSync(path)));
  family = found.every((path) => path && GlobalFonts.registerFromPath(path, FAMILY)) ? FAMILY : 'sans-serif';
  return family;
}

/** Slack's emoji as symbols a plain font draws; any other emoji is left out rather than drawn as a box. */
const EMOJI: Record<string, string> = {
  '🚨': '‼',
  '⚠️': '⚠',
  '🗣️': '»',
  '📞': '☎',
  '⏳': '◷',
  '✅': '✔',
  '🔧': '⚒',
  '⭐': '★',
  '❓': '?',
  '🚫': '⊘',
  '❌': '✘',
  '✏️': '✎',
  '↩️': '↩',
  '⏰': '◷',
  '⚖️': '⚖',
  '📦': '▣',
  '🟡': '●',
  '🟠': '●',
  '⚪': '○',
};
const OTHER_EMOJI = /\p{Extended_Pictographic}\uFE0F?/gu;

function plainSymbols(text: string): string {
  let out = text;
  for (const [emoji, symbol] of Object.entries(EMOJI)) out = out.replaceAll(emoji, symbol);
  return out.replace(OTHER_EMOJI, (match) => (/[\u2000-\u2BFF]/u.test(match) ? match : '')).replaceAll('\uFE0F', '');
}

interface Style {
  bold: boolean;
  italic: boolean;
  size: number;
  colour: string;
}

interface Run {
  text: string;
  style: Style;
}

const INK = '#1d1c1d';
const GREY = '#616061';
const LINK = '#1264a3';

/** mrkdwn to styled runs: `*bold*`, `_italic_`, mentions by name, links by their text, entities decoded. */
function mrkdwnRuns(mrkdwn: string, style: Style, names: Readonly<Record<string, string>>): Run[] {
  const text = plainSymbols(mrkdwn)
    .replace(/<@([A-Z0-9]+)>/g, (_, id: string) => `\uE000@${names[id] ?? id}\uE001`)
    .replace(/<([^|>]+)\|([^>]+)>/g, (_, _url: string, label: string) => `\uE000${label}\uE001`)
    .replace(/<(https?:[^>]+)>/g, (_, url: string) => `\uE000${url}\uE001`);
  return inline(text, style).map((run) => ({
    ...run,
    text: run.text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&').replaceAll('\u200D', ''),
  }));
}

const SPAN = /\*([^*\n]+)\*|(?<![\p{L}\p{N}])_([^_\n]+)_(?![\p{L}\p{N}])|\uE000([^\uE001]*)\uE001/u;

function inline(text: string, style: Style): Run[] {
  const match = SPAN.exec(text);
  if (!match) return text ? [{ text, style }] : [];
  const [whole, bold, italic, linked] = match;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + whole.length);
  const inner =
    bold !== undefined
      ? inline(bold, { ...style, bold: true })
      : italic !== undefined
        ? inline(italic, { ...style, italic: true })
        : [{ text: linked ?? '', style: { ...style, colour: LINK } }];
  return [...(before ? [{ text: before, style }] : []), ...inner, ...inline(after, style)];
}

function font(style: Style): string {
  return `${style.italic ? 'italic ' : ''}${style.bold ? 'bold ' : ''}${style.size}px ${fontFamily()}`;
}

/** One drawn piece of text, at its place. */
interface Piece {
  text: string;
  style: Style;
  x: number;
  y: number;
}

/** What the layout puts down: text, lines, boxes; drawn once the height is known. */
type Op =
  | { kind: 'text'; piece: Piece }
  | { kind: 'rule'; x: number; y: number; width: number; height: number; colour: string }
  | { kind: 'button'; x: number; y: number; width: number; height: number; label: string; style?: string };

/** Words and spaces stay whole; Chinese breaks between any two characters, as Slack breaks it. */
const TOKEN = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]|[^\s\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]+|\s+/gu;

class Layout {
  readonly ops: Op[] = [];
  y = 0;

  readonly ctx: SKRSContext2D;

  constructor(ctx: SKRSContext2D) {
    this.ctx = ctx;
  }

  width(text: string, style: Style): number {
    this.ctx.font = font(style);
    return this.ctx.measureText(text).width;
  }

  /** Lays runs out from (x, y) within `width`, line by line; returns the height used. */
  paragraph(runs: readonly Run[], x: number, y: number, width: number, lineHeight: number): number {
    let cx = x;
    let cy = y;
    const lines = splitLines(runs);
    for (const line of lines) {
      const quoted = line[0]?.text.startsWith('>') ?? false;
      const indent = quoted ? 14 : 0;
      if (quoted && line[0]) line[0] = { ...line[0], text: line[0].text.slice(1) };
      const top = cy;
      cx = x + indent;
      for (const run of line) {
        for (const token of run.text.match(TOKEN) ?? []) {
          let piece = token;
          let tokenWidth = this.width(piece, run.style);
          if (cx + tokenWidth > x + width && cx > x + indent) {
            if (/^\s+$/.test(piece)) continue;
            cx = x + indent;
            cy += lineHeight;
          }
          // A word wider than the line is cut where it must be.
          while (tokenWidth > width - indent && piece.length > 1) {
            let cut = piece.length - 1;
            while (cut > 1 && this.width(piece.slice(0, cut), run.style) > x + width - cx) cut -= 1;
            this.ops.push({ kind: 'text', piece: { text: piece.slice(0, cut), style: run.style, x: cx, y: cy } });
            piece = piece.slice(cut);
            tokenWidth = this.width(piece, run.style);
            cx = x + indent;
            cy += lineHeight;
          }
          this.ops.push({ kind: 'text', piece: { text: piece, style: run.style, x: cx, y: cy } });
          cx += tokenWidth;
        }
      }
      if (quoted)
        this.ops.push({ kind: 'rule', x, y: top + 2, width: 4, height: cy - top + lineHeight - 4, colour: '#dddddd' });
      cy += lineHeight;
    }
    return cy - y;
  }
}

/** Runs split at each line break of their text. */
function splitLines(runs: readonly Run[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const run of runs) {
    run.text.split('\n').forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part) lines[lines.length - 1]?.push({ text: part, style: run.style });
    });
  }
  return lines;
}

const WIDTH = 760;
const MARGIN = 20;
const AVATAR = 36;
const BODY = { bold: false, italic: false, size: 15, colour: INK } as const;
const SMALL = { ...BODY, size: 12.5, colour: GREY } as const;

function textOf(element: unknown): string {
  return typeof element === 'object' && element !== null && 'text' in element && typeof element.text === 'string'
    ? element.text
    : '';
}

/** Lays one block out at the layout's `y`, within [x, x + width). */
function layBlock(layout: Layout, any: AnyBlock, x: number, width: number, names: Readonly<Record<string, string>>) {
  // A Home view's blocks are typed as any block Slack knows of; the bot's builders make known ones only.
  const block = any as KnownBlock;
  const runs = (text: string, style: Style) => mrkdwnRuns(text, style, names);
  switch (block.type) {
    case 'header':
      layout.y += 4;
      layout.y += layout.paragraph(runs(textOf(block.text), { ...BODY, size: 18, bold: true }), x, layout.y, width, 26);
      break;
    case 'section': {
      if (block.text) layout.y += layout.paragraph(runs(block.text.text, BODY), x, layout.y, width, 22);
      const fields = block.fields ?? [];
      const column = (width - 20) / 2;
      for (let index = 0; index < fields.length; index += 2) {
        if (index > 0 || block.text) layout.y += 8;
        const heights = fields
          .slice(index, index + 2)
          .map((field, side) =>
            layout.paragraph(runs(field.text, BODY), x + side * (column + 20), layout.y, column, 22),
          );
        layout.y += Math.max(...heights);
      }
      break;
    }
    case 'context': {
      const text = block.elements.map(textOf).join('  ');
      layout.y += layout.paragraph(runs(text, SMALL), x, layout.y, width, 18);
      break;
    }
    case 'divider':
      layout.y += 6;
      layout.ops.push({ kind: 'rule', x, y: layout.y, width, height: 1, colour: '#dddddd' });
      layout.y += 7;
      break;
    case 'actions': {
      layout.y += 4;
      let cx = x;
      for (const element of block.elements) {
        const label = plainSymbols(textOf('text' in element ? element.text : undefined));
        const buttonWidth = layout.width(label, { ...BODY, size: 14, bold: true }) + 26;
        if (cx + buttonWidth > x + width && cx > x) {
          cx = x;
          layout.y += 40;
        }
        const style = 'style' in element && typeof element.style === 'string' ? element.style : undefined;
        layout.ops.push({
          kind: 'button',
          x: cx,
          y: layout.y,
          width: buttonWidth,
          height: 32,
          label,
          ...(style ? { style } : {}),
        });
        cx += buttonWidth + 8;
      }
      layout.y += 36;
      break;
    }
    default:
      break;
  }
  layout.y += 8;
}

function draw(ctx: SKRSContext2D, ops: readonly Op[]) {
  ctx.textBaseline = 'top';
  for (const op of ops) {
    if (op.kind === 'text') {
      ctx.font = font(op.piece.style);
      ctx.fillStyle = op.piece.style.colour;
      ctx.fillText(op.piece.text, op.piece.x, op.piece.y + 2);
    } else if (op.kind === 'rule') {
      ctx.fillStyle = op.colour;
      ctx.fillRect(op.x, op.y, op.width, op.height);
    } else {
      const primary = op.style === 'primary';
      ctx.beginPath();
      ctx.roundRect(op.x + 0.5, op.y + 0.5, op.width, op.height, 4);
      ctx.fillStyle = primary ? '#007a5a' : '#ffffff';
      ctx.fill();
      ctx.strokeStyle = primary ? '#007a5a' : '#bbbbbb';
      ctx.stroke();
      ctx.font = font({ ...BODY, size: 14, bold: true });
      ctx.fillStyle = primary ? '#ffffff' : op.style === 'danger' ? '#e01e5a' : INK;
      ctx.fillText(op.label, op.x + 13, op.y + 8);
    }
  }
}

/**
 * PNG bytes of one surface: each message under the bot's name, as a channel shows consecutive messages,
 * or a Home tab under its title.
 */
export function drawSurface(
  views: readonly BlockView[],
  heading: { app: string; time: string },
  names: Readonly<Record<string, string>>,
): Buffer {
  const layout = new Layout(createCanvas(WIDTH, 100).getContext('2d'));
  layout.y = MARGIN;
  const home = views[0]?.surface === 'home';
  const x = home ? MARGIN : MARGIN + AVATAR + 12;
  const width = WIDTH - x - MARGIN;
  if (home) {
    layout.ops.push({
      kind: 'text',
      piece: { text: `${heading.app} · Home`, style: { ...BODY, size: 20, bold: true }, x, y: layout.y },
    });
    layout.y += 34;
    layout.ops.push({ kind: 'rule', x: 0, y: layout.y, width: WIDTH, height: 1, colour: '#dddddd' });
    layout.y += 14;
  } else {
    layout.ops.push({ kind: 'rule', x: MARGIN, y: layout.y, width: AVATAR, height: AVATAR, colour: '#4a154b' });
    layout.ops.push({
      kind: 'text',
      piece: { text: 'CD', style: { ...BODY, bold: true, colour: '#ffffff' }, x: MARGIN + 7, y: layout.y + 8 },
    });
    layout.ops.push({ kind: 'text', piece: { text: heading.app, style: { ...BODY, bold: true }, x, y: layout.y - 2 } });
    const appWidth = layout.width(heading.app, { ...BODY, bold: true });
    layout.ops.push({
      kind: 'text',
      piece: { text: `APP  ${heading.time}`, style: SMALL, x: x + appWidth + 8, y: layout.y },
    });
    layout.y += 24;
  }
  views.forEach((view, index) => {
    if (index > 0) layout.y += 10;
    for (const block of view.blocks) layBlock(layout, block, x, width, names);
  });
  const canvas = createCanvas(WIDTH, Math.ceil(layout.y + MARGIN));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  draw(ctx, layout.ops);
  return canvas.toBuffer('image/png');
}
