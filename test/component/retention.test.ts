import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLAINT_BLOCK } from '../../src/blocks/ids.ts';
import type { Case } from '../../src/domain/case.ts';
import { applyCaseEvent } from '../../src/domain/case-transitions.ts';
import { DEFAULT_POLICY_PATH } from '../../src/policy/load-policy.ts';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { readCsvTable } from '../helpers/parse-csv.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 15, "Retention": with RETENTION_DAYS=90 a case closed 91 days ago has the customer's words, contacts
// and reference erased by the bot's sweep, and its review post is edited once to say so; one closed 89 days
// ago is left whole. Time moves by the injected clock; the posts go through the outbox to the fake Slack.

const KEY = '8d2e4f6a1c3b5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e';
const DAY = 86_400_000;
let now = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 in Shanghai
let app: TestApp;
const json = (call: RecordedCall) => JSON.stringify(call.args);

async function fileCase(viewId: string, narrative: string, words: string, phone: string): Promise<Case> {
  await app.interact(
    complaintForm(narrative, words, {
      viewId,
      extra: { [COMPLAINT_BLOCK.customerId]: { value: { type: 'plain_text_input', value: phone } } },
    }),
  );
  return app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
}

/** Resolves and closes a case at `at`, as the outcome form and the follow-up would. */
async function closeAt(id: string, at: Date): Promise<void> {
  await app.stores.cases.update(id, (current) =>
    applyCaseEvent(
      applyCaseEvent(current, {
        type: 'resolved',
        at: at.toISOString(),
        by: 'U_STAFF',
        outcome: 'Stone reset free of charge',
        satisfaction: 4,
      }),
      { type: 'closed', at: at.toISOString(), by: 'U_STAFF' },
    ),
  );
}

/** The edits of one review post, and the lines in its thread. */
const editsOf = (record: Case) =>
  app.slack.callsOf('chat.update').filter((call) => call.args.ts === record.reviewPost?.ts);
const threadOf = (record: Case) =>
  app.slack.callsOf('chat.postMessage').filter((call) => call.args.thread_ts === record.reviewPost?.ts);

