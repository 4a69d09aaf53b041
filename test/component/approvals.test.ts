import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, CALLBACK } from '../../src/blocks/ids.ts';
import { pendingRequest } from '../../src/domain/approval-request.ts';
import type { Case } from '../../src/domain/case.ts';
import { decisionForm, requestButtonClick } from '../helpers/approval-payloads.ts';
import { buttonClick, compensationForm, complaintForm } from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;

// Two approvers by id and a group whose members are a third approver and one of the first two.
const ENV = { APPROVERS: 'UMANAGER01,UMANAGER02,S0MANAGERS' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const json = (call: RecordedCall) => JSON.stringify(call.args);
const hasDecideButtons = (call: RecordedCall) => json(call).includes(ACTION.approve);

async function fileCase(viewId: string, narrative: string): Promise<Case> {
  await app.interact(complaintForm(narrative, 'I want my money back, call me on 13812345678.', { viewId }));
  await app.slack.waitFor(
    'chat.postMessage',
    (call) => call.args.channel === REVIEW_CHANNEL && json(call).includes(narrative),
  );
  return app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
}

/** Waits until a stored case satisfies a predicate. */
async function waitForStored(caseId: string, predicate: (record: Case) => boolean): Promise<Case> {
  for (let tries = 0; tries < 250; tries++) {
    const record = await app.stores.cases.get(caseId);
    if (record && predicate(record)) return record;
    await sleep(20);
  }
  throw new Error(`case ${caseId} did not reach the expected state within 5 s`);
}

/** Files a case and asks for 200 yuan of compensation (beyond the 50 staff limit); returns the request's ref. */
async function askForApproval(viewId: string, narrative: string, user = 'U_STAFF') {
  const record = await fileCase(viewId, narrative);
  await app.interact(
    compensationForm(record.id, 'compensation', '200', 'Customer insists on 200 for the trouble', user),
  );
  const awaiting = await waitForStored(record.id, (item) => item.status === 'awaiting-approval');
  const request = pendingRequest(awaiting);
  if (!request) throw new Error('no pending request');
  // The thread copy and every approver's DM copy are recorded once posted.
  const expected = user === 'U_STAFF' ? 4 : 3;
  const posted = await waitForStored(
    record.id,
    (item) => (item.approvalMessages ?? []).filter((copy) => copy.request === request.index).length >= expected,
  );
  return { record: posted, ref: { caseId: record.id, request: request.index } };
}

function decisionsOf(record: Case | undefined) {
  return record?.history.filter((event) => event.type === 'decided') ?? [];
}

/** Waits for a call recorded after the first `since` calls (`app.slack.calls.length` taken earlier). */
function callAfter(since: number, method: string, predicate: (call: RecordedCall) => boolean) {
  return app.slack.waitFor(method, (call) => app.slack.calls.indexOf(call) >= since && predicate(call));
}

/** Each decide button with the form it opens; a forged form carries whatever the decision would need. */
const DECIDE = [
  { kind: 'approve', action: ACTION.approve, fields: { reason: 'Fine by me' } },
  { kind: 'adjust', action: ACTION.adjust, fields: { remedyId: 'compensation', amount: '20', reason: 'Less' } },
  { kind: 'reject', action: ACTION.reject, fields: { reason: 'No' } },
] as const;

/**
 * Clicks each decide button and submits each decision form as `user`, and expects every one refused with
 * `refusal` — an ephemeral where the click was, a DM for a form — no form opened, and the case as it was.
 */
async function expectRefusedEverywhere(ref: { caseId: string; request: number }, user: string, refusal: string) {
  const before = await app.stores.cases.get(ref.caseId);
  expect(before?.status).toBe('awaiting-approval');
  for (const { kind, action, fields } of DECIDE) {
    const since = app.slack.calls.length;
    const click = requestButtonClick(action, ref, user);
    await app.interact(click);
    const told = await callAfter(since, 'chat.postEphemeral', (call) => call.args.user === user);
    expect(told.args.channel).toBe(REVIEW_CHANNEL);
    expect(told.args.text).toBe(refusal);
    expect(app.slack.callsOf('views.open').some((call) => call.args.trigger_id === click.trigger_id)).toBe(false);

    // A forged submission is checked again at submit, not only when the form opens.
    const submitted = app.slack.calls.length;
    await app.interact(decisionForm(kind, ref, user, fields));
    const dm = await callAfter(submitted, 'chat.postMessage', (call) => call.args.channel === user);
    expect(dm.args.text).toBe(refusal);
  }
  await sleep(200);
  expect(await app.stores.cases.get(ref.caseId)).toEqual(before);
}

beforeAll(async () => {
  app = await startTestApp({ env: ENV });
  app.slack.groups.set('S0MANAGERS', ['UMANAGER03', 'UMANAGER01']);
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('asking for approval', () => {
  it('when staff ask beyond their authority, then the request goes to the review thread and to each approver, with the rule it goes beyond and the decide buttons', async () => {
    const { record, ref } = await askForApproval('VAPP-POST', 'Earrings tarnished within a week');
    const thread = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.thread_ts === record.reviewPost?.ts && hasDecideButtons(call),
    );
    const text = json(thread);
    expect(text).toContain('A1'); // the authority rule it goes beyond
    expect(text).toContain('200 yuan');
    expect(text).toContain('Customer insists on 200 for the trouble');
    expect(text).not.toContain('13812345678'); // contacts masked
    expect(text).toContain(ACTION.adjust);
    expect(text).toContain(ACTION.reject);
    // Group members are expanded, each approver once; the requester gets no decide buttons.
    for (const approver of ['UMANAGER01', 'UMANAGER02', 'UMANAGER03']) {
      const dms = app.slack
        .callsOf('chat.postMessage')
        .filter((call) => call.args.channel === approver && hasDecideButtons(call) && json(call).includes(record.id));
      expect(dms).toHaveLength(1);
    }
    const receipt = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && json(call).includes(ACTION.withdrawRequest),
    );
    expect(String(receipt.args.text)).toMatch(/promise nothing/);
    expect(record.approvalMessages?.map((copy) => copy.target).sort()).toEqual([
      'UMANAGER01',
      'UMANAGER02',
      'UMANAGER03',
      'thread',
    ]);
    expect(ref.request).toBe(record.history.findIndex((event) => event.type === 'approval-requested'));
  });
});

describe('deciding', () => {
  it('when an approver approves with a comment, then it stands, the staff member is told, and every copy shows who and when without buttons', async () => {
    const { record, ref } = await askForApproval('VAPP-APPROVE', 'Necklace clasp snapped twice');
    await app.interact(requestButtonClick(ACTION.approve, ref, 'UMANAGER01'));
    const open = await app.slack.waitFor(
      'views.open',
      (call) => json(call).includes(CALLBACK.approveForm) && json(call).includes(record.id),
    );
    expect(open.args.view).toMatchObject({ private_metadata: JSON.stringify(ref) });

    const response = await app.interact(decisionForm('approve', ref, 'UMANAGER01', { reason: 'Loyal customer, fine' }));
    expect(response.status).toBe(200);
    const decided = await waitForStored(record.id, (item) => decisionsOf(item).length === 1);
    expect(decided.status).toBe('proposed');
    expect(decided.proposal).toMatchObject({ remedyId: 'compensation', amount: 200, approved: true });
    expect(decisionsOf(decided)[0]).toMatchObject({
      decision: 'approved',
      by: 'UMANAGER01',
      amount: 200,
      reason: 'Loyal customer, fine',
    });

    const notice = await app.slack.waitFor(
      'chat.postMessage',
      (call) =>
        call.args.channel === 'U_STAFF' &&
        /was approved/.test(String(call.args.text)) &&
        json(call).includes(record.id),
    );
    expect(json(notice)).toContain('Loyal customer, fine');

    for (const copy of decided.approvalMessages ?? []) {
      const update = await app.slack.waitFor('chat.update', (call) => call.args.ts === copy.ts);
      expect(json(update)).toContain('Approved by <@UMANAGER01>');
      expect(hasDecideButtons(update)).toBe(false);
    }
    // The review post and its thread follow.
    await app.slack.waitFor(
      'chat.update',
      (call) => call.args.ts === record.reviewPost?.ts && json(call).includes('approved'),
    );
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.thread_ts === record.reviewPost?.ts && /decided/.test(String(call.args.text)),
    );
  });

  it('when an approver adjusts, then a reason and a real change are required inline, and the adjusted amount is what stands', async () => {
    const { record, ref } = await askForApproval('VAPP-ADJUST', 'Ring plating wore off in a month');
    await app.interact(requestButtonClick(ACTION.adjust, ref, 'UMANAGER02', 'D_MANAGER02'));
    const open = await app.slack.waitFor(
      'views.open',
      (call) => json(call).includes(CALLBACK.adjustForm) && json(call).includes(record.id),
    );
    expect(json(open)).toContain('"initial_value":"200"');

    const noReason = await app.interact(
      decisionForm('adjust', ref, 'UMANAGER02', { remedyId: 'compensation', amount: '120' }),
    );
    expect(noReason.json).toMatchObject({ response_action: 'errors', errors: { reason: expect.any(String) } });
    const unchanged = await app.interact(
      decisionForm('adjust', ref, 'UMANAGER02', { remedyId: 'compensation', amount: '200', reason: 'ok' }),
    );
    expect(unchanged.json).toMatchObject({ response_action: 'errors', errors: { amount: expect.any(String) } });
    const notAllowed = await app.interact(
      decisionForm('adjust', ref, 'UMANAGER02', { remedyId: 'no-such-remedy', amount: '20', reason: 'ok' }),
    );
    expect(notAllowed.json).toMatchObject({ response_action: 'errors', errors: { remedyId: expect.any(String) } });
    expect(decisionsOf(await app.stores.cases.get(record.id))).toHaveLength(0);

    await app.interact(
      decisionForm('adjust', ref, 'UMANAGER02', {
        remedyId: 'compensation',
        amount: '120',
        reason: 'Half the price is fair',
      }),
    );
    const decided = await waitForStored(record.id, (item) => decisionsOf(item).length === 1);
    expect(decisionsOf(decided)[0]).toMatchObject({
      decision: 'adjusted',
      amount: 120,
      reason: 'Half the price is fair',
    });
    expect(decided.proposal).toMatchObject({ amount: 120, approved: true });
    const notice = await app.slack.waitFor(
      'chat.postMessage',
      (call) =>
        call.args.channel === 'U_STAFF' &&
        /with changes/.test(String(call.args.text)) &&
        json(call).includes(record.id),
    );
    expect(json(notice)).toContain('¥120');
    expect(json(notice)).toContain('Half the price is fair');
  });

  it('when an approver rejects, then a reason is required inline, the case is open again and the staff member hears why', async () => {
    const { record, ref } = await askForApproval('VAPP-REJECT', 'Bangle scratched by the customer');
    const noReason = await app.interact(decisionForm('reject', ref, 'UMANAGER01', { reason: '   ' }));
    expect(noReason.json).toMatchObject({ response_action: 'errors', errors: { reason: expect.any(String) } });
    await app.interact(decisionForm('reject', ref, 'UMANAGER01', { reason: 'Damage caused by use; offer a repair' }));
    const decided = await waitForStored(record.id, (item) => decisionsOf(item).length === 1);
    expect(decided.status).toBe('open');
    expect(decided.proposal).toBeNull();
    const notice = await app.slack.waitFor(
      'chat.postMessage',
      (call) =>
        call.args.channel === 'U_STAFF' && /rejected/.test(String(call.args.text)) && json(call).includes(record.id),
    );
    expect(json(notice)).toContain('Damage caused by use; offer a repair');
  });
});

