import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/shared/language.ts';

const SRC = join(import.meta.dirname, '../../src');

/** Every catalog of the product's wording: each surface's under blocks/messages, the labels, the terminal's. */
async function catalogModules(): Promise<string[]> {
  const folders = ['blocks/messages', 'i18n'];
  const listed = await Promise.all(
    folders.map(async (folder) =>
      (await readdir(join(SRC, folder))).filter((name) => name.endsWith('.ts')).map((name) => `${folder}/${name}`),
    ),
  );
  return [...listed.flat(), 'cli/render-triage.ts'];
}

interface Entry {
  path: string;
  value: Record<string, unknown>;
}

/** The objects that hold a `zh` or an `en` key, with where they are, walking nested groups and lists. */
function entries(value: unknown, path: string): Entry[] {
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (LANGUAGES.some((language) => language in record)) return [{ path, value: record }];
  return Object.entries(record).flatMap(([key, inner]) => entries(inner, `${path}.${key}`));
}

async function exportedEntries(): Promise<Map<string, Entry[]>> {
  const found = new Map<string, Entry[]>();
  for (const module of await catalogModules()) {
    const exports: Record<string, unknown> = await import(pathToFileURL(join(SRC, module)).href);
    found.set(
      module,
      Object.entries(exports).flatMap(([name, value]) => entries(value, name)),
    );
  }
  return found;
}

describe('the message catalogs', () => {
  it('when every exported catalog is walked, then each entry holds text in every language and nothing else', async () => {
    const found = await exportedEntries();
    for (const [module, list] of found) {
      // A file of the catalog folder with no entry would be a catalog this test cannot see.
      expect(list.length, `${module} exports no entry in both languages`).toBeGreaterThan(0);
      for (const { path, value } of list) {
        expect(Object.keys(value).sort(), `${module}: ${path}`).toEqual([...LANGUAGES].sort());
        for (const language of LANGUAGES) {
          const text = value[language];
          expect(typeof text === 'string' && text.trim() !== '', `${module}: ${path}.${language} is empty`).toBe(true);
        }
      }
    }
    expect([...found.values()].flat().length).toBeGreaterThan(500);
  });
});
