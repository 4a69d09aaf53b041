import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { Case } from '../../src/domain/case.ts';
import { DEFAULT_POLICY_PATH } from '../../src/policy/load-policy.ts';
import { FakeSlackApi, type RecordedCall } from './fake-slack-api.ts';
import { REVIEW_CHANNEL } from './test-app.ts';

/**
 * The policies the crisis-alert and escalation-ladder tests run on, written from the example policy into a
 * directory of their own: `ladder` adds a two-level escalation ladder (level 1: a store manager by id and a
 * group holding them again and a second manager; level 2: a regional manager); `noLadder` has no
 * escalation section; `noSla` has the ladder and no SLA clocks; `approvals` escalates requests for approval
 * left undecided 2 opening hours (level 1: `approvers`; level 2: a regional manager; level 3: the group
 * S0MANAGERS, as an area director).
 */
export interface LadderPolicies {
  dir: string;
  ladder: string;
  noLadder: string;
  noSla: string;
  approvals: string;
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
  const approvals = parseDocument(example);
  approvals.set('escalation', {
    approvalAfterHours: 2,
    levels: [
      { name: { zh: '店长', en: 'store manager' }, notify: ['approvers'] },
      { name: { zh: '区域经理', en: 'regional manager' }, notify: ['UREGION1'] },
      { name: { zh: '大区总监', en: 'area director' }, notify: ['S0MANAGERS'] },
    ],
  });
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
    approvals: await written('approvals.policy.yml', String(approvals)),
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

/** The outbox job a post was made for, from the metadata every outbox post carries. */
export const jobIdOf = (call: RecordedCall): string | undefined =>
  (call.args.metadata as { event_payload?: { job_id?: string } } | undefined)?.event_payload?.job_id;

/** The DMs Slack took for outbox jobs whose id starts with `jobPrefix` (optionally to one person). */
export const ladderDms = (slack: FakeSlackApi, jobPrefix: string, to?: string): RecordedCall[] =>
  slack
    .callsOf('chat.postMessage')
    .filter(
      (call) =>
        call.status === 200 &&
        jobIdOf(call)?.startsWith(jobPrefix) &&
        call.args.channel !== REVIEW_CHANNEL &&
        (to === undefined || call.args.channel === to),
    );

/** The ⏫ lines under a case's review post. */
export const ladderThreadLines = (slack: FakeSlackApi, record: Case): RecordedCall[] =>
  slack
    .callsOf('chat.postMessage')
    .filter((call) => call.args.thread_ts === record.reviewPost?.ts && /⏫/.test(String(call.args.text)));
