import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HomeView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { checkBlockLimits, checkViewLimits } from '../../src/blocks/limits.js';
import { builderLink, jsonPath, renderSurfaces, SURFACES_DIR, surfaceFiles } from './surfaces.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const surfaces = await renderSurfaces();
const files = surfaceFiles(surfaces);

async function checkedIn(path: string): Promise<string | undefined> {
  return readFile(join(root, path), 'utf8').catch(() => undefined);
}

describe('the pictures of what the bot writes (docs/surfaces.md)', () => {
  it('when the blocks are built again from the sample shop, then the checked-in files hold exactly them', async () => {
    const stale: string[] = [];
    for (const [path, content] of files) if ((await checkedIn(path)) !== content) stale.push(path);
    const extra = (await readdir(join(root, SURFACES_DIR)))
      .map((name) => `${SURFACES_DIR}/${name}`)
      .filter((path) => !files.has(path));
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

  it('when the pictures are published, then the sample shop shows no phone number and no e-mail address', () => {
    for (const [path, content] of files) {
      const text = path.endsWith('.md') ? decodeURIComponent(content.replace(/%(?![0-9A-F]{2})/g, '%25')) : content;
      expect(text, path).not.toMatch(/\d{7,}/);
      expect(text, path).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    }
  });
});
