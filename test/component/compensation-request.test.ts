import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, CALLBACK } from '../../src/blocks/ids.ts';
import { APPROVAL_REPLIES } from '../../src/blocks/messages/approval.ts';
import type { Case } from '../../src/domain/case.ts';
import { buttonClick, compensationForm, complaintForm, SPECIAL_PRICE_TICKED } from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;

const json = (call: RecordedCall) => JSON.stringify(call.args);

async function fileCase(
  viewId: string,
  narrative: string,
  extra?: typeof SPECIAL_PRICE_TICKED,
  user = 'U_STAFF',
): Promise<Case> {
  await app.interact(
    complaintForm(narrative, 'You need to make this right.', { viewId, user, ...(extra ? { extra } : {}) }),
  );
  await app.slack.waitFor(
    'chat.postMessage',
    (call) => call.args.channel === REVIEW_CHANNEL && JSON.stringify(call.args).includes(narrative),
  );
  return app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null, user);
}

beforeAll(async () => {
  app = await startTestApp();
  app.slack.locales.set('U_ZHSTAFF', 'zh-CN');
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

  it('when a money remedy is asked for with no amount, then the amount is asked for inline and nothing is recorded', async () => {
    const record = await fileCase('VCOMP4', 'Chain kinked at the clasp');
    for (const remedyId of ['compensation', 'discount', 'gift']) {
      const response = await app.interact(compensationForm(record.id, remedyId, undefined, 'Make it up to them'));
      expect(response.json).toMatchObject({
        response_action: 'errors',
        errors: { amount: expect.stringMatching(/amount/) },
      });
    }
    const stored = await app.stores.cases.get(record.id);
    expect(stored?.status).toBe('open');
    expect(stored?.history).toHaveLength(record.history.length);
  });

  it('when a refund is asked for, then the case awaits a manager and the request cites the authority rule for refunds', async () => {
    const record = await fileCase('VCOMP5', 'Pendant arrived already scratched');
    await app.interact(compensationForm(record.id, 'refund', undefined, 'Customer wants the money back'));
    const stored = await app.waitForCase((item) => item.id === record.id && item.status === 'awaiting-approval');
    expect(stored.proposal).toMatchObject({ remedyId: 'refund', needsApproval: true });
    const request = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.thread_ts === record.reviewPost?.ts && json(call).includes(ACTION.approve),
    );
    expect(json(request)).toContain('A1');
    expect(json(request)).toContain("Every refund needs a manager's approval");
  });

  it('when a remedy the policy refused is asked for, even within the staff limit, then a manager decides and the refusing rule is cited', async () => {
    // Bought at a special price: the policy's R5 takes the refund away.
    const record = await fileCase('VCOMP6', 'Sale bracelet lost a bead', SPECIAL_PRICE_TICKED);
    expect(record.remedies.find((remedy) => remedy.id === 'refund')).toMatchObject({ eligible: false });
    await app.interact(compensationForm(record.id, 'refund', '30', 'Customer is very upset'));
    const stored = await app.waitForCase((item) => item.id === record.id && item.status === 'awaiting-approval');
    expect(stored.proposal).toMatchObject({ remedyId: 'refund', amount: 30, needsApproval: true });
    const request = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.thread_ts === record.reviewPost?.ts && json(call).includes(ACTION.approve),
    );
    expect(json(request)).toContain('R5');
    expect(json(request)).toContain('Outside the policy');
  });

  describe('when the form is submitted twice at once (a double click, a Slack retry)', () => {
    for (const { user, locale, language } of [
      { user: 'U_STAFF', locale: 'en-US', language: 'en' },
      { user: 'U_ZHSTAFF', locale: 'zh-CN', language: 'zh' },
    ] as const) {
      it(`then exactly one request is made and the other submit is told to withdraw it first, in ${locale}`, async () => {
        const record = await fileCase(`VCOMP-TWICE-${language}`, `Ring band cracked (${language})`, undefined, user);
        const before = app.slack.callsOf('chat.postMessage').length;
        const submit = compensationForm(record.id, 'compensation', '200', 'Customer insists on 200', user);
        await Promise.all([app.interact(submit), app.interact(submit), app.interact(submit, { retryNum: 1 })]);
        await app.waitForCase((item) => item.id === record.id && item.status === 'awaiting-approval', user);
        await app.slack.waitFor(
          'chat.postMessage',
          (call) =>
            app.slack.callsOf('chat.postMessage').indexOf(call) >= before &&
            call.args.channel === user &&
            !json(call).includes(ACTION.withdrawRequest),
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
        const final = await app.stores.cases.get(record.id);
        const types = final?.history.map((event) => event.type) ?? [];
        expect(types.filter((type) => type === 'proposed')).toHaveLength(1);
        expect(types.filter((type) => type === 'approval-requested')).toHaveLength(1);
        // Every refused submit hears the same thing, in the user's language, with no internals in it.
        const replies = app.slack
          .callsOf('chat.postMessage')
          .slice(before)
          .filter((call) => call.args.channel === user && !json(call).includes(ACTION.withdrawRequest));
        expect(replies.length).toBeGreaterThanOrEqual(1);
        for (const call of replies) expect(call.args.text).toBe(APPROVAL_REPLIES.withdrawFirst[language]);
      });
    }
  });
});
