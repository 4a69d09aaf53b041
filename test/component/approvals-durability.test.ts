import { afterEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../src/blocks/ids.ts';
import { pendingRequest } from '../../src/domain/approval-request.ts';
import type { Case } from '../../src/domain/case.ts';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import { jobsForSettledRequest } from '../../src/outbox/approval-jobs.ts';
import type { CaseStore, Stores } from '../../src/store/case-store.ts';
import { decisionForm, requestButtonClick } from '../helpers/approval-payloads.ts';
import { buttonClick, compensationForm, complaintForm } from '../helpers/complaint-payloads.ts';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

const ENV = { APPROVERS: 'UMANAGER01,UMANAGER02' };
const json = (call: RecordedCall) => JSON.stringify(call.args);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const running: TestApp[] = [];
const fakes: FakeSlackApi[] = [];
afterEach(async () => {
  for (const app of running.splice(0)) await app.stop({ keepStore: false });
  for (const slack of fakes.splice(0)) await slack.stop();
});

async function start(
  slack: FakeSlackApi,
  {
    env,
    ...options
  }: {
    storeUrl?: string;
    clock?: () => Date;
    env?: Record<string, string>;
    wrapStores?: (stores: Stores) => Stores;
  } = {},
) {
  const app = await startTestApp({ slack, env: { ...ENV, ...env }, ...options });
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

  it('when a request is decided after its reminder went out, then the reminder copies are edited too, without buttons', async () => {
    const slack = await new FakeSlackApi().start();
    fakes.push(slack);
    let now = new Date('2026-11-23T10:00:00+08:00');
    const app = await start(slack, { clock: () => now });
    const { record, ref } = await askForApproval(app, 'VREMIND-THEN-DECIDE', 'Brooch clasp loose');
    now = new Date('2026-11-23T14:01:00+08:00');
    expect(await app.running.remindApprovers()).toBe(1);
    const reminded = await waitForStored(
      app,
      record.id,
      (item) => (item.approvalMessages ?? []).filter((copy) => copy.target.startsWith('reminder:')).length === 2,
    );
    await app.interact(decisionForm('reject', ref, 'UMANAGER01', { reason: 'Not covered' }));
    await waitForStored(app, record.id, (item) => item.status === 'open');
    for (const copy of (reminded.approvalMessages ?? []).filter((entry) => entry.target.startsWith('reminder:'))) {
      const update = await slack.waitFor('chat.update', (call) => call.args.ts === copy.ts);
      expect(json(update)).toContain('Rejected by <@UMANAGER01>');
      expect(json(update)).not.toContain(ACTION.approve);
    }
  });

  it('when the process stops while a reminder is being queued, then the next sweep still sends it', async () => {
    const slack = await new FakeSlackApi().start();
    fakes.push(slack);
    let now = new Date('2026-11-23T10:00:00+08:00');
    let stopAtReminder = false;
    // The reminder's job never reaches the outbox, as if the process stopped just then.
    const wrapStores = (stores: Stores): Stores => {
      const outbox = new Proxy(stores.outbox, {
        get(target, property) {
          const value: unknown = Reflect.get(target, property, target);
          if (property !== 'enqueue' || typeof value !== 'function') {
            return typeof value === 'function' ? value.bind(target) : value;
          }
          return async (job: { id: string }) => {
            if (stopAtReminder && job.id.startsWith('approval-reminder:')) {
              stopAtReminder = false;
              throw new Error('the process stopped here');
            }
            return value.call(target, job);
          };
        },
      });
      return new Proxy(stores, {
        get: (target, property) => (property === 'outbox' ? outbox : Reflect.get(target, property)),
      });
    };
    const app = await start(slack, { clock: () => now, wrapStores });
    const { record } = await askForApproval(app, 'VREMIND-CRASH', 'Bangle hinge squeaks');
    now = new Date('2026-11-23T14:01:00+08:00');
    stopAtReminder = true;
    await expect(app.running.remindApprovers()).rejects.toThrow(/stopped/);
    expect(await app.running.remindApprovers()).toBe(1);
    await slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'UMANAGER02' && /Reminder/.test(String(call.args.text)),
    );
    expect(reminders(slack, record.id)).toHaveLength(2);
    expect(await app.running.remindApprovers()).toBe(0);
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
    // The request as it was asked for, with every decide button.
    const request = json(thread);
    expect(request).toContain('200 yuan');
    expect(request).toContain('Customer insists on 200');
    for (const action of [ACTION.approve, ACTION.adjust, ACTION.reject]) expect(request).toContain(action);
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

  it('when the process stops right after a decision is stored, before anything is sent, then the next start edits every copy and tells the requester once', async () => {
    const slack = await new FakeSlackApi().start();
    fakes.push(slack);
    let crash = false;
    // The decision lands in the store, then the process "stops": nothing after the write runs.
    const wrapStores = (stores: Stores): Stores => {
      const cases = new Proxy(stores.cases, {
        get(target, property) {
          if (property === 'update') {
            const update: CaseStore['update'] = async (id, change) => {
              const updated = await target.update(id, change);
              if (crash && updated.history.at(-1)?.type === 'decided') {
                crash = false;
                throw new Error('the process stopped here');
              }
              return updated;
            };
            return update;
          }
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return new Proxy(stores, {
        get: (target, property) => (property === 'cases' ? cases : Reflect.get(target, property)),
      });
    };
    const first = await start(slack, { wrapStores });
    const { record, ref } = await askForApproval(first, 'VREQ-CRASH', 'Tie pin bent');
    const copies = await waitForStored(first, record.id, (item) => (item.approvalMessages ?? []).length === 3);
    crash = true;
    await first.interact(decisionForm('approve', ref, 'UMANAGER01', { reason: 'Fine' }));
    const decided = await waitForStored(first, record.id, (item) => item.status === 'proposed');
    await sleep(200);
    const notices = () =>
      slack
        .callsOf('chat.postMessage')
        .filter((call) => call.args.channel === 'U_STAFF' && /was approved/.test(String(call.args.text)));
    expect(slack.callsOf('chat.update').some((call) => /Approved by/.test(json(call)))).toBe(false);
    expect(notices()).toHaveLength(0);
    await first.stop();
    running.splice(running.indexOf(first), 1);

    const second = await start(slack, { storeUrl: first.storeUrl });
    for (const copy of copies.approvalMessages ?? []) {
      const update = await slack.waitFor('chat.update', (call) => call.args.ts === copy.ts);
      expect(json(update)).toContain('Approved by <@UMANAGER01>');
      expect(json(update)).not.toContain(ACTION.approve);
    }
    await slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && /was approved/.test(String(call.args.text)),
    );
    // The same notice queued again (as a losing decision's jobs queued ahead would be) tells nobody twice.
    const decision = decided.history.length - 1;
    await waitForStored(second, record.id, (item) => (item.decisionsNoticed ?? []).includes(decision));
    for (const job of jobsForSettledRequest(record.id, ref.request, decision, new Date())) {
      await second.stores.outbox.enqueue(job);
    }
    await second.running.delivery.deliverDue({ all: true });
    await sleep(100);
    expect(notices()).toHaveLength(1);
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

describe('approver groups when Slack fails', () => {
  it('when Slack cannot say who is in the approvers group, then the clicker is told privately to try again; once read, a failed refresh uses the members read before', async () => {
    const slack = await new FakeSlackApi().start();
    fakes.push(slack);
    slack.groups.set('S0MANAGERS', ['UMANAGER03']);
    let now = new Date('2026-11-23T10:00:00+08:00');
    const app = await start(slack, { clock: () => now, env: { APPROVERS: 'UMANAGER01,S0MANAGERS' } });
    slack.fail('usergroups.users.list', 500, 1000);
    const { record, ref } = await askForApproval(app, 'VGROUP-DOWN', 'Locket hinge broke');

    const click = requestButtonClick(ACTION.approve, ref, 'UMANAGER03');
    expect((await app.interact(click)).status).toBe(200);
    const told = await slack.waitFor('chat.postEphemeral', (call) => call.args.user === 'UMANAGER03');
    expect(String(told.args.text)).toMatch(/Could not check who may approve.*try again/);
    expect(slack.callsOf('views.open').some((call) => call.args.trigger_id === click.trigger_id)).toBe(false);
    // The same for a case button pressed by someone who is not the owner.
    await app.interact(buttonClick(ACTION.showHistory, record.id, 'U_STRANGER'));
    await slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STRANGER' && /Could not check who may approve/.test(String(call.args.text)),
    );

    slack.fail('usergroups.users.list', 500, 0);
    const again = requestButtonClick(ACTION.approve, ref, 'UMANAGER03');
    await app.interact(again);
    await slack.waitFor('views.open', (call) => call.args.trigger_id === again.trigger_id);

    // Past the five-minute cache, Slack fails again: the members read before still count.
    now = new Date('2026-11-23T10:06:00+08:00');
    slack.fail('usergroups.users.list', 500, 1000);
    const lookups = slack.callsOf('usergroups.users.list').length;
    const stale = requestButtonClick(ACTION.approve, ref, 'UMANAGER03');
    await app.interact(stale);
    await slack.waitFor('views.open', (call) => call.args.trigger_id === stale.trigger_id);
    expect(slack.callsOf('usergroups.users.list').length).toBeGreaterThan(lookups);
    slack.fail('usergroups.users.list', 500, 0);
  });
});
