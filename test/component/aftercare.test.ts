import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AFTERCARE_ACTION, AFTERCARE_CALLBACK } from '../../src/blocks/ids.ts';
import type { Case } from '../../src/domain/case.ts';
import { decisionForm } from '../helpers/approval-payloads.ts';
import {
  buttonClick,
  compensationForm,
  complaintForm,
  outcomeForm,
  viewSubmission,
} from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

// The example policy: Asia/Shanghai (UTC+8), open 09:00–21:00 every day, follow-up 7 days after resolution.
let now = new Date('2026-12-01T02:00:00Z'); // Tue 1 Dec, 10:00 in the store
let app: TestApp;

const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
const select = (value: string) => ({ value: { type: 'static_select', selected_option: { value } } });
const date = (value: string) => ({ value: { type: 'datepicker', selected_date: value } });
const metadata = (caseId: string) => ({ privateMetadata: JSON.stringify({ caseId }) });

async function fileCase(viewId: string, narrative: string): Promise<Case> {
  await app.interact(complaintForm(narrative, 'Please sort this out.', { viewId }));
  return app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
}

/** DMs from the bot to the staff member whose text (fallback) matches. */
function dmsTo(user: string, pattern: RegExp): RecordedCall[] {
  return app.slack
    .callsOf('chat.postMessage')
    .filter((call) => call.args.channel === user && pattern.test(String(call.args.text)));
}

async function waitForHistory(caseId: string, type: string): Promise<Case> {
  for (let tries = 0; tries < 250; tries++) {
    const found = await app.stores.cases.get(caseId);
    if (found?.history.some((event) => event.type === type)) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`case ${caseId} got no ${type} event`);
}

beforeAll(async () => {
  app = await startTestApp({ clock: () => now });
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('follow-up calls', () => {
  let record: Case;

  it('when a case is resolved, then its follow-up is due followUpDays later and the review post says so', async () => {
    now = new Date('2026-12-01T02:00:00Z');
    record = await fileCase('VFOLLOW1', 'Watch strap broke after a week');
    await app.interact(outcomeForm(record.id, 'Replaced the strap free of charge', '4', 'Check straps on delivery'));
    const update = await app.slack.waitFor(
      'chat.update',
      (call) =>
        call.args.ts === record.reviewPost?.ts && JSON.stringify(call.args.blocks).includes('Follow-up call due'),
    );
    expect(JSON.stringify(update.args.blocks)).toContain('Follow-up call due 2026-12-08');
  });

  it('when the due day has not come, or it is night on the due day, then no reminder is sent', async () => {
    now = new Date('2026-12-07T05:00:00Z'); // 7 Dec, 13:00: the day before
    expect(await app.running.remindAftercare()).toBe(0);
    now = new Date('2026-12-07T17:30:00Z'); // 8 Dec, 01:30: due, but the store is closed
    expect(await app.running.remindAftercare()).toBe(0);
    expect(dmsTo('U_STAFF', /Follow-up reminder/)).toHaveLength(0);
  });

  it('when the store opens on the due day, then the owner gets one private reminder with the call script and a button', async () => {
    now = new Date('2026-12-08T01:05:00Z'); // 8 Dec, 09:05
    expect(await app.running.remindAftercare()).toBe(1);
    const reminder = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && /Follow-up reminder/.test(String(call.args.text)),
    );
    const blocks = JSON.stringify(reminder.args.blocks);
    expect(blocks).toContain('Replaced the strap free of charge');
    // The script of seed 002 for this customer's temperament: thanks first, suggestions last.
    expect(blocks).toMatch(/thank/i);
    expect(blocks).toContain(AFTERCARE_ACTION.recordFollowUp);
    expect(blocks).toContain(record.id);

    // Later sweeps, on this instance or after a restart, do not remind again.
    expect(await app.running.remindAftercare()).toBe(0);
    now = new Date('2026-12-08T06:00:00Z');
    expect(await app.running.remindAftercare()).toBe(0);
    expect(dmsTo('U_STAFF', /Follow-up reminder/)).toHaveLength(1);
  });

  it('when the owner presses "Record follow-up" and submits, then the follow-up is recorded, and the case, owing nothing more, is closed', async () => {
    await app.interact(buttonClick(AFTERCARE_ACTION.recordFollowUp, record.id));
    const open = await app.slack.waitFor('views.open', (call) =>
      JSON.stringify(call.args.view).includes(AFTERCARE_CALLBACK.followUpForm),
    );
    expect(JSON.stringify(open.args.view)).toContain(record.id);

    const empty = await app.interact(
      viewSubmission(AFTERCARE_CALLBACK.followUpForm, { result: text('') }, metadata(record.id)),
    );
    expect(empty.json).toMatchObject({ response_action: 'errors', errors: { result: expect.any(String) } });

    await app.interact(
      viewSubmission(
        AFTERCARE_CALLBACK.followUpForm,
        { result: text('Strap holds well; she suggested softer leather'), satisfaction: select('5') },
        metadata(record.id),
      ),
    );
    const stored = await waitForHistory(record.id, 'followed-up');
    expect(stored.status).toBe('closed');
    expect(stored.history.slice(-2)).toMatchObject([
      { type: 'followed-up', by: 'U_STAFF', result: 'Strap holds well; she suggested softer leather', satisfaction: 5 },
      { type: 'closed', by: 'complaint-desk', note: 'follow-up done' },
    ]);
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.thread_ts === record.reviewPost?.ts && /follow-up call/.test(String(call.args.text)),
    );
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.thread_ts === record.reviewPost?.ts && /Closed automatically/.test(String(call.args.text)),
    );
    expect((await app.stores.cases.listOpen()).map((found) => found.id)).not.toContain(record.id);
  });
});

