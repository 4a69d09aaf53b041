import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/run-cli.ts';

// Issue 12: Node 24 runs the TypeScript itself (type stripping), with no tsx at run time. Node resolves an
// import by the file name it is given, so a relative import must name the `.ts` file, and the code may use
// only syntax that can be erased (tsconfig's erasableSyntaxOnly keeps enums and parameter properties out).

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.m?ts$/.test(entry.name) && !entry.name.endsWith('.d.mts'))
    .map((entry) => relative(REPO_ROOT, join(entry.parentPath, entry.name)));
}

describe('TypeScript that Node runs as it is', () => {
  it('when any source imports a file of its own, then it names the .ts file Node will load', () => {
    const wrong = [...sourcesUnder('src'), ...sourcesUnder('test')].flatMap((file) =>
      [...readFileSync(join(REPO_ROOT, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']*\.js)'/g)].map(
        (match) => `${file}: ${match[1]}`,
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('when npm scripts run the bot and its commands, then plain node runs the TypeScript, with no loader', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      dependencies: Record<string, string>;
    };
    for (const name of ['start', 'triage', 'eval', 'digest', 'outbox']) {
      expect(pkg.scripts[name], name).toMatch(/^node .*src\/.*\.ts$/);
      expect(pkg.scripts[name], name).not.toContain('tsx');
    }
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
  });
});
