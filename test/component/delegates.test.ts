import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AWAY_BLOCK, AWAY_CALLBACK } from '../../src/blocks/away-modal.ts';
import { INPUT_ACTION } from '../../src/blocks/ids.ts';
import { pendingRequest } from '../../src/domain/approval-request.ts';
import type { Case } from '../../src/domain/case.ts';
import { ACTION, requestButtonClick } from '../helpers/approval-payloads.ts';
import { compensationForm, complaintForm, viewSubmission } from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 15, "an approver can name a delegate while away": `/complaint away` opens a form (a colleague and
// the last day) for approvers only; while the delegation runs, requests for approval and their reminders
// also go to the delegate, whose decide buttons work; it ends by itself after its last day, or at once with
// `/complaint away off`; a delegate cannot pass it on. Stored in the store, so every instance sees it. The
// example policy: Asia/Shanghai, open 09:00–21:00 every day.

let now = new Date('2026-12-07T02:00:00Z');
const local = (time: string) => new Date(`${time}+08:00`);
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ clock: () => now, env: { APPROVERS: 'UMANAGER01' } });
  app.slack.bots.add('UBOT1');
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

const json = (call: RecordedCall | undefined) => JSON.stringify(call?.args ?? {});
const ackText = (answer: { json: unknown }) => (answer.json as { text?: string } | undefined)?.text;

function awayForm(user: string, delegate: string | null, until: string | null) {
  return viewSubmission(
    AWAY_CALLBACK,
    {
      [AWAY_BLOCK.delegate]: { [INPUT_ACTION]: { type: 'users_select', selected_user: delegate } },
      [AWAY_BLOCK.until]: { [INPUT_ACTION]: { type: 'datepicker', selected_date: until } },
    },
    { user },
  );
}

/** The errors a form submission was answered with, by block id (none when it was accepted). */
const formErrors = (answer: { json: unknown }) =>
  (answer.json as { errors?: Record<string, string> } | undefined)?.errors ?? {};

async function askForApproval(viewId: string, narrative: string) {
  await app.interact(complaintForm(narrative, 'Call me back on 13812345678', { viewId }));
  const record = await app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
  await app.interact(compensationForm(record.id, 'compensation', '200', 'Customer insists on 200'));
  const awaiting = await app.waitForCase((item) => item.id === record.id && item.status === 'awaiting-approval');
  const request = pendingRequest(awaiting);
  if (!request) throw new Error('no pending request');
  return { record, ref: { caseId: record.id, request: request.index } };
}

/** The copies of a request Slack took in a person's DM (the request itself and any reminder). */
const dmCopies = (record: Case, user: string) =>
  app.slack
    .callsOf('chat.postMessage')
    .filter((call) => call.status === 200 && call.args.channel === user && json(call).includes(record.id))
    .filter((call) => json(call).includes(ACTION.approve));

