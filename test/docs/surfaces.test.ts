import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HomeView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { checkBlockLimits, checkViewLimits } from '../../src/blocks/limits.ts';
import { drawSurface } from './draw-blocks.ts';
import { NAMES } from './sample-cases.ts';
import { builderLink, jsonPath, picturePaths, renderSurfaces, SURFACES_DIR, surfaceFiles } from './surfaces.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const surfaces = await renderSurfaces();
const files = surfaceFiles(surfaces);
const pictures = picturePaths(surfaces);

async function checkedIn(path: string): Promise<string | undefined> {
  return readFile(join(root, path), 'utf8').catch(() => undefined);
}

describe('the pictures of what the bot writes (docs/surfaces.md)', () => {
  it('when the blocks are built again from the sample shop, then the checked-in files hold exactly them', async () => {
    const stale: string[] = [];
    for (const [path, content] of files) if ((await checkedIn(path)) !== content) stale.push(path);
    // A picture's pixels depend on the fonts of the machine that drew it: it must be there, since it is not compared.
    const present = (await readdir(join(root, SURFACES_DIR))).map((name) => `${SURFACES_DIR}/${name}`);
    stale.push(...pictures.filter((path) => !present.includes(path)));
    const extra = present.filter((path) => !files.has(path) && !pictures.includes(path));
    expect(
      [...stale, ...extra],
      'docs/surfaces.md or docs/surfaces/ no longer shows what the bot writes: run npm run surfaces and commit the result',
    ).toEqual([]);
  });

  it('when a Block Kit Builder link is opened, then it holds the blocks of its JSON file, a Home tab marked as one', async () => {
    const page = files.get('docs/surfaces.md') ?? '';
    for (const surface of surfaces) {
      for (const view of surface.views) {
        const link = builderLink(view);
        expect(page).toContain(link);
        const opened = JSON.parse(decodeURIComponent(link.slice(link.indexOf('#') + 1)));
        expect(opened).toEqual(
          view.surface === 'home' ? { type: 'home', blocks: view.blocks } : { blocks: view.blocks },
        );
        expect(link).not.toMatch(/[()]/);
      }
      expect(page).toContain(`(${jsonPath(surface).replace('docs/', '')})`);
    }
    const names = ['staff-dm', 'approval', 'review-post', 'app-home', 'digest'];
    expect(surfaces.map((surface) => `${surface.name}.${surface.language}`)).toEqual([
      ...names.map((name) => `${name}.zh`),
      ...names.map((name) => `${name}.en`),
    ]);
  });

  it('when Slack is given the sample blocks, then each message and the Home tab are within Block Kit’s limits', () => {
    for (const surface of surfaces) {
      if (surface.name === 'app-home') expect(checkViewLimits(surface.payload as HomeView)).toEqual([]);
      else for (const view of surface.views) expect(checkBlockLimits(view.blocks, 'message')).toEqual([]);
    }
  });

  it('when a surface is drawn, then it is a PNG the width of a Slack pane, as long as its blocks need', async () => {
    const { createCanvas, loadImage } = await import('@napi-rs/canvas');
    const approval = surfaces.find((surface) => surface.name === 'approval' && surface.language === 'en');
    if (!approval) throw new Error('no approval surface');
    const heading = { app: 'complaint-desk', time: approval.time };
    const whole = await loadImage(drawSurface(approval.views, heading, NAMES));
    const [first] = approval.views;
    const shorter = await loadImage(
      drawSurface([{ surface: 'message', blocks: first?.blocks.slice(0, 2) ?? [] }], heading, NAMES),
    );
    expect(whole.width).toBe(760);
    expect(whole.height).toBeGreaterThan(shorter.height + 200);
    // Something is drawn beyond the white background.
    const ctx = createCanvas(whole.width, whole.height).getContext('2d');
    ctx.drawImage(whole, 0, 0);
    const pixels = ctx.getImageData(0, 0, whole.width, whole.height).data;
    expect(pixels.some((value, index) => index % 4 !== 3 && value < 128)).toBe(true);
  });

  it('when the pictures are published, then the sample shop shows no phone number and no e-mail address', () => {
    for (const [path, content] of files) {
      const text = path.endsWith('.md') ? decodeURIComponent(content.replace(/%(?![0-9A-F]{2})/g, '%25')) : content;
      expect(text, path).not.toMatch(/\d{7,}/);
      expect(text, path).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    }
  });
});
