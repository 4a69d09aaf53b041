import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANDOFF_ACTION, HANDOFF_CALLBACK } from '../../src/blocks/ids.ts';
import type { Case } from '../../src/domain/case.ts';
import { buttonClick, complaintForm, outcomeForm, viewSubmission } from '../helpers/complaint-payloads.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

// Closing the loop (issue 15): resolving asks whether the customer accepted; a case they did not accept
// stays open, and a case they came back on is reopened — on the review post, App Home and the digest.
const DIGEST_CHANNEL = 'C0DIGEST';
let now = new Date('2026-12-01T02:00:00Z'); // Tue 1 Dec, 10:00 in the store (Asia/Shanghai)
let app: TestApp;

async function fileCase(viewId: string, narrative: string): Promise<Case> {
  await app.interact(complaintForm(narrative, 'Please sort this out.', { viewId }));
  return app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
}

async function caseWhen(id: string, predicate: (record: Case) => boolean): Promise<Case> {
  for (let tries = 0; tries < 250; tries++) {
    const found = await app.stores.cases.get(id);
    if (found && predicate(found)) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`case ${id} never got there`);
}

const reopenForm = (caseId: string, reason: string, user = 'U_STAFF') =>
  viewSubmission(
    HANDOFF_CALLBACK.reopenForm,
    { reason: { value: { type: 'plain_text_input', value: reason } } },
    { user, privateMetadata: JSON.stringify({ caseId }) },
  );

