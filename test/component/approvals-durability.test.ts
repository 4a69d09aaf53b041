import { afterEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../src/blocks/ids.js';
import { pendingRequest } from '../../src/complaints/approval-request.js';
import type { Case } from '../../src/complaints/case.js';
import { applyCaseEvent } from '../../src/complaints/case-transitions.js';
import { decisionForm } from '../helpers/approval-payloads.js';
import { compensationForm, complaintForm } from '../helpers/complaint-payloads.js';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.js';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.js';

const ENV = { APPROVERS: 'UMANAGER01,UMANAGER02' };
const json = (call: RecordedCall) => JSON.stringify(call.args);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const running: TestApp[] = [];
const fakes: FakeSlackApi[] = [];
afterEach(async () => {
  for (const app of running.splice(0)) await app.stop({ keepStore: false });
  for (const slack of fakes.splice(0)) await slack.stop();
});

async function start(slack: FakeSlackApi, options: { storeUrl?: string; clock?: () => Date } = {}) {
  const app = await startTestApp({ slack, env: ENV, ...options });
  running.push(app);
  return app;
}

async function waitForStored(app: TestApp, caseId: string, predicate: (record: Case) => boolean): Promise<Case> {
  for (let tries = 0; tries < 250; tries++) {
    const record = await app.stores.cases.get(caseId);
    if (record && predicate(record)) return record;
    await sleep(20);
  }
  throw new Error(`case ${caseId} did not reach the expected state within 5 s`);
}

/** Files a case and asks for 200 yuan; resolves once the request is stored (whether or not Slack has it yet). */
async function askForApproval(app: TestApp, viewId: string, narrative: string) {
  await app.interact(complaintForm(narrative, 'Make it right.', { viewId }));
  const filed = await app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
  await app.interact(compensationForm(filed.id, 'compensation', '200', 'Customer insists on 200'));
  const awaiting = await waitForStored(app, filed.id, (item) => item.status === 'awaiting-approval');
  const request = pendingRequest(awaiting);
  if (!request) throw new Error('no pending request');
  // The awaiting-approval index is written just after the case itself.
  for (let tries = 0; tries < 250; tries++) {
    if ((await app.stores.cases.listAwaitingApproval(50)).some((item) => item.id === filed.id)) break;
    await sleep(20);
  }
  return { record: awaiting, ref: { caseId: filed.id, request: request.index } };
}

const reminders = (slack: FakeSlackApi, caseId: string) =>
  slack
    .callsOf('chat.postMessage')
    .filter((call) => /Reminder/.test(String(call.args.text)) && json(call).includes(caseId));

describe('reminders', () => {
  it('when a request waits APPROVAL_REMIND_HOURS in business hours, then the approvers are reminded once — not twice, not after a restart', async () => {
    const slack = await new FakeSlackApi().start();
    fakes.push(slack);
    // Monday 23 November 2026, 10:00 in the store's time zone (Asia/Shanghai).
    let now = new Date('2026-11-23T10:00:00+08:00');
    const clock = () => now;
    const app = await start(slack, { clock });
    const { record } = await askForApproval(app, 'VREMIND-DAY', 'Pendant chain broke');

    now = new Date('2026-11-23T13:59:00+08:00');
    expect(await app.running.remindApprovers()).toBe(0);
    expect(reminders(slack, record.id)).toHaveLength(0);

    now = new Date('2026-11-23T14:01:00+08:00');
    expect(await app.running.remindApprovers()).toBe(1);
    await slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'UMANAGER02' && /Reminder/.test(String(call.args.text)),
    );
    const sent = reminders(slack, record.id);
    expect(sent.map((call) => call.args.channel).sort()).toEqual(['UMANAGER01', 'UMANAGER02']);
    expect(json(sent[0] as RecordedCall)).toContain(ACTION.approve);

    now = new Date('2026-11-23T15:00:00+08:00');
    expect(await app.running.remindApprovers()).toBe(0);
    await app.stop();
    running.splice(running.indexOf(app), 1);
    const restarted = await start(slack, { storeUrl: app.storeUrl, clock });
    expect(await restarted.running.remindApprovers()).toBe(0);
    expect(reminders(slack, record.id)).toHaveLength(2);
  });

  it('when the threshold passes at night, then the reminder waits for the next opening (09:00)', async () => {
    const slack = await new FakeSlackApi().start();
    fakes.push(slack);
    let now = new Date('2026-11-23T18:30:00+08:00');
    const app = await start(slack, { clock: () => now });
    const { record } = await askForApproval(app, 'VREMIND-NIGHT', 'Watch glass cracked');

    for (const at of ['2026-11-23T22:31:00+08:00', '2026-11-24T03:00:00+08:00', '2026-11-24T08:59:00+08:00']) {
      now = new Date(at);
      expect(await app.running.remindApprovers()).toBe(0);
    }
    now = new Date('2026-11-24T09:00:00+08:00');
    expect(await app.running.remindApprovers()).toBe(1);
    await slack.waitFor(
      'chat.postMessage',
      (call) => /Reminder/.test(String(call.args.text)) && json(call).includes(record.id),
    );
  });

  it('when the request was decided before it came due, then nobody is reminded', async () => {
    const slack = await new FakeSlackApi().start();
    fakes.push(slack);
    let now = new Date('2026-11-23T10:00:00+08:00');
    const app = await start(slack, { clock: () => now });
    const { record, ref } = await askForApproval(app, 'VREMIND-DECIDED', 'Ring resized wrong');
    await app.interact(decisionForm('approve', ref, 'UMANAGER01'));
    await waitForStored(app, record.id, (item) => item.status === 'proposed');
    now = new Date('2026-11-23T15:00:00+08:00');
    expect(await app.running.remindApprovers()).toBe(0);
  });
});