describe('who may decide', () => {
  it('when someone who is not an approver clicks Approve, Adjust or Reject, or submits any decision, then they are told privately and the case is unchanged', async () => {
    const { ref } = await askForApproval('VAPP-STRANGER', 'Watch strap broke');
    await expectRefusedEverywhere(
      ref,
      'U_STRANGER',
      'Only the approvers (APPROVERS) can decide requests for compensation.',
    );
  });

  it('when an approver asked for it themselves, then they cannot decide it — not by any click, not by any submit — and get no DM of it', async () => {
    const { record, ref } = await askForApproval('VAPP-SELF', 'Glasses screw lost', 'UMANAGER02');
    expect(record.approvalMessages?.some((copy) => copy.target === 'UMANAGER02')).toBe(false);
    await expectRefusedEverywhere(
      ref,
      'UMANAGER02',
      'You cannot decide your own request; another approver must decide it.',
    );
  });
});

describe('exactly one decision', () => {
  it('when two managers decide at the same moment, then exactly one decision lands and the other is told who decided first', async () => {
    const { record, ref } = await askForApproval('VAPP-RACE', 'Bracelet stone fell out');
    await Promise.all([
      app.interact(decisionForm('approve', ref, 'UMANAGER01')),
      app.interact(decisionForm('reject', ref, 'UMANAGER02', { reason: 'Too much' })),
    ]);
    const decided = await waitForStored(record.id, (item) => decisionsOf(item).length >= 1);
    await sleep(300);
    const final = await app.stores.cases.get(record.id);
    expect(decisionsOf(final)).toHaveLength(1);
    const winner = decisionsOf(decided)[0]?.by;
    const loser = winner === 'UMANAGER01' ? 'UMANAGER02' : 'UMANAGER01';
    const told = await app.slack.waitFor(
      'chat.postMessage',
      (call) =>
        call.args.channel === loser && /already/.test(String(call.args.text)) && json(call).includes(`<@${winner}>`),
    );
    expect(String(told.args.text)).toMatch(/first decision stands/);
  });

  it('when Slack retries a submission or the manager double-clicks, then no second decision is made', async () => {
    const { record, ref } = await askForApproval('VAPP-RETRY', 'Necklace chain tangled');
    const submission = decisionForm('approve', ref, 'UMANAGER03', { reason: 'ok' });
    await Promise.all([app.interact(submission), app.interact(submission)]);
    await app.interact(submission, { retryNum: 1 });
    await waitForStored(record.id, (item) => decisionsOf(item).length >= 1);
    await sleep(300);
    expect(decisionsOf(await app.stores.cases.get(record.id))).toHaveLength(1);
    // A click on a copy after the decision is answered the same way, and opens nothing.
    const late = requestButtonClick(ACTION.reject, ref, 'UMANAGER01');
    await app.interact(late);
    const told = await app.slack.waitFor('chat.postEphemeral', (call) => call.args.user === 'UMANAGER01');
    expect(told.args.channel).toBe(REVIEW_CHANNEL);
    expect(String(told.args.text)).toMatch(
      /^This request was already approved by <@UMANAGER03> at \d{4}-\d\d-\d\d \d\d:\d\d; the first decision stands and yours was not applied\.$/,
    );
    expect(app.slack.callsOf('views.open').some((call) => call.args.trigger_id === late.trigger_id)).toBe(false);
  });

  it('when a manager double-clicks Approve and submits both forms seconds apart, then one decision stands, the staff member hears once, and the second form is told it was already decided', async () => {
    const { record, ref } = await askForApproval('VAPP-DOUBLE', 'Pendant bail bent');
    const at = Math.floor(Date.now() / 1000) - 10;
    const first = requestButtonClick(ACTION.approve, ref, 'UMANAGER01');
    const second = requestButtonClick(ACTION.approve, ref, 'UMANAGER01');
    await app.interact(first, { timestamp: at });
    await app.interact(second, { timestamp: at + 2 });
    for (const click of [first, second]) {
      const open = await app.slack.waitFor('views.open', (call) => call.args.trigger_id === click.trigger_id);
      expect(json(open)).toContain(CALLBACK.approveForm);
    }

    await app.interact(decisionForm('approve', ref, 'UMANAGER01', { reason: 'Regular customer' }), {
      timestamp: at + 6,
    });
    await waitForStored(record.id, (item) => decisionsOf(item).length >= 1);
    const since = app.slack.calls.length;
    await app.interact(decisionForm('approve', ref, 'UMANAGER01', { reason: 'Regular customer' }), {
      timestamp: at + 9,
    });
    const told = await callAfter(since, 'chat.postMessage', (call) => call.args.channel === 'UMANAGER01');
    expect(String(told.args.text)).toMatch(/^This request was already approved by <@UMANAGER01> at /);

    await sleep(300);
    const final = await app.stores.cases.get(record.id);
    expect(decisionsOf(final)).toHaveLength(1);
    expect(decisionsOf(final)[0]).toMatchObject({ decision: 'approved', by: 'UMANAGER01', reason: 'Regular customer' });
    const notices = app.slack
      .callsOf('chat.postMessage')
      .filter(
        (call) =>
          call.args.channel === 'U_STAFF' &&
          /was approved/.test(String(call.args.text)) &&
          json(call).includes(record.id),
      );
    expect(notices).toHaveLength(1);
  });
});