describe('repairs', () => {
  let record: Case;

  it('when staff press "Repair", then the form offers the case\'s repair and a date; a past date is refused inline', async () => {
    now = new Date('2026-12-02T03:00:00Z'); // Wed 2 Dec, 11:00
    record = await fileCase('VREPAIR1', 'The necklace lost a stone two days after purchase');
    // The staff member's private analysis carries the "Repair" button, since the policy allows a re-setting.
    const analysis = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && JSON.stringify(call.args.blocks).includes(`"value":"${record.id}"`),
    );
    expect(JSON.stringify(analysis.args.blocks)).toContain(AFTERCARE_ACTION.promiseRepair);
    await app.interact(buttonClick(AFTERCARE_ACTION.promiseRepair, record.id));
    const open = await app.slack.waitFor('views.open', (call) =>
      JSON.stringify(call.args.view).includes(AFTERCARE_CALLBACK.repairForm),
    );
    const view = JSON.stringify(open.args.view);
    expect(view).toContain('"stone-resetting"');
    expect(view).not.toContain('"refund"');

    const past = await app.interact(
      viewSubmission(
        AFTERCARE_CALLBACK.repairForm,
        { remedyId: select('stone-resetting'), promisedFor: date('2026-12-01') },
        metadata(record.id),
      ),
    );
    expect(past.json).toMatchObject({ response_action: 'errors', errors: { promisedFor: expect.any(String) } });
    const notRepair = await app.interact(
      viewSubmission(
        AFTERCARE_CALLBACK.repairForm,
        { remedyId: select('refund'), promisedFor: date('2026-12-05') },
        metadata(record.id),
      ),
    );
    expect(notRepair.json).toMatchObject({ response_action: 'errors', errors: { remedyId: expect.any(String) } });
  });

  it('when the date is promised, then it is on the case, in the review post and its thread', async () => {
    await app.interact(
      viewSubmission(
        AFTERCARE_CALLBACK.repairForm,
        { remedyId: select('stone-resetting'), promisedFor: date('2026-12-05'), note: text('Workshop on Friday') },
        metadata(record.id),
      ),
    );
    const stored = await waitForHistory(record.id, 'repair-promised');
    expect(stored.history.at(-1)).toMatchObject({ remedyId: 'stone-resetting', promisedFor: '2026-12-05' });
    const line = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.thread_ts === record.reviewPost?.ts && /promised a repair/.test(String(call.args.text)),
    );
    expect(String(line.args.text)).toContain('2026-12-05');
    const update = await app.slack.waitFor(
      'chat.update',
      (call) =>
        call.args.ts === record.reviewPost?.ts && JSON.stringify(call.args.blocks).includes('Repair promised for'),
    );
    expect(JSON.stringify(update.args.blocks)).toContain('Repair promised for 2026-12-05');
  });

  it('when it is two days before, then no reminder; the day before, in business hours, the owner is reminded once', async () => {
    now = new Date('2026-12-03T03:00:00Z'); // 3 Dec
    expect(await app.running.remindAftercare()).toBe(0);
    now = new Date('2026-12-03T23:00:00Z'); // 4 Dec, 07:00: the day before, but before opening
    expect(await app.running.remindAftercare()).toBe(0);
    now = new Date('2026-12-04T02:00:00Z'); // 4 Dec, 10:00
    expect(await app.running.remindAftercare()).toBe(1);
    const reminder = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && /Repair reminder/.test(String(call.args.text)),
    );
    const blocks = JSON.stringify(reminder.args.blocks);
    expect(blocks).toContain('Repair due tomorrow');
    expect(blocks).toContain('2026-12-05');
    expect(blocks).toContain(AFTERCARE_ACTION.repairReady);
    expect(await app.running.remindAftercare()).toBe(0);
  });

  it('when it is marked ready, then the post shows since when, when the customer was told, and the abandonment date', async () => {
    now = new Date('2026-12-04T08:00:00Z'); // 4 Dec, 16:00
    await app.interact(buttonClick(AFTERCARE_ACTION.repairReady, record.id));
    const open = await app.slack.waitFor('views.open', (call) =>
      JSON.stringify(call.args.view).includes(AFTERCARE_CALLBACK.repairReadyForm),
    );
    expect(JSON.stringify(open.args.view)).toContain('"initial_date":"2026-12-04"');

    const future = await app.interact(
      viewSubmission(AFTERCARE_CALLBACK.repairReadyForm, { customerToldOn: date('2026-12-09') }, metadata(record.id)),
    );
    expect(future.json).toMatchObject({ response_action: 'errors', errors: { customerToldOn: expect.any(String) } });

    await app.interact(
      viewSubmission(AFTERCARE_CALLBACK.repairReadyForm, { customerToldOn: date('2026-12-04') }, metadata(record.id)),
    );
    await waitForHistory(record.id, 'repair-ready');
    const update = await app.slack.waitFor(
      'chat.update',
      (call) =>
        call.args.ts === record.reviewPost?.ts && JSON.stringify(call.args.blocks).includes('Ready for pickup since'),
    );
    expect(JSON.stringify(update.args.blocks)).toContain(
      'Ready for pickup since 2026-12-04, customer told 2026-12-04 · counts as abandoned after 2027-01-04',
    );
    // A repair that is ready is not reminded of again.
    now = new Date('2026-12-05T02:00:00Z');
    expect(await app.running.remindAftercare()).toBe(0);
  });

  it('when the owner opens App Home, then the pickup shows with its abandonment date, marked once it has passed', async () => {
    now = new Date('2026-12-10T02:00:00Z');
    await app.event({ type: 'app_home_opened', user: 'U_STAFF', tab: 'home', channel: 'D_STAFF' });
    const home = await app.slack.waitFor('views.publish', (call) =>
      JSON.stringify(call.args.view).includes('Ready for pickup since'),
    );
    const view = JSON.stringify(home.args.view);
    expect(view).toContain('Follow-ups and repairs due');
    expect(view).toContain('counts as abandoned after 2027-01-04');
    expect(view).toContain(AFTERCARE_ACTION.repairCollected);
    expect(view).not.toContain('not collected within a month');

    now = new Date('2027-01-05T02:00:00Z');
    const before = app.slack.callsOf('views.publish').length;
    await app.event({ type: 'app_home_opened', user: 'U_STAFF', tab: 'home', channel: 'D_STAFF' });
    await app.slack.waitFor('views.publish', () => app.slack.callsOf('views.publish').length > before);
    const later = JSON.stringify(app.slack.callsOf('views.publish').at(-1)?.args.view);
    expect(later).toContain('not collected within a month: counts as abandoned');
  });

  it('when the customer collects it, then the case records it and App Home no longer lists it', async () => {
    await app.interact(buttonClick(AFTERCARE_ACTION.repairCollected, record.id));
    const stored = await waitForHistory(record.id, 'repair-collected');
    expect(stored.history.at(-1)).toMatchObject({ type: 'repair-collected', by: 'U_STAFF' });
    // Collecting twice is refused privately; the history does not grow.
    await app.interact(buttonClick(AFTERCARE_ACTION.repairCollected, record.id));
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && /cannot be made now/.test(String(call.args.text)),
    );
    expect((await app.stores.cases.get(record.id))?.history.filter((e) => e.type === 'repair-collected')).toHaveLength(
      1,
    );

    const before = app.slack.callsOf('views.publish').length;
    await app.event({ type: 'app_home_opened', user: 'U_STAFF', tab: 'home', channel: 'D_STAFF' });
    await app.slack.waitFor('views.publish', () => app.slack.callsOf('views.publish').length > before);
    expect(JSON.stringify(app.slack.callsOf('views.publish').at(-1)?.args.view)).not.toContain(
      'Ready for pickup since',
    );
  });

  it('when someone other than the owner presses a repair button, then nothing opens', async () => {
    const opened = app.slack.callsOf('views.open').length;
    await app.interact(buttonClick(AFTERCARE_ACTION.promiseRepair, record.id, 'U_STRANGER'));
    await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U_STRANGER');
    expect(app.slack.callsOf('views.open')).toHaveLength(opened);
  });
});