/** The first call Slack got after the first `since` that a predicate picks, whatever its method. */
async function firstCallAfter(since: number, predicate: (call: RecordedCall) => boolean): Promise<RecordedCall> {
  for (let tries = 0; tries < 250; tries++) {
    const found = app.slack.calls.slice(since).find(predicate);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('no such call within 5 s');
}

/** Clicks Approve in a DM; true when the form opened, false when refused (a DM saying only approvers may). */
async function clickApprove(ref: { caseId: string; request: number }, user: string): Promise<boolean> {
  const since = app.slack.calls.length;
  const click = requestButtonClick(ACTION.approve, ref, user, `D${user}`);
  await app.interact(click);
  const answer = await firstCallAfter(
    since,
    (call) =>
      (call.method === 'views.open' && call.args.trigger_id === click.trigger_id) ||
      (call.method === 'chat.postMessage' && call.args.channel === user && !call.args.blocks),
  );
  if (answer.method === 'views.open') return true;
  expect(answer.args.text).toBe('Only the approvers (APPROVERS) can decide requests for compensation.');
  return false;
}

describe('an approver away names a delegate', () => {
  it('only approvers can; the form checks the delegate and the day; the delegate gets requests and reminders, decides them, and it ends after its last day', async () => {
    now = local('2026-12-07T10:00:00');
    // Not an approver: refused, no form.
    const refused = await app.command('away', { user: 'U_STAFF' });
    expect(ackText(refused)).toBe('Only the approvers (APPROVERS) can name a delegate; a delegate cannot pass it on.');

    const since = app.slack.calls.length;
    await app.command('away', { user: 'UMANAGER01' });
    const opened = await app.slack.waitFor('views.open', (call) => app.slack.calls.indexOf(call) >= since);
    expect(json(opened)).toContain(AWAY_CALLBACK);
    expect(json(opened)).toContain('users_select');
    expect(json(opened)).toContain('"initial_date":"2026-12-07"');

    // The form refuses oneself, a bot, a day past and one beyond 90 days, inline; nothing is stored.
    expect(formErrors(await app.interact(awayForm('UMANAGER01', 'UMANAGER01', '2026-12-09')))).toEqual({
      [AWAY_BLOCK.delegate]: 'You cannot name yourself; choose a colleague.',
    });
    expect(formErrors(await app.interact(awayForm('UMANAGER01', 'UBOT1', '2026-12-09')))).toEqual({
      [AWAY_BLOCK.delegate]: 'A bot cannot take a case; choose a colleague.',
    });
    expect(formErrors(await app.interact(awayForm('UMANAGER01', 'UDELEGATE1', '2026-12-06')))).toEqual({
      [AWAY_BLOCK.until]: 'Choose today or a later day.',
    });
    expect(formErrors(await app.interact(awayForm('UMANAGER01', 'UDELEGATE1', '2027-03-08')))).toEqual({
      [AWAY_BLOCK.until]: 'A delegation runs 90 days at most; choose an earlier day.',
    });
    // A forged submission by a non-approver is refused too.
    await app.interact(awayForm('U_STAFF', 'UDELEGATE1', '2026-12-09'));
    expect(await app.stores.delegations.list()).toEqual([]);

    const accepted = await app.interact(awayForm('UMANAGER01', 'UDELEGATE1', '2026-12-09'));
    expect(formErrors(accepted)).toEqual({});
    const told = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'UMANAGER01');
    expect(told.args.text).toBe(
      'Done: requests for approval and reminders also go to <@UDELEGATE1> until the end of 2026-12-09.',
    );
    expect(await app.stores.delegations.get('UMANAGER01')).toMatchObject({
      delegate: 'UDELEGATE1',
      until: '2026-12-09',
    });

    // The delegate cannot pass it on.
    expect(ackText(await app.command('away', { user: 'UDELEGATE1' }))).toBe(
      'Only the approvers (APPROVERS) can name a delegate; a delegate cannot pass it on.',
    );

    // A request goes to the approver and to the delegate, and the delegate's buttons work.
    const { record, ref } = await askForApproval('VDELEG1', 'The pearl came off its setting');
    await app.waitForCase((item) => item.id === record.id && (item.approvalMessages ?? []).length >= 3);
    expect(dmCopies(record, 'UMANAGER01')).toHaveLength(1);
    expect(dmCopies(record, 'UDELEGATE1')).toHaveLength(1);
    expect(json(dmCopies(record, 'UDELEGATE1')[0])).not.toContain('13812345678');
    expect(await clickApprove(ref, 'UDELEGATE1')).toBe(true);
    expect(await clickApprove(ref, 'U_STRANGER')).toBe(false);
    // App Home shows the delegate the pending requests with their buttons, as it shows an approver.
    await app.event({ type: 'app_home_opened', user: 'UDELEGATE1', channel: 'D_D1', tab: 'home', event_ts: '5.1' });
    const home = await app.slack.waitFor('views.publish', (call) => call.args.user_id === 'UDELEGATE1');
    expect(json(home)).toContain(record.id);
    expect(json(home)).toContain(ACTION.approve);

    // The reminder (APPROVAL_REMIND_HOURS, 4 h) goes to the delegate too.
    now = local('2026-12-07T14:05:00');
    expect(await app.running.remindApprovers()).toBe(1);
    await app.running.delivery.deliverDue({ all: true });
    expect(dmCopies(record, 'UDELEGATE1')).toHaveLength(2);
    expect(json(dmCopies(record, 'UDELEGATE1')[1])).toContain('Reminder');

    // The last day still counts; the day after, the delegate's buttons no longer work, and a new request
    // goes to the approver only.
    now = local('2026-12-09T20:59:00');
    expect(await clickApprove(ref, 'UDELEGATE1')).toBe(true);
    now = local('2026-12-10T09:00:00');
    expect(await clickApprove(ref, 'UDELEGATE1')).toBe(false);
    const later = await askForApproval('VDELEG2', 'The bangle bent in its box');
    await app.waitForCase((item) => item.id === later.record.id && (item.approvalMessages ?? []).length >= 2);
    await app.running.delivery.deliverDue({ all: true });
    expect(dmCopies(later.record, 'UMANAGER01')).toHaveLength(1);
    expect(dmCopies(later.record, 'UDELEGATE1')).toEqual([]);
  });

  it('ends at once with /complaint away off', async () => {
    now = local('2026-12-14T10:00:00');
    await app.interact(awayForm('UMANAGER01', 'UDELEGATE2', '2026-12-20'));
    const { ref } = await askForApproval('VDELEG3', 'The watch strap snapped');
    expect(await clickApprove(ref, 'UDELEGATE2')).toBe(true);
    expect(ackText(await app.command('away off', { user: 'UMANAGER01' }))).toBe(
      'Your delegation has ended: requests go to the approvers only.',
    );
    expect(await app.stores.delegations.get('UMANAGER01')).toBeUndefined();
    expect(await clickApprove(ref, 'UDELEGATE2')).toBe(false);
    expect(ackText(await app.command('away off', { user: 'UMANAGER01' }))).toBe('You have no delegate now.');
  });
});