describe('one active request per case', () => {
  it('when a request is pending, then a second ask is refused with "withdraw first"; after withdrawing, a new request goes out', async () => {
    const { record, ref } = await askForApproval('VAPP-WITHDRAW', 'Silver ring blackened');
    const click = buttonClick(ACTION.requestCompensation, record.id);
    await app.interact(click);
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && /withdraw that request first/.test(String(call.args.text)),
    );
    expect(app.slack.callsOf('views.open').some((call) => call.args.trigger_id === click.trigger_id)).toBe(false);
    const told = app.slack.callsOf('chat.postMessage').length;
    await app.interact(compensationForm(record.id, 'compensation', '80', 'Another idea'));
    await app.slack.waitFor(
      'chat.postMessage',
      (call) =>
        app.slack.calls.indexOf(call) >= 0 &&
        app.slack.callsOf('chat.postMessage').indexOf(call) >= told &&
        call.args.channel === 'U_STAFF' &&
        /withdraw that request first/.test(String(call.args.text)),
    );
    expect((await app.stores.cases.get(record.id))?.history).toHaveLength(record.history.length);

    // Only whoever asked (or the owner) may withdraw.
    await app.interact(requestButtonClick(ACTION.withdrawRequest, ref, 'U_STRANGER', 'D_STRANGER'));
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STRANGER' && /withdraw the request/.test(String(call.args.text)),
    );
    await app.interact(requestButtonClick(ACTION.withdrawRequest, ref, 'U_STAFF', 'D_STAFF'));
    const withdrawn = await waitForStored(record.id, (item) => item.status === 'proposed');
    expect(withdrawn.history.at(-1)).toMatchObject({ type: 'approval-withdrawn', by: 'U_STAFF' });
    for (const copy of withdrawn.approvalMessages ?? []) {
      const update = await app.slack.waitFor('chat.update', (call) => call.args.ts === copy.ts);
      expect(json(update)).toContain('Withdrawn by <@U_STAFF>');
      expect(hasDecideButtons(update)).toBe(false);
    }
    // A click on the withdrawn request is told so.
    await app.interact(requestButtonClick(ACTION.approve, ref, 'UMANAGER01'));
    await app.slack.waitFor(
      'chat.postEphemeral',
      (call) => call.args.user === 'UMANAGER01' && /already withdrawn/.test(String(call.args.text)),
    );

    await app.interact(compensationForm(record.id, 'compensation', '80', 'Settle for 80'));
    const again = await waitForStored(record.id, (item) => item.status === 'awaiting-approval');
    const second = pendingRequest(again);
    expect(second?.index).toBeGreaterThan(ref.request);
    expect(second?.event).toMatchObject({ amount: 80, reason: 'Settle for 80' });
    await waitForStored(record.id, (item) =>
      (item.approvalMessages ?? []).some((copy) => copy.request === second?.index && copy.target === 'thread'),
    );
  });
});

