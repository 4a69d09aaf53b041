import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, HANDOFF_ACTION, HANDOFF_CALLBACK } from '../../src/blocks/ids.ts';
import type { Case } from '../../src/domain/case.ts';
import { buttonClick, complaintForm, outcomeForm, viewSubmission } from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

// Handoff (换人, issue 15), through Bolt's receiver against the fake Slack. The example policy: Asia/Shanghai,
// open 09:00–21:00, follow-up 7 days after resolution.
let now = new Date('2026-12-01T02:00:00Z'); // Tue 1 Dec, 10:00 in the store
let app: TestApp;

const users = (user: string | null) => ({ value: { type: 'users_select', selected_user: user } });
const text = (value: string) => ({ value: { type: 'plain_text_input', value } });

/** The handoff form as Slack sends it back: `viewId` is the same for a double click or Slack's retry. */
function handoffForm(
  caseId: string,
  to: string | null,
  { by = 'U_STAFF', note, viewId, owner = 'U_STAFF' }: { by?: string; note?: string; viewId?: string; owner?: string },
) {
  return viewSubmission(
    HANDOFF_CALLBACK.handoffForm,
    { to: users(to), ...(note === undefined ? {} : { note: text(note) }) },
    { user: by, privateMetadata: JSON.stringify({ caseId, owner }), ...(viewId ? { viewId } : {}) },
  );
}

async function fileCase(viewId: string, narrative: string): Promise<Case> {
  await app.interact(complaintForm(narrative, 'Please sort this out.', { viewId }));
  return app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
}

function dmsTo(user: string, pattern: RegExp): RecordedCall[] {
  return app.slack
    .callsOf('chat.postMessage')
    .filter((call) => call.args.channel === user && pattern.test(JSON.stringify(call.args)));
}