describe('repairs agreed without a promised date', () => {
  let record: Case;
  const promptsFor = (caseId: string) =>
    dmsTo('U_STAFF', /Repair date needed/).filter((call) => JSON.stringify(call.args.blocks).includes(caseId));
  const homeFor = async (user: string) => {
    const before = app.slack.callsOf('views.publish').length;
    await app.event({ type: 'app_home_opened', user, tab: 'home', channel: 'D_STAFF' });
    await app.slack.waitFor('views.publish', () => app.slack.callsOf('views.publish').length > before);
    return JSON.stringify(app.slack.callsOf('views.publish').at(-1)?.args.view);
  };

  it('when a case is resolved with a repair agreed and no date promised, then the owner is asked for the date privately, once, with the Repair button', async () => {
    now = new Date('2026-12-11T02:00:00Z'); // Fri 11 Dec, 10:00
    record = await fileCase('VUNDATED1', 'The ring lost a stone the day after purchase');
    await app.interact(compensationForm(record.id, 'stone-resetting', undefined, 'Re-set the stone'));
    await waitForHistory(record.id, 'proposed');
    await app.interact(outcomeForm(record.id, 'Took the ring in to re-set the stone', '4', ''));
    await waitForHistory(record.id, 'resolved');
    const prompt = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && /Repair date needed/.test(String(call.args.text)),
    );
    const blocks = JSON.stringify(prompt.args.blocks);
    expect(blocks).toContain('Re-setting a lost stone');
    expect(blocks).toContain(AFTERCARE_ACTION.promiseRepair);
    expect(blocks).toContain(`"value":"${record.id}"`);
    // Sweeps and later deliveries do not ask again.
    await app.running.remindAftercare();
    await app.running.delivery.deliverDue({ all: true });
    expect(promptsFor(record.id)).toHaveLength(1);
  });

  it('when the owner opens App Home, then the repair is listed without a date, with the Repair button', async () => {
    const view = await homeFor('U_STAFF');
    expect(view).toContain('repair without a promised date (agreed 2026-12-11)');
    expect(view).toContain(`home_repair_date_${record.id}`);
  });

  it('when the morning digest goes out, then it lists the repair without a promised date', async () => {
    now = new Date('2026-12-12T00:30:02Z'); // Sat 12 Dec, 08:30
    expect((await app.running.digest.runDue()).kind).toBe('posted');
    const body = app.slack
      .callsOf('chat.postMessage')
      .filter((call) => String(call.args.text).startsWith('Morning digest'))
      .map((call) => JSON.stringify(call.args.blocks))
      .join('\n');
    expect(body).toMatch(
      new RegExp(
        `${record.id}[^\\n]*Re-setting a lost stone · \\*repair without a promised date\\* \\(agreed 2026-12-11\\)`,
      ),
    );
  });

  it('when the date is promised, then App Home no longer lists the repair as undated', async () => {
    now = new Date('2026-12-12T02:00:00Z');
    await app.interact(
      viewSubmission(
        AFTERCARE_CALLBACK.repairForm,
        { remedyId: select('stone-resetting'), promisedFor: date('2026-12-20') },
        metadata(record.id),
      ),
    );
    await waitForHistory(record.id, 'repair-promised');
    expect(await homeFor('U_STAFF')).not.toContain('repair without a promised date');
    expect(promptsFor(record.id)).toHaveLength(1);
  });
});