describe('the record', () => {
  it('when someone opens History, then every request, withdrawal and decision is there with who, remedy, amount and reason', async () => {
    const { record, ref } = await askForApproval('VAPP-HISTORY', 'Earring back lost');
    await app.interact(decisionForm('reject', ref, 'UMANAGER01', { reason: 'Not our fault this time' }));
    await waitForStored(record.id, (item) => decisionsOf(item).length === 1);
    const click = buttonClick(ACTION.showHistory, record.id);
    await app.interact(click);
    const open = await app.slack.waitFor('views.open', (call) => call.args.trigger_id === click.trigger_id);
    const view = json(open);
    expect(view).toContain(CALLBACK.historyView);
    expect(view).toContain("asked for a manager's approval");
    expect(view).toContain('¥200');
    expect(view).toContain('Customer insists on 200 for the trouble');
    expect(view).toContain('<@UMANAGER01>');
    expect(view).toContain('Not our fault this time');
    // Someone who may not see the case is told so.
    await app.interact(buttonClick(ACTION.showHistory, record.id, 'U_STRANGER'));
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STRANGER' && /owner/.test(String(call.args.text)),
    );
  });
});

describe('App Home', () => {
  it('when an approver opens Home, then their pending requests are listed with the decide buttons; staff see none', async () => {
    const { record } = await askForApproval('VAPP-HOME', 'Brooch pin bent');
    await app.event({ type: 'app_home_opened', user: 'UMANAGER03', channel: 'D_M3', tab: 'home', event_ts: '2.1' });
    const home = await app.slack.waitFor('views.publish', (call) => call.args.user_id === 'UMANAGER03');
    const view = json(home);
    expect(view).toContain('Requests awaiting your decision');
    expect(view).toContain(record.id);
    expect(view).toContain(ACTION.approve);

    await app.event({ type: 'app_home_opened', user: 'U_STAFF', channel: 'D_STAFF', tab: 'home', event_ts: '2.2' });
    const staffHome = await app.slack.waitFor('views.publish', (call) => call.args.user_id === 'U_STAFF');
    expect(json(staffHome)).not.toContain('Requests awaiting your decision');
    expect(json(staffHome)).not.toContain(ACTION.approve);
  });
});
