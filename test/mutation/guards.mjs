// Helpers around the committed mutation baseline (test/mutation/baseline.json, a Stryker JSON report):
//
//   node test/mutation/guards.mjs changed
//     prints, comma-separated, the guard modules whose source is not the one the baseline was measured
//     on (nothing when none changed) — what CI mutates (.ci/mutate).
//   node test/mutation/guards.mjs merge OUT REPORT...
//     merges Stryker JSON reports into one (a later report's file replaces an earlier one's), e.g. the
//     reports of runs made file group by file group, into a new baseline.
//   node test/mutation/guards.mjs survivors REPORT DIR
//     writes DIR/survivors-<file>.txt for each mutated file: its score and every surviving and uncovered
//     mutant (file:line, mutator, replacement), for whoever writes the tests that kill them.
//
// Run from the repository's root; paths are relative to it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { guardModules } from './stryker.config.mjs';

const BASELINE = 'test/mutation/baseline.json';

const readReport = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** A guard module's file, without the line range some entries mutate. */
const fileOf = (entry) => entry.replace(/:\d+(?::\d+)?-\d+(?::\d+)?$/, '');

function changed() {
  let files = {};
  try {
    files = readReport(BASELINE).files;
  } catch {
    // No baseline yet: every guard module counts as changed.
  }
  const modules = guardModules.filter((entry) => {
    const file = fileOf(entry);
    let source;
    try {
      source = readFileSync(file, 'utf8');
    } catch {
      return false; // a module listed but gone: nothing to mutate
    }
    return files[file]?.source !== source;
  });
  process.stdout.write(modules.length > 0 ? `${modules.join(',')}\n` : '');
}

function merge(out, inputs) {
  const reports = inputs.map(readReport);
  const merged = { ...reports[0], files: {}, testFiles: {} };
  for (const report of reports) {
    Object.assign(merged.files, report.files);
    Object.assign(merged.testFiles, report.testFiles ?? {});
  }
  // Compact: the baseline is read by Stryker and guards.mjs, not by people (the HTML report is for them).
  writeFileSync(out, `${JSON.stringify(merged)}\n`);
}

const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const DETECTED = new Set(['Killed', 'Timeout']);

/** The mutation score as Stryker counts it: detected / (detected + survived + no coverage). */
function score(mutants) {
  const counted = mutants.filter((mutant) => COUNTED.has(mutant.status));
  const detected = counted.filter((mutant) => DETECTED.has(mutant.status)).length;
  return { counted: counted.length, detected, score: counted.length ? (100 * detected) / counted.length : NaN };
}

function survivors(reportPath, dir) {
  const report = readReport(reportPath);
  mkdirSync(dir, { recursive: true });
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const { counted, detected, score: value } = score(mutants);
    const byStatus = (status) => mutants.filter((mutant) => mutant.status === status);
    const lines = [
      `${file}: mutation score ${value.toFixed(2)}% (${detected} of ${counted} detected; ` +
        `${byStatus('Survived').length} survived, ${byStatus('NoCoverage').length} no coverage, ` +
        `${byStatus('CompileError').length} compile errors, ${byStatus('Ignored').length} ignored static)`,
      '',
    ];
    for (const status of ['Survived', 'NoCoverage']) {
      const list = byStatus(status).sort((a, b) => a.location.start.line - b.location.start.line);
      lines.push(`${status} (${list.length}):`);
      for (const mutant of list) {
        const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 160);
        lines.push(
          `${file}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName} -> ${replacement}`,
        );
      }
      lines.push('');
    }
    writeFileSync(join(dir, `survivors-${basename(file, '.ts')}.txt`), lines.join('\n'));
  }
}

const [command, ...args] = process.argv.slice(2);
if (command === 'changed') changed();
else if (command === 'merge' && args.length >= 2) merge(args[0], args.slice(1));
else if (command === 'survivors' && args.length === 2) survivors(args[0], args[1]);
else {
  process.stderr.write('usage: guards.mjs changed | merge OUT REPORT... | survivors REPORT DIR\n');
  process.exit(2);
}
