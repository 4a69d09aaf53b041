import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { DEFAULT_POLICY_PATH } from '../../src/policy/load-policy.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

// A policy file of one's own made from an older example lacks the sections added since (found by the upgrade trial):
// the bot says at start which are missing and what stays off, instead of running without them in silence.

let app: TestApp | undefined;
let dir: string | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** The example policy without the named top-level sections, written to a file of its own. */
async function policyWithout(sections: readonly string[]): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-sections-'));
  const document = parseDocument(await readFile(DEFAULT_POLICY_PATH, 'utf8'));
  for (const section of sections) document.delete(section);
  const file = join(dir, 'policy.yml');
  await writeFile(file, document.toString());
  return file;
}

const sectionsLine = (lines: readonly string[]) => lines.filter((line) => line.startsWith('policy: '));

describe('a policy file without the optional sections', () => {
  it('when it lacks sla, escalation and repeat, then the start says so in one line naming what is off and where to copy them from', async () => {
    const file = await policyWithout(['sla', 'escalation', 'repeat']);
    app = await startTestApp({ env: { POLICY_FILE: file } });
    expect(sectionsLine(app.logger.lines)).toEqual([
      `policy: ${file} lacks the \`sla\`, \`escalation\` and \`repeat\` sections (off: time targets; crisis alerts and escalation; repeat-customer warnings); copy them from src/policy/examples/xinhancheng.policy.yml to switch them on`,
    ]);
  });

  it('when it lacks only repeat, then only that is named', async () => {
    const file = await policyWithout(['repeat']);
    app = await startTestApp({ env: { POLICY_FILE: file } });
    expect(sectionsLine(app.logger.lines)).toEqual([
      `policy: ${file} lacks the \`repeat\` section (off: repeat-customer warnings); copy it from src/policy/examples/xinhancheng.policy.yml to switch it on`,
    ]);
  });

  it('when it has them all (the example), then nothing is said', async () => {
    app = await startTestApp();
    expect(sectionsLine(app.logger.lines)).toEqual([]);
  });
});