async function waitFor<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let tries = 0; tries < 250; tries++) {
    const found = await read();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never: ${what}`);
}

beforeAll(async () => {
  app = await startTestApp({ clock: () => now });
  app.slack.bots.add('UBOT0001');
  app.slack.deactivated.add('UGONE001');
  app.slack.locales.set('UNEW0001', 'zh-CN');
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('handing a case to a colleague', () => {
  let record: Case;

  it('when the owner presses Hand over under the analysis, then a form asks whom to and a note, in their language', async () => {
    record = await fileCase('VHAND1', 'Bracelet clasp broke; the customer shouted at me');
    const analysis = dmsTo('U_STAFF', new RegExp(record.id));
    expect(JSON.stringify(analysis[0]?.args.blocks)).toContain(HANDOFF_ACTION.handOver);
    const click = buttonClick(HANDOFF_ACTION.handOver, record.id);
    await app.interact(click);
    const open = await app.slack.waitFor('views.open', (call) => call.args.trigger_id === click.trigger_id);
    const view = JSON.stringify(open.args.view);
    expect(view).toContain(HANDOFF_CALLBACK.handoffForm);
    expect(view).toContain('users_select');
    expect(view).toContain('change the person or the place');
    expect(JSON.parse(String((open.args.view as { private_metadata: string }).private_metadata))).toEqual({
      caseId: record.id,
      owner: 'U_STAFF',
    });
  });

  it('when the form names the one submitting it, a bot, someone deactivated or nobody, then it says so inline and nothing moves', async () => {
    const cases = [
      ['U_STAFF', 'You cannot hand a case to yourself'],
      ['UBOT0001', 'A bot cannot take a case'],
      ['UGONE001', 'deactivated'],
      [null, 'Please choose one from the list.'],
    ] as const;
    for (const [to, message] of cases) {
      const response = await app.interact(handoffForm(record.id, to, {}));
      expect(response.json).toMatchObject({
        response_action: 'errors',
        errors: { to: expect.stringContaining(message) },
      });
    }
    expect((await app.stores.cases.get(record.id))?.owner).toBe('U_STAFF');
  });

  it('when someone neither owner nor approver submits it, then they are told privately and nothing moves', async () => {
    await app.interact(handoffForm(record.id, 'UNEW0001', { by: 'U_STRANGER' }));
    const told = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U_STRANGER');
    expect(String(told.args.text)).toMatch(/owner/);
    expect((await app.stores.cases.get(record.id))?.owner).toBe('U_STAFF');
  });

  it('when the owner hands it over, twice by a double click and once more by Slack’s retry, then it moves once: the new owner gets the analysis once, in their language, the thread says from whom to whom, the history records why', async () => {
    const form = handoffForm(record.id, 'UNEW0001', {
      note: 'She wants to talk to someone else; call 138 1234 5678',
      viewId: 'VHANDFORM1',
    });
    const toStaffBefore = dmsTo('U_STAFF', /./).length;
    const responses = await Promise.all([app.interact(form), app.interact(form)]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    await app.interact(form, { retryNum: 1 });

    const moved = await waitFor(async () => {
      const found = await app.stores.cases.get(record.id);
      return found?.owner === 'UNEW0001' ? found : undefined;
    }, 'the case moved');
    const handoffs = moved.history.filter((event) => event.type === 'handed-over');
    expect(handoffs).toEqual([
      expect.objectContaining({
        by: 'U_STAFF',
        from: 'U_STAFF',
        to: 'UNEW0001',
        note: 'She wants to talk to someone else; call 138 1234 5678',
        form: 'VHANDFORM1',
      }),
    ]);

    const dm = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'UNEW0001');
    const blocks = JSON.stringify(dm.args.blocks);
    expect(blocks).toContain('<@U_STAFF> 把这个案例转交给了你');
    expect(blocks).toContain(record.id);
    expect(blocks).toContain(ACTION.recordOutcome);
    const thread = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.thread_ts === record.reviewPost?.ts && /handed the case/.test(String(call.args.text)),
    );
    expect(String(thread.args.text)).toContain('<@U_STAFF> handed the case from <@U_STAFF> to <@UNEW0001>');
    // The review channel is shared: the phone in the note is masked there.
    expect(String(thread.args.text)).not.toContain('1234 5678');
    const update = await app.slack.waitFor(
      'chat.update',
      (call) => call.args.ts === record.reviewPost?.ts && JSON.stringify(call.args.blocks).includes('<@UNEW0001>'),
    );
    expect(update.args.channel).toBe(REVIEW_CHANNEL);

    // Everything queued has gone out; nothing went twice, and the repeats were taken quietly.
    await app.running.delivery.deliverDue({ all: true });
    expect(dmsTo('U_STAFF', /./).slice(toStaffBefore)).toEqual([]);
    expect(app.slack.callsOf('chat.postMessage').filter((call) => call.args.channel === 'UNEW0001')).toHaveLength(1);
    expect(
      app.slack.callsOf('chat.postMessage').filter((call) => /handed the case/.test(String(call.args.text))),
    ).toHaveLength(1);
  });

  it('when the new owner opens App Home, then the case is theirs, with a Hand over button; the old owner no longer has it', async () => {
    await app.event({ type: 'app_home_opened', user: 'UNEW0001', channel: 'D_NEW', tab: 'home', event_ts: '1.1' });
    const home = await app.slack.waitFor('views.publish', (call) => call.args.user_id === 'UNEW0001');
    const view = JSON.stringify(home.args.view);
    expect(view).toContain(record.id);
    expect(view).toContain(HANDOFF_ACTION.handOver);
    expect((await app.stores.cases.listByOwner('U_STAFF', 10)).map((item) => item.id)).not.toContain(record.id);
  });

  it('when the old owner (no approver) tries again with a new form, then they are told it is not theirs; the History shows the handoff', async () => {
    await app.interact(handoffForm(record.id, 'UOTHER01', { viewId: 'VHANDFORM2' }));
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && /owner and the approvers/.test(String(call.args.text)),
    );
    const click = buttonClick(ACTION.showHistory, record.id, 'UNEW0001');
    await app.interact(click);
    const history = await app.slack.waitFor('views.open', (call) => call.args.trigger_id === click.trigger_id);
    expect(JSON.stringify(history.args.view)).toMatch(/U_STAFF.*UNEW0001/);
  });

  it('when an approver hands it on from the owner it had when the form opened, but it moved since, then it is refused privately', async () => {
    await app.interact(handoffForm(record.id, 'UOTHER01', { by: 'UMANAGER01', owner: 'U_STAFF', viewId: 'VSTALE' }));
    await app.slack.waitFor(
      'chat.postMessage',
      (call) =>
        call.args.channel === 'UMANAGER01' && /handed to someone else after you opened/.test(String(call.args.text)),
    );
    expect((await app.stores.cases.get(record.id))?.owner).toBe('UNEW0001');
  });

  it('when the case is resolved, then the follow-up reminder goes to the new owner, not the old one', async () => {
    await app.interact(outcomeForm(record.id, 'Replaced the clasp', '4', '', 'UNEW0001'));
    await waitFor(async () => {
      const found = await app.stores.cases.get(record.id);
      return found?.status === 'resolved' ? found : undefined;
    }, 'resolved');
    now = new Date('2026-12-08T01:05:00Z'); // 8 Dec, 09:05: the call is due
    expect(await app.running.remindAftercare()).toBe(1);
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'UNEW0001' && /回访/.test(String(call.args.text)),
    );
    expect(dmsTo('U_STAFF', /Follow-up reminder/)).toHaveLength(0);
  });

  it('when an approver opens App Home, then the store’s cases have a button too (Reopen once resolved); handing one on moves it, saying whose it was', async () => {
    await app.event({ type: 'app_home_opened', user: 'UMANAGER01', channel: 'D_MGR', tab: 'home', event_ts: '1.2' });
    const home = await app.slack.waitFor('views.publish', (call) => call.args.user_id === 'UMANAGER01');
    const view = JSON.stringify(home.args.view);
    // Resolved by now: the customer may come back, so its button reopens it.
    expect(view).toContain(
      `"action_id":"${HANDOFF_ACTION.reopen}","text":{"type":"plain_text","text":"Reopen","emoji":true},"value":"${record.id}"`,
    );

    await app.interact(handoffForm(record.id, 'UOTHER01', { by: 'UMANAGER01', owner: 'UNEW0001', viewId: 'VMGR1' }));
    const moved = await waitFor(async () => {
      const found = await app.stores.cases.get(record.id);
      return found?.owner === 'UOTHER01' ? found : undefined;
    }, 'handed on by the approver');
    expect(moved.history.at(-1)).toMatchObject({
      type: 'handed-over',
      by: 'UMANAGER01',
      from: 'UNEW0001',
      to: 'UOTHER01',
    });
    const dm = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'UOTHER01');
    expect(JSON.stringify(dm.args.blocks)).toContain('<@UMANAGER01> handed this case to you* (from <@UNEW0001>)');
  });

  it('when the case is closed, then Hand over says so privately and opens no form', async () => {
    const closed = await fileCase('VHAND2', 'Earring back lost; customer calm');
    await app.stores.cases.update(closed.id, (current) => ({ ...current, status: 'closed' }));
    const click = buttonClick(HANDOFF_ACTION.handOver, closed.id);
    await app.interact(click);
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && /closed; it cannot be handed over/.test(String(call.args.text)),
    );
    expect(app.slack.callsOf('views.open').some((call) => call.args.trigger_id === click.trigger_id)).toBe(false);
  });
});
