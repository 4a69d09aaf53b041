import { afterEach, describe, expect, it } from 'vitest';
import { caseIdFor } from '../../src/complaints/file-complaint.ts';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 12: "after a restart on the same SQLite store, app_home_opened for the staff member who filed a case
// before the restart published a home that did not list that open case". Stopping closed the store while
// the acknowledged complaint was still being filed: the case record was written, its owner's list never.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function homeOf(app: TestApp, slack: FakeSlackApi, user: string): Promise<RecordedCall> {
  const before = slack.calls.length;
  await app.event({ type: 'app_home_opened', user, channel: `D${user}`, tab: 'home', event_ts: '9.1' });
  return slack.waitFor('views.publish', (call) => slack.calls.indexOf(call) >= before && call.args.user_id === user);
}

/** The case ids listed under "Your open cases" (up to the next divider). */
function ownCaseIds(home: RecordedCall): string[] {
  const blocks = (home.args.view as { blocks: { type: string; text?: { text: string } }[] }).blocks;
  const start = blocks.findIndex((block) => block.type === 'header' && block.text?.text === 'Your open cases');
  const end = blocks.findIndex((block, index) => index > start && block.type === 'divider');
  return blocks
    .slice(start, end)
    .flatMap((block) => [...JSON.stringify(block).matchAll(/#(C-[0-9A-Z]+)/g)].map((match) => match[1] ?? ''));
}

async function startPair() {
  const slack = await new FakeSlackApi().start();
  cleanups.push(() => slack.stop());
  const first = await startTestApp({ slack });
  return { slack, first };
}

describe('App Home after a restart on the same SQLite store', () => {
  it('when the bot stops as soon as the case is stored, then after the restart Home lists it as the owner’s open case', async () => {
    const { slack, first } = await startPair();
    await first.interact(complaintForm('Pearl necklace string snapped', 'It broke.', { viewId: 'VHOMESTORED' }));
    const id = caseIdFor('VHOMESTORED');
    // Stopped the moment the case record exists: the lists it belongs on may not be written yet.
    while (!(await first.stores.cases.get(id))) await new Promise((resolve) => setTimeout(resolve, 1));
    await first.stop();

    const second = await startTestApp({ slack, storeUrl: first.storeUrl });
    cleanups.push(() => second.stop({ keepStore: false }));
    expect(ownCaseIds(await homeOf(second, slack, 'U_STAFF'))).toEqual([id]);
  });

  it('when the bot stops right after acknowledging a complaint, then it is filed before the store closes and Home lists it after the restart', async () => {
    const { slack, first } = await startPair();
    const answer = await first.interact(complaintForm('Ring stone fell out', 'Fix it now!', { viewId: 'VHOMEACK' }));
    expect(answer.status).toBe(200);
    await first.stop();

    const second = await startTestApp({ slack, storeUrl: first.storeUrl });
    cleanups.push(() => second.stop({ keepStore: false }));
    const id = caseIdFor('VHOMEACK');
    expect((await second.stores.cases.get(id))?.owner).toBe('U_STAFF');
    expect(ownCaseIds(await homeOf(second, slack, 'U_STAFF'))).toEqual([id]);
    // The restart sends what the first run had no time to (or had already sent), and only once.
    await slack.waitFor('chat.postMessage', (call) => call.args.channel === 'C0REVIEW');
  });

  it('when the owner filed cases across several restarts, then Home lists every one still open', async () => {
    const { slack, first } = await startPair();
    let app = first;
    const ids: string[] = [];
    for (const viewId of ['VRESTART1', 'VRESTART2', 'VRESTART3']) {
      await app.interact(complaintForm(`Watch strap broke (${viewId})`, 'Again!', { viewId }));
      ids.push(caseIdFor(viewId));
      await app.stop();
      app = await startTestApp({ slack, storeUrl: first.storeUrl });
    }
    cleanups.push(() => app.stop({ keepStore: false }));
    expect(ownCaseIds(await homeOf(app, slack, 'U_STAFF')).sort()).toEqual([...ids].sort());
  });
});
