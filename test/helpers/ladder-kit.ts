import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { DEFAULT_POLICY_PATH } from '../../src/policy/load-policy.ts';
import { FakeSlackApi } from './fake-slack-api.ts';

/**
 * The policies the crisis-alert and escalation-ladder tests run on, written from the example policy into a
 * directory of their own: `ladder` adds a two-level escalation ladder (level 1: a store manager by id and a
 * group holding them again and a second manager; level 2: a regional manager); `noLadder` has no
 * escalation section; `noSla` has the ladder and no SLA clocks.
 */
export interface LadderPolicies {
  dir: string;
  ladder: string;
  noLadder: string;
  noSla: string;
  remove(): Promise<void>;
}

export async function writeLadderPolicies(prefix: string): Promise<LadderPolicies> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const example = await readFile(DEFAULT_POLICY_PATH, 'utf8');
  const withLadder = parseDocument(example);
  withLadder.set('escalation', {
    levels: [
      { name: { zh: '店长', en: 'store manager' }, notify: ['USTOREMGR1', 'S0MANAGERS'] },
      { name: { zh: '区域经理', en: 'regional manager' }, notify: ['UREGION1'] },
    ],
  });
  const without = parseDocument(example);
  without.delete('escalation');
  const noSla = parseDocument(String(withLadder));
  noSla.delete('sla');
  const written = async (name: string, text: string) => {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  };
  return {
    dir,
    ladder: await written('ladder.policy.yml', String(withLadder)),
    noLadder: await written('no-ladder.policy.yml', String(without)),
    noSla: await written('no-sla.policy.yml', String(noSla)),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A fake Slack where the group S0MANAGERS holds UMGR2 (who reads Chinese) and USTOREMGR1; kept in `fakes`. */
export async function ladderSlack(fakes: FakeSlackApi[]): Promise<FakeSlackApi> {
  const slack = await new FakeSlackApi().start();
  slack.groups.set('S0MANAGERS', ['UMGR2', 'USTOREMGR1']);
  slack.locales.set('UMGR2', 'zh-CN');
  fakes.push(slack);
  return slack;
}
