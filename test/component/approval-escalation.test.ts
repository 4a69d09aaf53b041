import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pendingRequest } from '../../src/domain/approval-request.ts';
import type { Case } from '../../src/domain/case.ts';
import { ACTION, decisionForm, requestButtonClick } from '../helpers/approval-payloads.ts';
import { compensationForm, complaintForm } from '../helpers/complaint-payloads.ts';
import type { FakeSlackApi, RecordedCall } from '../helpers/fake-slack-api.ts';
import {
  jobIdOf,
  type LadderPolicies,
  ladderDms,
  ladderSlack,
  ladderThreadLines,
  writeLadderPolicies,
} from '../helpers/ladder-kit.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 15, "Escalation ladder": a request for approval still undecided after the policy's
// `escalation.approvalAfterHours` (2 opening hours here) climbs the ladder above the approvers — level 2
// (a regional manager) after 2 h, level 3 (the group S0MANAGERS) after 4 h — once per level, only while
// the store is open, exactly once across sweeps, instances and restarts, with a line in the review thread
// and an entry in the history. The people told may then decide that request with the usual buttons;
// nobody else gains anything. The example policy: Asia/Shanghai, open 09:00–21:00 every day.

let now = new Date('2026-12-01T02:00:00Z');
const clock = () => now;
const local = (time: string) => new Date(`${time}+08:00`);
const PHONE = '13812345678';
const ENV = { APPROVERS: 'UMANAGER01' };

let policies: LadderPolicies;
const apps: TestApp[] = [];
const fakes: FakeSlackApi[] = [];

beforeAll(async () => {
  policies = await writeLadderPolicies('complaint-desk-approval-escalation-');
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.stop({ keepStore: false });
  for (const slack of fakes.splice(0)) await slack.stop();
});
afterAll(async () => {
  await policies?.remove();
});

