import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, CALLBACK } from '../../src/blocks/ids.ts';
import { caseIdFor } from '../../src/complaints/file-complaint.ts';
import type { Case } from '../../src/domain/case.ts';
import { buttonClick, complaintForm, outcomeForm, viewSubmission } from '../helpers/complaint-payloads.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
let record: Case;

beforeAll(async () => {
  app = await startTestApp();
  await app.interact(complaintForm('Watch stopped after two weeks', 'I want it fixed today.', { viewId: 'VCASE1' }));
  await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === REVIEW_CHANNEL);
  record = await app.waitForCase((item) => item.reviewPost !== null);
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('changing a case', () => {
  it('when someone other than the owner or an approver clicks, then they are told privately and nothing changes', async () => {
    const click = buttonClick(ACTION.recordOutcome, record.id, 'U_STRANGER');
    await app.interact(click);
    const told = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U_STRANGER');
    expect(String(told.args.text)).toMatch(/owner/);
    expect(app.slack.callsOf('views.open').some((call) => call.args.trigger_id === click.trigger_id)).toBe(false);
    expect((await app.stores.cases.get(record.id))?.history).toHaveLength(1);
  });

  it('when the owner records the outcome, then the case is resolved and the review post is edited with a thread line', async () => {
    await app.interact(buttonClick(ACTION.recordOutcome, record.id));
    const open = await app.slack.waitFor('views.open', (call) =>
      JSON.stringify(call.args.view).includes(CALLBACK.outcomeForm),
    );
    expect(JSON.stringify(open.args.view)).toContain(record.id);

    const response = await app.interact(
      outcomeForm(record.id, 'Replaced the battery free of charge', '4', 'Test batteries before display'),
    );
    expect(response.status).toBe(200);
    const update = await app.slack.waitFor('chat.update', (call) => call.args.ts === record.reviewPost?.ts);
    expect(update.args.channel).toBe(REVIEW_CHANNEL);
    const thread = await app.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === record.reviewPost?.ts);
    expect(String(thread.args.text)).toContain('resolved the case');
    expect(String(thread.args.text)).toContain('Replaced the battery free of charge');
    expect(String(thread.args.text)).toContain('Test batteries before display');
    const stored = await app.stores.cases.get(record.id);
    expect(stored?.status).toBe('resolved');
    expect(stored?.history.at(-1)).toMatchObject({ type: 'resolved', satisfaction: 4, by: 'U_STAFF' });
  });

  it('when an approver (not the owner) changes the case, then it is allowed', async () => {
    const click = buttonClick(ACTION.correctTemperament, record.id, 'UMANAGER01');
    await app.interact(click);
    const open = await app.slack.waitFor('views.open', (call) => call.args.trigger_id === click.trigger_id);
    expect(open.args.view).toMatchObject({ callback_id: CALLBACK.temperamentForm });
    expect(JSON.stringify(open.args.view)).toContain(record.id);

    const before = await app.stores.cases.get(record.id);
    const to = before?.analysis.temperament.type === 'peaceable' ? 'analytical' : 'peaceable';
    await app.interact(
      viewSubmission(
        CALLBACK.temperamentForm,
        { temperament: { value: { type: 'static_select', selected_option: { value: to } } } },
        { user: 'UMANAGER01', privateMetadata: JSON.stringify({ caseId: record.id }) },
      ),
    );
    const changed = await app.waitForCase((item) => item.id === record.id && item.analysis.temperament.type === to);
    expect(changed.history.at(-1)).toMatchObject({ type: 'temperament-corrected', by: 'UMANAGER01', to });
  });

  it('when a form comes back with private metadata that is not the case’s, then nothing changes and the user is told privately', async () => {
    const before = await app.stores.cases.get(record.id);
    for (const privateMetadata of ['not json', JSON.stringify({ caseId: '' }), JSON.stringify({ case: record.id })]) {
      const sent = app.slack.callsOf('chat.postMessage').length;
      await app.interact(
        viewSubmission(
          CALLBACK.temperamentForm,
          { temperament: { value: { type: 'static_select', selected_option: { value: 'lively' } } } },
          { user: 'U_STAFF', privateMetadata },
        ),
      );
      // Told privately that the case is not found (waitFor fails the test when no such message comes).
      await app.slack.waitFor(
        'chat.postMessage',
        (call) =>
          app.slack.callsOf('chat.postMessage').indexOf(call) >= sent &&
          call.args.channel === 'U_STAFF' &&
          /could not be found|找不到这个案例/u.test(JSON.stringify(call.args)),
      );
    }
    expect(await app.stores.cases.get(record.id)).toEqual(before);
  });

  it('when the outcome form is submitted without an outcome, then the error comes back inline', async () => {
    const response = await app.interact(outcomeForm(record.id, '', '3', ''));
    expect(response.json).toMatchObject({ response_action: 'errors', errors: { outcome: expect.any(String) } });
  });
});

describe('App Home', () => {
  it('when a staff member opens the Home tab, then it shows their cases', async () => {
    await app.event({ type: 'app_home_opened', user: 'U_STAFF', channel: 'D_STAFF', tab: 'home', event_ts: '1.1' });
    const publish = await app.slack.waitFor('views.publish', (call) => call.args.user_id === 'U_STAFF');
    expect(JSON.stringify(publish.args.view)).toContain(record.id);
  });

  it("when the Home tab lists recent cases, then they are of the staff member's own store only", async () => {
    await app.interact(
      viewSubmission(
        CALLBACK.complaintForm,
        {
          narrative: { value: { type: 'plain_text_input', value: 'Other branch: bangle scratched' } },
          store: { value: { type: 'plain_text_input', value: 'Orchard Road' } },
        },
        { viewId: 'VOTHERSTORE', user: 'U_OTHER', privateMetadata: JSON.stringify({ channel: 'C_STORE' }) },
      ),
    );
    await app.slack.waitFor('chat.postMessage', (call) => JSON.stringify(call.args).includes('Other branch'));
    const before = app.slack.callsOf('views.publish').length;
    await app.event({ type: 'app_home_opened', user: 'U_STAFF', channel: 'D_STAFF', tab: 'home', event_ts: '1.2' });
    await app.slack.waitFor(
      'views.publish',
      (call) => app.slack.calls.indexOf(call) >= 0 && app.slack.callsOf('views.publish').length > before,
    );
    const publish = app.slack.callsOf('views.publish').at(-1);
    const home = JSON.stringify(publish?.args.view);
    expect(home).toContain(record.id);
    expect(home).not.toContain(caseIdFor('VOTHERSTORE'));
  });
});
