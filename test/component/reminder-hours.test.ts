import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/case.ts';
import { complaintForm, outcomeForm } from '../helpers/complaint-payloads.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

// The example policy: Asia/Shanghai (UTC+8), open 09:00–21:00 every day, follow-up 7 days after resolution.
let now = new Date('2026-12-01T02:00:00Z');
let app: TestApp;

const followUpReminders = () =>
  app.slack
    .callsOf('chat.postMessage')
    .filter((call) => call.args.channel === 'U_STAFF' && /Follow-up reminder/.test(String(call.args.text)));

beforeAll(async () => {
  app = await startTestApp({ clock: () => now });
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('a reminder whose post failed', () => {
  it('when Slack refuses it just before closing, then its retry waits for the store to open', async () => {
    await app.interact(complaintForm('Clasp came loose on day two', 'Fix it please.', { viewId: 'VHOURS1' }));
    const record: Case = await app.waitForCase(
      (item) => item.complaint.narrative === 'Clasp came loose on day two' && item.reviewPost !== null,
    );
    await app.interact(outcomeForm(record.id, 'Re-soldered the clasp', '4', 'Check clasps on delivery'));
    // Every post about the outcome is out before Slack is made to refuse the next call.
    await app.slack.waitFor('chat.postMessage', (call) => /resolved the case/.test(String(call.args.text)));

    now = new Date('2026-12-08T12:59:00Z'); // 8 Dec, 20:59 in the store: due, open for one more minute
    app.slack.fail('chat.postMessage', 500, 1);
    expect(await app.running.remindAftercare()).toBe(1);
    // The fake records every call, refused ones too: this one Slack answered with a 500.
    expect(followUpReminders()).toHaveLength(1);

    now = new Date('2026-12-08T13:05:00Z'); // 21:05: closed
    await app.running.delivery.deliverDue({ all: true });
    now = new Date('2026-12-08T20:00:00Z'); // 04:00
    await app.running.delivery.deliverDue({ all: true });
    expect(followUpReminders()).toHaveLength(1);

    now = new Date('2026-12-09T01:05:00Z'); // 9 Dec, 09:05: open
    await app.running.delivery.deliverDue({ all: true });
    expect(followUpReminders()).toHaveLength(2);
    expect(await app.stores.outbox.due(new Date(8.64e15), 50)).toEqual([]);
  });
});