beforeAll(async () => {
  app = await startTestApp({ clock: () => now, env: { RETENTION_DAYS: '90', CUSTOMER_KEY: KEY, STORES: '' } });
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('retention of customers’ data', () => {
  it('when a case was closed 91 days ago and another 89 days ago, then the sweep erases only the first and edits its review post once', async () => {
    const old = await fileCase(
      'VRET1',
      'The clasp of the bracelet broke',
      'Call me on 138 0013 8000 today!',
      '138 0013 8000',
    );
    const recent = await fileCase('VRET2', 'The ring lost a stone', 'Mail me at li.wei@example.com', '139 5724 6801');
    const closedOld = new Date(now.getTime() + DAY);
    await closeAt(old.id, closedOld);
    await closeAt(recent.id, new Date(now.getTime() + 3 * DAY));

    now = new Date(closedOld.getTime() + 91 * DAY);
    const editsBefore = editsOf(old).length;
    const recentEditsBefore = editsOf(recent).length;
    expect(await app.running.eraseExpired()).toBe(1);

    const erased = await app.stores.cases.get(old.id);
    expect(erased?.complaint.customerWords).toBeUndefined();
    expect(erased?.complaint.customer).toBeUndefined();
    expect(JSON.stringify(erased)).not.toMatch(/138.?0013|The clasp of the bracelet|8000/);
    expect(erased?.history.at(-1)).toMatchObject({ type: 'erased', reason: 'retention' });
    // What reports need stays.
    expect(erased?.status).toBe('closed');
    expect(erased?.history.find((event) => event.type === 'resolved')).toMatchObject({ satisfaction: 4 });
    const kept = await app.stores.cases.get(recent.id);
    expect(kept?.complaint.customerWords).toBe('Mail me at li.wei@example.com');
    expect(kept?.complaint.customer?.last4).toBe('6801');

    // The review post says the words were erased under the retention policy, and its thread says so once.
    const edit = await app.slack.waitFor(
      'chat.update',
      (call) => call.args.ts === old.reviewPost?.ts && json(call).includes('erased under the retention policy'),
    );
    expect(edit.args.channel).toBe(REVIEW_CHANNEL);
    expect(json(edit)).not.toContain('The clasp of the bracelet');
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.thread_ts === old.reviewPost?.ts && json(call).includes('erased under the retention policy'),
    );

    // Swept again (the next day's run, or a second instance): nothing more is erased, edited or audited.
    now = new Date(now.getTime() + DAY);
    expect(await app.running.eraseExpired()).toBe(0);
    await app.running.delivery.deliverDue({ all: true });
    expect(editsOf(old)).toHaveLength(editsBefore + 1);
    expect(threadOf(old).filter((call) => json(call).includes('erased'))).toHaveLength(1);
    expect(editsOf(recent)).toHaveLength(recentEditsBefore);
    const audits = await app.stores.audit.erasures(10);
    expect(audits).toEqual([expect.objectContaining({ reason: 'retention', retentionDays: 90, caseIds: [old.id] })]);
    expect(app.logger.lines.join('\n')).toContain(`erasure: 1 case(s) had the customer's data erased`);
  });

  it("when a manager exports the period afterwards, then the erased case's words, phone and reference do not come back", async () => {
    const before = app.slack.callsOf('files.completeUploadExternal').length;
    await app.command('export 2026-11-23 2026-11-23', { user: 'UMANAGER01' });
    await app.slack.waitFor(
      'files.completeUploadExternal',
      () => app.slack.callsOf('files.completeUploadExternal').length > before,
    );
    const files = app.slack.callsOf('files.completeUploadExternal').at(-1)?.args.files as { id: string }[];
    const raw = app.slack.uploads.get(files[0]?.id ?? '');
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
    expect(csv).not.toMatch(/138.?0013|The clasp of the bracelet|Call me on/);
    const rows = readCsvTable(csv).rows;
    const erased = rows.find((row) => row("customer's words") === '');
    const whole = rows.find((row) => row("customer's words") === 'Mail me at li.wei@example.com');
    expect(erased?.('customer ending')).toBe('');
    expect(erased?.('satisfaction')).toBe('4');
    expect(whole?.('customer ending')).toBe('6801');
  });
});

describe('where the retention period comes from', () => {
  it('when only the policy file has `retention: days: 90`, then it applies; RETENTION_DAYS, when set, wins over it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-retention-policy-'));
    const policyFile = join(dir, 'policy.yml');
    await writeFile(policyFile, `${await readFile(DEFAULT_POLICY_PATH, 'utf8')}\nretention:\n  days: 90\n`);
    const start = new Date('2026-11-23T02:00:00Z');
    let clock = start;
    const main = app;
    const first = await startTestApp({
      clock: () => clock,
      env: { POLICY_FILE: policyFile, RETENTION_DAYS: '200', CUSTOMER_KEY: KEY },
    });
    try {
      app = first;
      const filed = await fileCase('VRETP1', 'The earring back went missing', 'Sort it out', '137 1111 2222');
      await closeAt(filed.id, start);
      clock = new Date(start.getTime() + 91 * DAY);
      // RETENTION_DAYS=200 wins over the policy's 90: nothing is due yet.
      expect(await first.running.eraseExpired()).toBe(0);
      expect((await first.stores.cases.get(filed.id))?.complaint.customer).toBeDefined();
    } finally {
      await first.stop();
      app = main;
    }
    const second = await startTestApp({
      clock: () => clock,
      storeUrl: first.storeUrl,
      env: { POLICY_FILE: policyFile },
    });
    try {
      // The sweep at start may have erased it already; asked now, it has, either way.
      await second.running.eraseExpired();
      const [erased] = await second.stores.cases.listRecent(1);
      expect(erased?.history.at(-1)).toMatchObject({ type: 'erased', reason: 'retention' });
      const [audit] = await second.stores.audit.erasures(1);
      expect(audit).toMatchObject({ reason: 'retention', retentionDays: 90 });
    } finally {
      await second.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
