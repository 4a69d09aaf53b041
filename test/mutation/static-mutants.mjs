// Runs the static mutants of chosen modules one by one, where `MUTATE_STATIC=1 npm run mutate -- --testFiles …`
// cannot: with a test filter Stryker 10 switches a static mutant on only after its module has loaded
// (stryker-js#6144), so every one is reported survived. docs/mutation-testing.md ("The tables") says more.
//
//   npx stryker run test/mutation/stryker.config.mjs --mutate FILE[,FILE…] --cleanTempDir false
//     leaves Stryker's instrumented copy in .stryker-tmp/sandbox-*/ and lists every mutant (the static
//     ones as Ignored) in reports/mutation/mutation.json;
//   node test/mutation/static-mutants.mjs SANDBOX REPORT FILE=TEST[,TEST…] [FILE=TEST[,TEST…] …]
//     runs, for each FILE, each of its Ignored mutants: vitest on the TESTs in SANDBOX with the mutant
//     switched on through __STRYKER_ACTIVE_MUTANT__ (read when the module loads), stopping at the first
//     failure. Prints one line a mutant and a summary a file; writes the results as JSON to
//     SANDBOX/static-mutants.json.
//
// Not type-checked: a mutant that would not compile (an empty object where every property is required)
// fails when it runs and counts as killed here, where Stryker's checker would have counted it a compile
// error and never run it. Leave those out when reading the score (the doc's figures do).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [sandbox, reportPath, ...selections] = process.argv.slice(2);
if (!sandbox || !reportPath || selections.length === 0) {
  process.stderr.write('usage: node test/mutation/static-mutants.mjs SANDBOX REPORT FILE=TEST[,TEST…] …\n');
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const results = [];
for (const selection of selections) {
  const [file, tests] = selection.split('=');
  const mutants = (report.files[file]?.mutants ?? []).filter((mutant) => mutant.status === 'Ignored');
  const counts = { Killed: 0, Survived: 0, Timeout: 0 };
  for (const mutant of mutants) {
    const run = spawnSync(
      'npx',
      ['vitest', 'run', '--config', 'test/vitest.config.ts', '--bail=1', '--maxWorkers=1', ...tests.split(',')],
      {
        cwd: sandbox,
        env: { ...process.env, __STRYKER_ACTIVE_MUTANT__: mutant.id },
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    const status = run.status === 0 ? 'Survived' : run.status === null ? 'Timeout' : 'Killed';
    counts[status] += 1;
    const { line, column } = mutant.location.start;
    results.push({
      file,
      id: mutant.id,
      line,
      column,
      mutator: mutant.mutatorName,
      replacement: mutant.replacement,
      status,
    });
    process.stdout.write(`${file}:${line}:${column} ${mutant.mutatorName} -> ${mutant.replacement}: ${status}\n`);
  }
  process.stdout.write(`${file}: ${counts.Killed} killed, ${counts.Timeout} timed out, ${counts.Survived} survived\n`);
}
writeFileSync(join(sandbox, 'static-mutants.json'), `${JSON.stringify(results, null, 2)}\n`);