beforeAll(async () => {
  app = await startTestApp({ clock: () => now, env: { DIGEST_CHANNEL, STORES: '' } });
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('whether the customer accepted', () => {
  let declined: Case;
  let reopened: Case;

  it('when the outcome form is sent without saying whether the customer accepted, then it asks inline', async () => {
    declined = await fileCase('VACC1', 'Necklace stone fell out; wants a new one');
    const response = await app.interact(
      outcomeForm(declined.id, 'Offered to re-set the stone', '2', '', 'U_STAFF', null),
    );
    expect(response.json).toMatchObject({
      response_action: 'errors',
      errors: { accepted: 'Say whether the customer accepted.' },
    });
    expect((await app.stores.cases.get(declined.id))?.status).toBe('open');
  });

  it('when the customer did not accept, then the case stays open, the history says what was offered, the review post and thread say so', async () => {
    await app.interact(outcomeForm(declined.id, 'Offered to re-set the stone', '2', '', 'U_STAFF', 'declined'));
    const stored = await caseWhen(declined.id, (record) => record.history.at(-1)?.type === 'customer-declined');
    expect(stored.status).toBe('open');
    expect(stored.history.at(-1)).toMatchObject({
      by: 'U_STAFF',
      outcome: 'Offered to re-set the stone',
      satisfaction: 2,
    });
    const update = await app.slack.waitFor(
      'chat.update',
      (call) =>
        call.args.ts === declined.reviewPost?.ts &&
        JSON.stringify(call.args.blocks).includes('Not accepted by the customer'),
    );
    expect(JSON.stringify(update.args.blocks)).toContain('Offered to re-set the stone');
    await app.slack.waitFor(
      'chat.postMessage',
      (call) =>
        call.args.thread_ts === declined.reviewPost?.ts &&
        /recorded a resolution the customer did not accept: Offered to re-set the stone/.test(String(call.args.text)),
    );
    // No follow-up call is planned for a case not resolved.
    expect(await app.running.remindAftercare()).toBe(0);
  });

  it('when the owner opens App Home, then the case is listed as not accepted by the customer', async () => {
    await app.event({ type: 'app_home_opened', user: 'U_STAFF', channel: 'D_STAFF', tab: 'home', event_ts: '1.1' });
    const home = await app.slack.waitFor('views.publish', (call) => call.args.user_id === 'U_STAFF');
    expect(JSON.stringify(home.args.view)).toMatch(new RegExp(`not accepted by the customer[^"]*#${declined.id}`));
  });

  it('when it is offered again and accepted, then it is resolved', async () => {
    await app.interact(outcomeForm(declined.id, 'Exchanged for a new necklace', '4', '', 'U_STAFF', 'accepted'));
    expect((await caseWhen(declined.id, (record) => record.status === 'resolved')).history.at(-1)).toMatchObject({
      type: 'resolved',
      outcome: 'Exchanged for a new necklace',
    });
  });

  it('when an approver opens App Home, then a resolved case of the store has Reopen, which opens the reopen form for them', async () => {
    await app.event({ type: 'app_home_opened', user: 'UMANAGER01', channel: 'D_MGR', tab: 'home', event_ts: '1.2' });
    const home = await app.slack.waitFor('views.publish', (call) => call.args.user_id === 'UMANAGER01');
    expect(JSON.stringify(home.args.view)).toContain(`"action_id":"${HANDOFF_ACTION.reopen}"`);
    const click = buttonClick(HANDOFF_ACTION.reopen, declined.id, 'UMANAGER01');
    await app.interact(click);
    const open = await app.slack.waitFor('views.open', (call) => call.args.trigger_id === click.trigger_id);
    expect(JSON.stringify(open.args.view)).toContain(HANDOFF_CALLBACK.reopenForm);
  });

  it('when the customer comes back on a resolved case, then the owner reopens it: open again, in the history and the thread; an open case cannot be reopened and a stranger may not', async () => {
    reopened = await fileCase('VACC2', 'Bangle scratched in the box');
    const early = buttonClick(HANDOFF_ACTION.reopen, reopened.id);
    await app.interact(early);
    await app.slack.waitFor(
      'chat.postMessage',
      (call) =>
        call.args.channel === 'U_STAFF' && /Only a case that is resolved or followed up/.test(String(call.args.text)),
    );
    expect(app.slack.callsOf('views.open').some((call) => call.args.trigger_id === early.trigger_id)).toBe(false);

    await app.interact(outcomeForm(reopened.id, 'Polished it out', '4', '', 'U_STAFF', 'accepted'));
    await caseWhen(reopened.id, (record) => record.status === 'resolved');
    now = new Date('2026-12-01T06:00:00Z');

    await app.interact(buttonClick(HANDOFF_ACTION.reopen, reopened.id, 'U_STRANGER'));
    await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U_STRANGER');

    const click = buttonClick(HANDOFF_ACTION.reopen, reopened.id);
    await app.interact(click);
    const open = await app.slack.waitFor('views.open', (call) => call.args.trigger_id === click.trigger_id);
    expect(JSON.stringify(open.args.view)).toContain(HANDOFF_CALLBACK.reopenForm);
    await app.interact(reopenForm(reopened.id, 'The scratch came back after a day'));
    const stored = await caseWhen(reopened.id, (record) => record.status === 'open');
    expect(stored.history.at(-1)).toMatchObject({
      type: 'reopened',
      by: 'U_STAFF',
      reason: 'The scratch came back after a day',
    });
    await app.slack.waitFor(
      'chat.postMessage',
      (call) =>
        call.args.thread_ts === reopened.reviewPost?.ts &&
        /reopened the case \(the customer came back\) — reason: The scratch came back after a day/.test(
          String(call.args.text),
        ),
    );
    // A retry of the same reopen finds the case open and is refused privately; it is reopened once.
    await app.interact(reopenForm(reopened.id, 'The scratch came back after a day'));
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && /cannot be made now/.test(String(call.args.text)),
    );
    expect(
      (await app.stores.cases.get(reopened.id))?.history.filter((event) => event.type === 'reopened'),
    ).toHaveLength(1);
  });

  it('when the morning digest comes, then it counts the cases not accepted by the customer and those reopened in its period, and marks them in the open list', async () => {
    const third = await fileCase('VACC3', 'Ring too small after resizing');
    await app.interact(outcomeForm(third.id, 'Offered a voucher', '1', '', 'U_STAFF', 'declined'));
    await caseWhen(third.id, (record) => record.history.at(-1)?.type === 'customer-declined');

    now = new Date('2026-12-02T00:30:02Z'); // 08:30 the next morning
    expect((await app.running.digest.runDue()).kind).toBe('posted');
    const body = app.slack
      .callsOf('chat.postMessage')
      .filter((call) => call.args.channel === DIGEST_CHANNEL)
      .map((call) => JSON.stringify(call.args.blocks))
      .join('\n');
    expect(body).toContain(
      '*Customer confirmation*: not accepted by the customer: *1* · reopened (the customer came back): *1*',
    );
    expect(body).toMatch(new RegExp(`${third.id}[^\\\\]*🙅 not accepted by the customer`));
    expect(body).toMatch(new RegExp(`${reopened.id}[^\\\\]*↩️ reopened`));
  });
});
