import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawSurface } from './draw-blocks.ts';
import { NAMES } from './sample-cases.ts';
import { PICTURE_LANGUAGE, pngPath, renderSurfaces, SURFACES_DIR, surfaceFiles } from './surfaces.ts';

/**
 * `npm run surfaces`: writes docs/surfaces/<surface>.<lang>.json, a picture of each English surface
 * (<surface>.en.png) and docs/surfaces.md from the bot's own block builders, and removes files of surfaces
 * that are no more. surfaces.test.ts fails until this is run
 * after a change to what the bot writes.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const surfaces = await renderSurfaces();
const files = surfaceFiles(surfaces);
await mkdir(join(root, SURFACES_DIR), { recursive: true });
for (const [path, content] of files) await writeFile(join(root, path), content);
const pictures = new Set<string>();
for (const surface of surfaces.filter((entry) => entry.language === PICTURE_LANGUAGE)) {
  const path = pngPath(surface);
  await writeFile(join(root, path), drawSurface(surface.views, { app: 'complaint-desk', time: surface.time }, NAMES));
  pictures.add(path);
}
for (const name of await readdir(join(root, SURFACES_DIR))) {
  const path = `${SURFACES_DIR}/${name}`;
  if (!files.has(path) && !pictures.has(path)) await rm(join(root, path));
}
process.stdout.write(`${files.size + pictures.size} files written under docs/ (${surfaces.length} surfaces)\n`);