describe('a repair agreed by a manager', () => {
  it('when an approver adjusts a request to a repair and no date is promised yet, then the owner is asked privately for the date, once', async () => {
    now = new Date('2026-12-15T02:00:00Z'); // Tue 15 Dec, 10:00
    const record = await fileCase('VADJUST1', 'The bracelet lost a stone two days after purchase');
    await app.interact(compensationForm(record.id, 'compensation', '200', 'Customer wants 200 for the trouble'));
    const awaiting = await waitForHistory(record.id, 'approval-requested');
    const request = awaiting.history.findIndex((event) => event.type === 'approval-requested');
    await app.interact(
      decisionForm('adjust', { caseId: record.id, request }, 'UMANAGER01', {
        remedyId: 'stone-resetting',
        reason: 'Re-set the stone instead',
      }),
    );
    await waitForHistory(record.id, 'decided');
    const prompt = await app.slack.waitFor(
      'chat.postMessage',
      (call) =>
        call.args.channel === 'U_STAFF' &&
        /Repair date needed/.test(String(call.args.text)) &&
        JSON.stringify(call.args.blocks).includes(record.id),
    );
    expect(JSON.stringify(prompt.args.blocks)).toContain(AFTERCARE_ACTION.promiseRepair);
    // Resolving the adjusted case later asks nothing more.
    await app.interact(outcomeForm(record.id, 'Took the bracelet in for re-setting', '4', ''));
    await waitForHistory(record.id, 'resolved');
    await app.running.delivery.deliverDue({ all: true });
    expect(
      dmsTo('U_STAFF', /Repair date needed/).filter((call) => JSON.stringify(call.args.blocks).includes(record.id)),
    ).toHaveLength(1);
  });
});

