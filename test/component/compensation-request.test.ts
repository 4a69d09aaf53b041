import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, CALLBACK } from '../../src/blocks/ids.js';
import type { Case } from '../../src/complaints/case.js';
import { buttonClick, compensationForm, complaintForm } from '../helpers/complaint-payloads.js';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.js';

let app: TestApp;

async function fileCase(viewId: string, narrative: string): Promise<Case> {
  await app.interact(complaintForm(narrative, 'You need to make this right.', { viewId }));
  await app.slack.waitFor(
    'chat.postMessage',
    (call) => call.args.channel === REVIEW_CHANNEL && JSON.stringify(call.args).includes(narrative),
  );
  return app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
}

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('asking for compensation', () => {
  it('when the owner presses the button, then a form offers the eligible remedies and money remedies', async () => {
    const record = await fileCase('VCOMP0', 'Necklace chain snapped on the first day');
    await app.interact(buttonClick(ACTION.requestCompensation, record.id));
    const open = await app.slack.waitFor('views.open', (call) =>
      JSON.stringify(call.args.view).includes(CALLBACK.compensationForm),
    );
    const view = JSON.stringify(open.args.view);
    expect(view).toContain('"compensation"');
    expect(view).toContain('"refund"');
  });

  it('when the amount is beyond the staff limit, then the case awaits a manager and the staff member is told to promise nothing', async () => {
    const record = await fileCase('VCOMP1', 'Earrings tarnished within a week');
    const response = await app.interact(
      compensationForm(record.id, 'compensation', '200', 'Customer insists on 200 for the trouble'),
    );
    expect(response.status).toBe(200);
    const told = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && /approvers/.test(String(call.args.text)),
    );
    expect(String(told.args.text)).toMatch(/promise nothing/);
    const stored = await app.stores.cases.get(record.id);
    expect(stored?.status).toBe('awaiting-approval');
    expect(stored?.history.map((event) => event.type).slice(-2)).toEqual(['proposed', 'approval-requested']);
    await app.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === record.reviewPost?.ts);
  });

  it('when the amount is within the staff limit, then it is recorded as the proposal and the staff member may go ahead', async () => {
    const record = await fileCase('VCOMP2', 'Bracelet clasp loose');
    await app.interact(compensationForm(record.id, 'compensation', '30', 'A small gesture for the second trip'));
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && /within your authority/.test(String(call.args.text)),
    );
    const stored = await app.stores.cases.get(record.id);
    expect(stored?.status).toBe('proposed');
    expect(stored?.proposal).toMatchObject({ remedyId: 'compensation', amount: 30, needsApproval: false });
  });

  it('when no reason is given, then the error comes back inline', async () => {
    const record = await fileCase('VCOMP3', 'Ring stone loose');
    const response = await app.interact(compensationForm(record.id, 'compensation', '20', ''));
    expect(response.json).toMatchObject({ response_action: 'errors', errors: { reason: expect.any(String) } });
  });
});
