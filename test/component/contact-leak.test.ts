import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, CALLBACK } from '../../src/blocks/ids.ts';
import { pendingRequest } from '../../src/domain/approval-request.ts';
import type { Case } from '../../src/domain/case.ts';
import { decisionForm, requestButtonClick } from '../helpers/approval-payloads.ts';
import { buttonClick, compensationForm, viewSubmission } from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

/**
 * A customer's contact details typed into every free-text field, at the very start of each, so that no
 * length cut can hide them: the only surface that may show them whole is the filer's own DM.
 */
const PHONE = '13812345678';
const EMAIL = 'wang.li@example.com';
const ABROAD = '+44 20 7946 0958';
const CONTACTS = `${PHONE} ${EMAIL} ${ABROAD}`;
/** What each looks like masked, as the review channel and approvers see it. */
const MASKED = ['138****5678', 'w***@example.com', '+44 ** **** 0958'];
/** Whole contacts, as they must never appear outside the filer's DM (the digits alone catch any spacing). */
const WHOLE = [PHONE, EMAIL, '7946 0958', '79460958'];

const FILER = 'U_STAFF';
const APPROVER = 'UMANAGER01';
const COLLEAGUE = 'U_COLLEAGUE';

const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
const select = (value: string) => ({
  value: { type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } },
});

let app: TestApp;
let now = new Date('2026-12-01T02:00:00Z'); // 10:00 in the store's time zone (Asia/Shanghai)
let record: Case;

const json = (call: RecordedCall) => JSON.stringify(call.args);
const leaks = (call: RecordedCall) => WHOLE.filter((whole) => json(call).includes(whole));
/** The filer's own DM: the one place the contacts are kept whole (the filer may need to call back). */
const toFiler = (call: RecordedCall) => call.args.channel === FILER;

async function waitForStored(predicate: (item: Case) => boolean): Promise<Case> {
  for (let tries = 0; tries < 250; tries++) {
    const found = await app.stores.cases.get(record.id);
    if (found && predicate(found)) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`case ${record.id} did not reach the expected state`);
}

beforeAll(async () => {
  app = await startTestApp({ clock: () => now, env: { STORES: '' } });
  app.slack.names.set(FILER, `${CONTACTS} Staff`);

  // Filed through the real form, the contacts leading every free-text field.
  await app.interact(
    viewSubmission(
      CALLBACK.complaintForm,
      {
        narrative: text(`${CONTACTS} called: the necklace clasp broke on the second day.`),
        customerWords: text(`${CONTACTS} — call me back, I want compensation.`),
        behaviour: text(`${CONTACTS} raised voice at the counter`),
        customerAsk: text(`${CONTACTS} wants money for the trouble`),
        product: text(`${CONTACTS} MIRA necklace`),
        store: text(`${CONTACTS} Wuyi Road`),
        category: select('jewellery'),
      },
      { viewId: 'VLEAK1', user: FILER, privateMetadata: JSON.stringify({ channel: 'C_STORE' }) },
    ),
  );
  record = await app.waitForCase((item) => item.reviewPost !== null);

  // Beyond the staff limit: the request goes to the review thread and to the approver's DM.
  await app.interact(compensationForm(record.id, 'compensation', '200', `${CONTACTS} insists on 200`, FILER));
  const awaiting = await waitForStored((item) => (item.approvalMessages ?? []).length >= 2);
  const request = pendingRequest(awaiting);
  if (!request) throw new Error('no pending request');
  const ref = { caseId: record.id, request: request.index };

  // The approver opens the decision form from the DM, decides with a reason that holds contacts too.
  await app.interact(requestButtonClick(ACTION.approve, ref, APPROVER, 'D_MANAGER01'));
  await app.slack.waitFor('views.open', (call) => json(call).includes(CALLBACK.approveForm));
  await app.interact(decisionForm('approve', ref, APPROVER, { reason: `${CONTACTS} agreed on the phone` }));
  await waitForStored((item) => item.decisions.length === 1);
  // Every copy of the request is edited to show the decision; the filer is told.
  await app.slack.waitFor('chat.update', (call) => json(call).includes('Approved by'));
  await app.slack.waitFor('chat.postMessage', (call) => toFiler(call) && json(call).includes(ACTION.showHistory));

  // What others open later: the history, App Home, a search, the morning digest.
  await app.interact(buttonClick(ACTION.showHistory, record.id, APPROVER));
  await app.slack.waitFor('views.open', (call) => json(call).includes(CALLBACK.historyView));
  for (const user of [APPROVER, COLLEAGUE, FILER]) {
    await app.event({ type: 'app_home_opened', user, channel: `D_${user}`, tab: 'home', event_ts: '3.1' });
    await app.slack.waitFor('views.publish', (call) => call.args.user_id === user);
  }
  await app.command('search necklace', { user: COLLEAGUE, respondToSlack: true });
  await app.slack.waitFor('response_url', (call) => json(call).includes(record.id));
  now = new Date('2026-12-02T00:30:02Z'); // 08:30:02 the next morning: the digest is due
  const digest = await app.running.digest.runDue();
  expect(digest.kind).toBe('posted');
  await app.slack.waitFor('chat.postMessage', (call) => json(call).includes('Morning digest'));
}, 60_000);

afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('a customer’s contacts in every free-text field', () => {
  it('when the case is filed, asked about, decided, looked up and digested, then only the filer’s own DM shows them whole', () => {
    const others = app.slack.calls.filter((call) => !toFiler(call) && call.method !== 'users.info');
    const leaking = others.filter((call) => leaks(call).length > 0);
    expect(
      leaking.map((call) => `${call.method} ${String(call.args.channel ?? call.args.user_id ?? '')}: ${leaks(call)}`),
    ).toEqual([]);
    // Each surface others read was reached, so the absence above means something.
    const reached = (method: string, where: (call: RecordedCall) => boolean) =>
      expect(
        others.some((call) => call.method === method && where(call)),
        method,
      ).toBe(true);
    reached('chat.postMessage', (call) => call.args.channel === REVIEW_CHANNEL && !call.args.thread_ts);
    reached('chat.postMessage', (call) => call.args.thread_ts === record.reviewPost?.ts);
    reached('chat.postMessage', (call) => call.args.channel === APPROVER);
    reached('chat.update', (call) => call.args.channel === APPROVER);
    reached('views.open', (call) => json(call).includes(CALLBACK.approveForm));
    reached('views.open', (call) => json(call).includes(CALLBACK.historyView));
    reached('views.publish', (call) => call.args.user_id === APPROVER);
    reached('views.publish', (call) => call.args.user_id === COLLEAGUE);
    reached('response_url', (call) => json(call).includes(record.id));
    reached('chat.postMessage', (call) => json(call).includes('Morning digest'));
  });

  it('when the approval request is posted, then its header — the first thing shown, in the thread and in the approver’s DM — shows the contacts masked', () => {
    const requests = app.slack
      .callsOf('chat.postMessage')
      .filter((call) => json(call).includes(ACTION.approve) && !toFiler(call));
    expect(requests.map((call) => (call.args.thread_ts ? 'thread' : String(call.args.channel))).sort()).toEqual([
      APPROVER,
      'thread',
    ]);
    for (const call of requests) {
      const blocks = call.args.blocks as { type: string; text?: { text: string } }[];
      const header = blocks[0];
      expect(header?.type).toBe('header');
      for (const masked of MASKED.slice(0, 2)) expect(header?.text?.text).toContain(masked);
      for (const whole of WHOLE) expect(header?.text?.text).not.toContain(whole);
      expect(String(call.args.text)).toContain(MASKED[0]);
    }
  });

  it('when the manager’s reason holds contacts, then every settled copy and the review thread show them masked', () => {
    const settled = app.slack.callsOf('chat.update').filter((call) => json(call).includes('Approved by'));
    expect(settled.length).toBeGreaterThanOrEqual(2);
    for (const call of settled) {
      expect(json(call)).toContain(`${MASKED[0]} ${MASKED[1]} ${MASKED[2]} agreed on the phone`);
      expect(leaks(call)).toEqual([]);
    }
  });

  it('when the filer reads their own analysis, then the contacts are there whole to call the customer back', () => {
    const analysis = app.slack
      .callsOf('chat.postMessage')
      .find((call) => toFiler(call) && json(call).includes(ACTION.requestCompensation));
    expect(analysis && json(analysis)).toContain(PHONE);
    expect(analysis && json(analysis)).toContain(EMAIL);
  });
});