async function start(slack: FakeSlackApi, options: { storeUrl?: string; policy?: string } = {}): Promise<TestApp> {
  const { policy = policies.approvals, ...rest } = options;
  const app = await startTestApp({ slack, clock, env: { ...ENV, POLICY_FILE: policy }, ...rest });
  apps.push(app);
  return app;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the case satisfies a predicate (writes land just after Slack answers). */
const waitForStored = (app: TestApp, caseId: string, predicate: (record: Case) => boolean) =>
  app.waitForCase((item) => item.id === caseId && predicate(item));

/** Files a case and asks for 200 yuan (beyond the staff limit); returns the request once its copies are out. */
async function askForApproval(app: TestApp, viewId: string, narrative: string) {
  await app.interact(complaintForm(narrative, `Call me back on ${PHONE}`, { viewId }));
  const record = await app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
  await app.interact(compensationForm(record.id, 'compensation', '200', 'Customer insists on 200'));
  const awaiting = await waitForStored(app, record.id, (item) => item.status === 'awaiting-approval');
  const request = pendingRequest(awaiting);
  if (!request) throw new Error('no pending request');
  // The thread's copy and the one approver's DM.
  await waitForStored(app, record.id, (item) => (item.approvalMessages ?? []).length >= 2);
  return { record, ref: { caseId: record.id, request: request.index } };
}

/** The escalation DMs Slack took for a case's request (optionally of one level, to one person). */
const dmsOf = (slack: FakeSlackApi, caseId: string, level?: number, to?: string) =>
  ladderDms(slack, `approval-escalation:${caseId}:`, to).filter(
    (call) => level === undefined || jobIdOf(call)?.split(':')[3] === String(level),
  );
const json = (call: RecordedCall | undefined) => JSON.stringify(call?.args ?? {});
const escalations = async (app: TestApp, id: string) =>
  ((await app.stores.cases.get(id))?.history ?? []).filter((event) => event.type === 'approval-escalated');
const decisionsOf = async (app: TestApp, id: string) =>
  ((await app.stores.cases.get(id))?.history ?? []).filter((event) => event.type === 'decided');

/** Waits for a call recorded after the first `since` calls. */
const callAfter = (slack: FakeSlackApi, since: number, method: string, predicate: (call: RecordedCall) => boolean) =>
  slack.waitFor(method, (call) => slack.calls.indexOf(call) >= since && predicate(call));

/** "Only the approvers may decide", in the reader's language (UMGR2 reads Chinese). */
const APPROVERS_ONLY = [
  'Only the approvers (APPROVERS) can decide requests for compensation.',
  '只有审批经理(APPROVERS)可以审批补偿申请。',
];
/** A click in a DM (and a submitted form) is refused by a DM of its own to whoever clicked. */
const refusedTo = (slack: FakeSlackApi, since: number, user: string) =>
  callAfter(
    slack,
    since,
    'chat.postMessage',
    (call) => call.args.channel === user && APPROVERS_ONLY.includes(String(call.args.text)),
  );

describe('a request for approval left waiting', () => {
  it('climbs one level per wait, once across sweeps, instances and restarts, only while the store is open', async () => {
    const slack = await ladderSlack(fakes);
    const app = await start(slack);
    now = local('2026-12-01T10:00:00');
    const { record } = await askForApproval(app, 'VAPPESC1', 'The bracelet clasp snapped twice');
    const second = await start(slack, { storeUrl: app.storeUrl });

    now = local('2026-12-01T11:59:00');
    expect(await app.running.escalateApprovals()).toBe(0);

    // Two opening hours undecided: level 2 (the first above the approvers), once, whoever sweeps.
    now = local('2026-12-01T12:00:00');
    const swept = await Promise.all([
      app.running.escalateApprovals(),
      second.running.escalateApprovals(),
      app.running.escalateApprovals(),
    ]);
    expect(swept.reduce((sum, count) => sum + count, 0)).toBe(1);
    await app.running.delivery.deliverDue({ all: true });
    await second.running.delivery.deliverDue({ all: true });
    expect(dmsOf(slack, record.id).map((call) => call.args.channel)).toEqual(['UREGION1']);
    const english = json(dmsOf(slack, record.id, 2)[0]);
    expect(english).toContain('Request for approval escalated');
    expect(english).toContain('You are told as *regional manager*');
    expect(english).toContain('waiting for a decision for 2 h');
    expect(english).toContain('You may now decide this request too');
    expect(english).toContain(ACTION.approve);
    expect(english).toContain(`<https://example.slack.com/archives/${REVIEW_CHANNEL}/p`);
    expect(english).not.toContain(PHONE);
    expect(ladderThreadLines(slack, record).map((call) => call.args.text)).toEqual([
      '⏫ Request for approval escalated to regional manager: <@UREGION1> — waiting for a decision for 2 h',
    ]);
    expect(await escalations(app, record.id)).toMatchObject([
      { level: 2, request: expect.any(Number), waitedMinutes: 120, notified: ['UREGION1'] },
    ]);

    // A restart (a new instance on the same store) escalates nothing again and posts nothing twice.
    await second.stop();
    apps.splice(apps.indexOf(second), 1);
    const restarted = await start(slack, { storeUrl: app.storeUrl });
    expect(await restarted.running.escalateApprovals()).toBe(0);
    await restarted.running.delivery.deliverDue({ all: true });
    expect(dmsOf(slack, record.id)).toHaveLength(1);
    expect(ladderThreadLines(slack, record)).toHaveLength(1);

    // Level 3 is due at 4 h waited (14:00), but not at night: it waits for the opening.
    now = local('2026-12-01T13:59:00');
    expect(await restarted.running.escalateApprovals()).toBe(0);
    now = local('2026-12-01T21:30:00');
    expect(await restarted.running.escalateApprovals()).toBe(0);
    now = local('2026-12-02T09:05:00');
    expect(await restarted.running.escalateApprovals()).toBe(1);
    expect(await restarted.running.escalateApprovals()).toBe(0);
    await restarted.running.delivery.deliverDue({ all: true });
    expect(
      dmsOf(slack, record.id, 3)
        .map((call) => call.args.channel)
        .sort(),
    ).toEqual(['UMGR2', 'USTOREMGR1']);
    const chinese = json(dmsOf(slack, record.id, 3, 'UMGR2')[0]);
    expect(chinese).toContain('审批请求升级');
    expect(chinese).toContain('你收到这条升级，因为你是 *大区总监*');
    expect(chinese).toContain('已等待审批 11小时5分钟');
    expect(chinese).not.toContain(PHONE);
    // Past the top of the ladder nothing more happens.
    now = local('2026-12-02T20:00:00');
    expect(await restarted.running.escalateApprovals()).toBe(0);
  });

  it('lets the people it was escalated to decide it, once, and nobody else', async () => {
    const slack = await ladderSlack(fakes);
    const app = await start(slack);
    now = local('2026-12-03T10:00:00');
    const { record, ref } = await askForApproval(app, 'VAPPESC2', 'The ring stone fell out at dinner');

    // Before the escalation the regional manager is no approver: refused, nothing changes.
    const early = slack.calls.length;
    await app.interact(requestButtonClick(ACTION.approve, ref, 'UREGION1', 'D0REGION1'));
    await refusedTo(slack, early, 'UREGION1');

    now = local('2026-12-03T12:10:00');
    expect(await app.running.escalateApprovals()).toBe(1);
    await app.running.delivery.deliverDue({ all: true });
    expect(dmsOf(slack, record.id, 2, 'UREGION1')).toHaveLength(1);

    // Someone the request was not escalated to (a level not reached yet, or anyone) is still refused.
    for (const user of ['UMGR2', 'U_STRANGER']) {
      const since = slack.calls.length;
      await app.interact(requestButtonClick(ACTION.approve, ref, user, 'D0OTHER'));
      await refusedTo(slack, since, user);
      // A forged form is checked at submit too.
      const submittedAt = slack.calls.length;
      await app.interact(decisionForm('approve', ref, user, { reason: 'sure' }));
      await refusedTo(slack, submittedAt, user);
    }
    await sleep(200);
    expect(await decisionsOf(app, record.id)).toEqual([]);

    // The regional manager's button opens the form; a double submit decides once.
    const opened = slack.calls.length;
    const click = requestButtonClick(ACTION.approve, ref, 'UREGION1', 'D0REGION1');
    await app.interact(click);
    await callAfter(slack, opened, 'views.open', (call) => call.args.trigger_id === click.trigger_id);
    const submitted = slack.calls.length;
    await Promise.all([
      app.interact(decisionForm('approve', ref, 'UREGION1', { reason: 'Good customer, fine' })),
      app.interact(decisionForm('approve', ref, 'UREGION1', { reason: 'Good customer, fine' })),
    ]);
    const stored = await waitForStored(app, record.id, (item) => item.status !== 'awaiting-approval');
    expect(stored.history.filter((event) => event.type === 'decided')).toMatchObject([
      { decision: 'approved', by: 'UREGION1' },
    ]);
    const late = await callAfter(
      slack,
      submitted,
      'chat.postMessage',
      (call) => call.args.channel === 'UREGION1' && /already approved/.test(String(call.args.text)),
    );
    expect(String(late.args.text)).toMatch(/^This request was already approved by <@UREGION1> at /);

    // The escalated DM is kept among the request's copies and edited like them: no buttons once decided.
    await app.running.delivery.deliverDue({ all: true });
    const copy = stored.approvalMessages?.find((message) => message.target === 'escalation:UREGION1');
    expect(copy).toBeDefined();
    const edited = await slack.waitFor('chat.update', (call) => call.args.ts === copy?.ts);
    expect(json(edited)).not.toContain(ACTION.approve);

    // Decided: the next level is never told.
    now = local('2026-12-03T14:30:00');
    expect(await app.running.escalateApprovals()).toBe(0);
  });

  it('without approvalAfterHours in the policy, a waiting request is only reminded', async () => {
    const slack = await ladderSlack(fakes);
    const app = await start(slack, { policy: policies.ladder });
    now = local('2026-12-04T10:00:00');
    const { record } = await askForApproval(app, 'VAPPESC3', 'The chain broke when opened');
    now = local('2026-12-04T20:00:00');
    expect(await app.running.escalateApprovals()).toBe(0);
    await app.running.delivery.deliverDue({ all: true });
    expect(dmsOf(slack, record.id)).toEqual([]);
  });
});