describe('Slack failures and restarts', () => {
  it('when Slack fails while a request is posted, then it is kept and posted after a restart', async () => {
    const slack = await new FakeSlackApi().start();
    fakes.push(slack);
    const first = await start(slack);
    await first.interact(complaintForm('Anklet clasp broke', 'Fix it.', { viewId: 'VREQ-OUTAGE' }));
    const filed = await first.waitForCase(
      (item) => item.complaint.narrative === 'Anklet clasp broke' && item.reviewPost !== null,
    );
    slack.fail('chat.postMessage', 503, 20);
    await first.interact(compensationForm(filed.id, 'compensation', '200', 'Customer insists on 200'));
    const awaiting = await waitForStored(first, filed.id, (item) => item.status === 'awaiting-approval');
    await sleep(300);
    expect((await first.stores.cases.get(filed.id))?.approvalMessages ?? []).toHaveLength(0);
    await first.stop();
    running.splice(running.indexOf(first), 1);

    slack.fail('chat.postMessage', 503, 0);
    const before = slack.calls.length;
    const second = await start(slack, { storeUrl: first.storeUrl });
    const thread = await slack.waitFor(
      'chat.postMessage',
      (call) =>
        slack.calls.indexOf(call) >= before &&
        call.args.channel === REVIEW_CHANNEL &&
        call.args.thread_ts === awaiting.reviewPost?.ts &&
        json(call).includes(ACTION.approve),
    );
    expect(thread).toBeDefined();
    await slack.waitFor(
      'chat.postMessage',
      (call) =>
        slack.calls.indexOf(call) >= before &&
        call.args.channel === 'UMANAGER01' &&
        json(call).includes(ACTION.approve),
    );
    const posted = await waitForStored(second, filed.id, (item) => (item.approvalMessages ?? []).length === 3);
    expect(posted.approvalMessages?.map((copy) => copy.target).sort()).toEqual(['UMANAGER01', 'UMANAGER02', 'thread']);
  });

  it('when the app restarts between a decision and the message update, then the update follows and the first decision stands', async () => {
    const slack = await new FakeSlackApi().start();
    fakes.push(slack);
    const first = await start(slack);
    const { record, ref } = await askForApproval(first, 'VREQ-RESTART', 'Hairpin stone missing');
    const copies = await waitForStored(first, record.id, (item) => (item.approvalMessages ?? []).length === 3);
    slack.fail('chat.update', 503, 50);
    await first.interact(decisionForm('approve', ref, 'UMANAGER01', { reason: 'Fine' }));
    await waitForStored(first, record.id, (item) => item.status === 'proposed');
    // Slack refused the edits; the app stops once both refusals are recorded (an attempt still in flight
    // would hold its job's lease for a minute).
    for (let tries = 0; tries < 250; tries++) {
      const queued = await first.stores.outbox.due(new Date(8.64e15), 50);
      const refused = (prefix: string) => queued.some((job) => job.id.startsWith(prefix) && job.attempts > 0);
      if (refused(`approval-close:${record.id}:`) && refused(`review-update:${record.id}:`)) break;
      await sleep(20);
    }
    await first.stop();
    running.splice(running.indexOf(first), 1);

    slack.fail('chat.update', 503, 0);
    const before = slack.calls.length;
    const second = await start(slack, { storeUrl: first.storeUrl });
    for (const copy of copies.approvalMessages ?? []) {
      const update = await slack.waitFor(
        'chat.update',
        (call) => slack.calls.indexOf(call) >= before && call.args.ts === copy.ts,
      );
      expect(json(update)).toContain('Approved by <@UMANAGER01>');
      expect(json(update)).not.toContain(ACTION.approve);
    }
    await second.interact(decisionForm('reject', ref, 'UMANAGER02', { reason: 'Too much' }));
    await slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'UMANAGER02' && /already approved by <@UMANAGER01>/.test(String(call.args.text)),
    );
    const final = await second.stores.cases.get(record.id);
    expect(final?.history.filter((event) => event.type === 'decided')).toHaveLength(1);
  });

  it('when the process stopped between storing a request and queueing its posts, then the next sweep queues them', async () => {
    const slack = await new FakeSlackApi().start();
    fakes.push(slack);
    let now = new Date('2026-11-23T10:00:00+08:00');
    const app = await start(slack, { clock: () => now });
    await app.interact(complaintForm('Cufflink lost its stone', 'Fix it.', { viewId: 'VREQ-LOST' }));
    const filed = await app.waitForCase(
      (item) => item.complaint.narrative === 'Cufflink lost its stone' && item.reviewPost !== null,
    );
    // The request lands in the store the way the form records it, but nothing is queued (as after a crash).
    const at = now.toISOString();
    await app.stores.cases.update(filed.id, (current) =>
      applyCaseEvent(
        applyCaseEvent(current, { type: 'proposed', at, by: 'U_STAFF', remedyId: 'compensation', amount: 200 }),
        { type: 'approval-requested', at, by: 'U_STAFF', remedyId: 'compensation', amount: 200, reason: 'Lost' },
      ),
    );
    now = new Date('2026-11-23T10:01:00+08:00');
    await app.running.remindApprovers();
    await app.running.delivery.deliverDue();
    expect(
      slack
        .callsOf('chat.postMessage')
        .some((call) => call.args.thread_ts === filed.reviewPost?.ts && json(call).includes(ACTION.approve)),
    ).toBe(false);

    now = new Date('2026-11-23T10:03:00+08:00');
    await app.running.remindApprovers();
    await app.running.delivery.deliverDue();
    await slack.waitFor(
      'chat.postMessage',
      (call) => call.args.thread_ts === filed.reviewPost?.ts && json(call).includes(ACTION.approve),
    );
    await slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'UMANAGER01' && json(call).includes(ACTION.approve),
    );
    // Once posted, later sweeps leave it alone.
    await waitForStored(app, filed.id, (item) => (item.approvalMessages ?? []).length === 3);
    const posts = slack.callsOf('chat.postMessage').length;
    now = new Date('2026-11-23T10:05:00+08:00');
    await app.running.remindApprovers();
    await app.running.delivery.deliverDue();
    expect(slack.callsOf('chat.postMessage').length).toBe(posts);
  });
});