describe('App Home', () => {
  it('when a follow-up call is due today and a repair tomorrow, then Home lists both with their buttons', async () => {
    const user = 'U_HOME';
    now = new Date('2026-12-14T02:00:00Z'); // Mon 14 Dec, 10:00
    await app.interact(
      complaintForm('Earring hook snapped on the first day', 'Please fix it.', { viewId: 'VHOME1', user }),
    );
    const call = await app.waitForCase(
      (item) => item.reviewPost !== null && /Earring/.test(item.complaint.narrative),
      user,
    );
    await app.interact(outcomeForm(call.id, 'Replaced the hook', '4', '', user));
    await waitForHistory(call.id, 'resolved');
    await app.interact(
      complaintForm('The pendant lost a stone two days after purchase', 'Fix it.', { viewId: 'VHOME2', user }),
    );
    const repair = await app.waitForCase(
      (item) => item.reviewPost !== null && /pendant/.test(item.complaint.narrative),
      user,
    );
    await app.interact(
      viewSubmission(
        AFTERCARE_CALLBACK.repairForm,
        { remedyId: select('stone-resetting'), promisedFor: date('2026-12-22') },
        { ...metadata(repair.id), user },
      ),
    );
    await waitForHistory(repair.id, 'repair-promised');

    now = new Date('2026-12-21T02:00:00Z'); // Mon 21 Dec: the call is due today, the repair tomorrow
    const before = app.slack.callsOf('views.publish').length;
    await app.event({ type: 'app_home_opened', user, tab: 'home', channel: 'D_HOME' });
    const published = await app.slack.waitFor(
      'views.publish',
      (found) => app.slack.callsOf('views.publish').indexOf(found) >= before && found.args.user_id === user,
    );
    const view = published.args.view as {
      blocks: {
        type: string;
        block_id?: string;
        text?: { text: string };
        elements?: { action_id: string; value: string }[];
      }[];
    };
    const texts = view.blocks.map((block) => block.text?.text ?? '').join('\n');
    expect(texts).toContain('Follow-ups and repairs due');
    expect(texts).toContain('Follow-up call due 2026-12-21 (today)');
    expect(texts).toContain('Repair promised for 2026-12-22 (tomorrow)');
    const buttons = (blockId: string) =>
      view.blocks
        .find((block) => block.block_id === blockId)
        ?.elements?.map(({ action_id, value }) => ({ action_id, value }));
    expect(buttons(`home_follow_up_${call.id}`)).toEqual([
      { action_id: AFTERCARE_ACTION.recordFollowUp, value: call.id },
    ]);
    expect(buttons(`home_repair_${repair.id}`)).toEqual([
      { action_id: AFTERCARE_ACTION.repairReady, value: repair.id },
      { action_id: AFTERCARE_ACTION.promiseRepair, value: repair.id },
    ]);
  });
});

describe('several instances', () => {
  it('when one instance has sent a reminder, then another on the same store does not send it again', async () => {
    now = new Date('2026-12-10T02:00:00Z');
    const record = await fileCase('VFOLLOW2', 'Bracelet clasp came loose');
    await app.interact(outcomeForm(record.id, 'Tightened the clasp', '3', ''));
    await waitForHistory(record.id, 'resolved');
    now = new Date('2026-12-17T02:00:00Z');
    const other = await startTestApp({ storeUrl: app.storeUrl, clock: () => now, slack: app.slack });
    try {
      const sent = await Promise.all([app.running.remindAftercare(), other.running.remindAftercare()]);
      expect(sent[0] + sent[1]).toBe(1);
      expect(await other.running.remindAftercare()).toBe(0);
    } finally {
      await other.stop();
    }
    expect(
      dmsTo('U_STAFF', /Follow-up reminder/).filter((call) => JSON.stringify(call.args).includes(record.id)),
    ).toHaveLength(1);
  });
});
