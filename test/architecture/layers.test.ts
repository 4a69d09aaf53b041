import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FLOORS, layerViolations, unitOf } from './layers.ts';

// Issue 13: every import points down — the model at the bottom knows nothing of the app, the engines
// nothing of the use cases, stores or Slack, the Block Kit builders nothing of the stores — and no module
// imports itself round a circle. dependency-cruiser reads the imports (type-only ones too).

const ROOT = resolve(import.meta.dirname, '../..');

describe('the import direction in src/', () => {
  it('when every module is cruised, then no import points up a floor and none runs in a circle', async () => {
    const violations = await layerViolations(ROOT);
    expect(
      violations.map((v) => `${v.rule}: ${v.from} -> ${v.to}${v.cycle ? ` (${v.cycle.join(' -> ')})` : ''}`),
    ).toEqual([]);
  });

  it('when a folder or top-level file is in src/, then it has a floor', () => {
    const placed = new Set(FLOORS.flat());
    const units = new Set(readdirSync(join(ROOT, 'src')).map(unitOf));
    expect([...units].filter((unit) => !placed.has(unit))).toEqual([]);
    expect(units.size).toBeGreaterThan(15);
  });

  it('has each name on one floor only', () => {
    const names = FLOORS.flat();
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the rules themselves', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'layers-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  function write(path: string, text: string) {
    mkdirSync(dirname(join(fixture, path)), { recursive: true });
    writeFileSync(join(fixture, path), text);
  }

  it('when the model, an engine and a Block Kit builder import upwards and two modules import each other, then each is named', async () => {
    write('src/complaints/file-complaint.ts', 'export const fileComplaint = 1;\n');
    write('src/store/case-store.ts', 'export type CaseStore = { id: string };\n');
    write('src/slack/ack-gate.ts', 'export const gate = 1;\n');
    write('src/shared/ok.ts', 'export const ok = 1;\n');
    // domain -> a use case (a value import) and blocks -> store (type-only): both upward.
    write(
      'src/domain/case.ts',
      "import { fileComplaint } from '../complaints/file-complaint.ts';\nexport const c = fileComplaint;\n",
    );
    write(
      'src/blocks/app-home.ts',
      "import type { CaseStore } from '../store/case-store.ts';\nexport type H = CaseStore;\n",
    );
    // analysis -> Slack: upward; analysis -> shared: fine.
    write(
      'src/analysis/read.ts',
      "import { gate } from '../slack/ack-gate.ts';\nimport { ok } from '../shared/ok.ts';\nexport const r = gate + ok;\n",
    );
    // a circle on one floor
    write('src/policy/a.ts', "import { b } from './b.ts';\nexport const a = () => b;\n");
    write('src/policy/b.ts', "import { a } from './a.ts';\nexport const b = () => a;\n");

    const found = (await layerViolations(fixture)).map((v) => `${v.rule}: ${v.from} -> ${v.to}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'domain-imports-only-below: src/domain/case.ts -> src/complaints/file-complaint.ts',
        'blocks-imports-only-below: src/blocks/app-home.ts -> src/store/case-store.ts',
        'analysis-imports-only-below: src/analysis/read.ts -> src/slack/ack-gate.ts',
        'no-circular: src/policy/a.ts -> src/policy/b.ts',
      ]),
    );
    expect(found.filter((line) => line.includes('shared/ok.ts'))).toEqual([]);
  });
});
