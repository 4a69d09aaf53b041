import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComplaintModal } from '../../src/blocks/complaint-modal.ts';
import { ACTION, COMPLAINT_BLOCK } from '../../src/blocks/ids.ts';
import type { Case } from '../../src/domain/case.ts';
import { decisionForm } from '../helpers/approval-payloads.ts';
import { compensationForm, complaintForm } from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';
import { policy } from '../policy/policy-test-kit.ts';

// Issue 15, "Who the customer is": staff enter the customer's phone or member number on the form; the bot
// keeps only a keyed fingerprint and the last four, finds the customer's cases in every store, and shows the
// owner, the review meeting and — before deciding — the manager how often they complained and what they got.

const KEY = '6f1c0a9e3b7d52e48c1f0a6b9d3e7c21a4b8f05d6e2c9a71b3f4e8d0c5a6b7e9';
/** The same phone, typed three ways at three counters. */
const TYPED = ['+86 139 5724 6801', '139-5724-6801', '0086 13957246801'];
const PHONE_TRACES = ['13957246801', '139 5724', '139-5724', '5724'];

let app: TestApp;
const json = (call: RecordedCall) => JSON.stringify(call.args);
const phoneField = (value: string) => ({
  [COMPLAINT_BLOCK.customerId]: { value: { type: 'plain_text_input', value } },
});

async function fileCase(viewId: string, narrative: string, phone: string, store: string): Promise<Case> {
  await app.interact(
    complaintForm(narrative, 'This keeps happening to me.', {
      viewId,
      extra: { ...phoneField(phone), store: { value: { type: 'plain_text_input', value: store } } },
    }),
  );
  await app.slack.waitFor(
    'chat.postMessage',
    (call) => call.args.channel === REVIEW_CHANNEL && json(call).includes(narrative),
  );
  return app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
}

async function askAndApprove(record: Case, amount: string): Promise<void> {
  await app.interact(compensationForm(record.id, 'compensation', amount, 'For the second trip'));
  const waiting = await app.waitForCase((item) => item.id === record.id && item.status === 'awaiting-approval');
  const request = waiting.history.findLastIndex((event) => event.type === 'approval-requested');
  await app.interact(decisionForm('approve', { caseId: record.id, request }, 'UMANAGER01'));
  await app.waitForCase((item) => item.id === record.id && item.proposal?.approved === true);
}

beforeAll(async () => {
  app = await startTestApp({ env: { CUSTOMER_KEY: KEY } });
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('repeat customers (issue 15)', () => {
  it('when CUSTOMER_KEY is set, then the form asks for the phone or member number and says it is kept only as a fingerprint; without it, the field is not there', async () => {
    await app.command('');
    const opened = await app.slack.waitFor('views.open', (call) => json(call).includes(COMPLAINT_BLOCK.customerId));
    expect(json(opened)).toContain('Stored only as a fingerprint and the last four digits');
    const without = buildComplaintModal({ language: 'zh', categories: policy.categories, privateMetadata: '' });
    expect(JSON.stringify(without)).not.toContain(COMPLAINT_BLOCK.customerId);
    const zh = buildComplaintModal({
      language: 'zh',
      categories: policy.categories,
      privateMetadata: '',
      customerField: true,
    });
    expect(JSON.stringify(zh)).toContain('只保存为加密指纹和末四位');
  });

  it('when the phone is neither a phone nor a member number, then the form says so inline and nothing is filed', async () => {
    const response = await app.interact(
      complaintForm('Clasp broke again, typed a wrong number', 'Again!', { extra: phoneField('call me') }),
    );
    expect(response.json).toMatchObject({
      response_action: 'errors',
      errors: { [COMPLAINT_BLOCK.customerId]: expect.stringMatching(/phone number/) },
    });
  });

  it('when one customer complains a third time in 90 days in another store, then the owner, the review post and the manager see "3rd complaint in 90 days; ¥450 granted before" with links, compensation needs a manager citing A2, and the phone is nowhere', async () => {
    const first = await fileCase('VREPEAT1', 'Necklace clasp snapped after two days', TYPED[0] as string, '黄兴店');
    expect(first.complaint.customer).toEqual({ fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/), last4: '6801' });
    expect(first.repeat).toMatchObject({ count: 1, withinDays: 90, granted: 0, earlier: [] });
    await askAndApprove(first, '200');

    const second = await fileCase('VREPEAT2', 'Earring post bent on first wear', TYPED[1] as string, '五一店');
    expect(second.complaint.customer?.fingerprint).toBe(first.complaint.customer?.fingerprint);
    expect(second.repeat).toMatchObject({ count: 2, granted: 200 });
    // The second complaint: a small gesture is still within staff authority.
    const within = second.remedies.find((remedy) => remedy.id === 'compensation');
    expect(within?.needsApproval).toBe(false);
    await askAndApprove(second, '250');

    const third = await fileCase('VREPEAT3', 'Bracelet stone fell out', TYPED[2] as string, '万达店');
    expect(third.repeat).toMatchObject({ count: 3, granted: 450 });
    expect(third.repeat?.earlier.map((entry) => entry.id)).toEqual([second.id, first.id]);
    expect(third.remedies.find((remedy) => remedy.id === 'compensation')?.needsApproval).toBe(true);

    // The owner's analysis DM and the review post say it, in the reader's language.
    const review = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === REVIEW_CHANNEL && json(call).includes('Bracelet stone fell out'),
    );
    expect(json(review)).toContain('3rd complaint in 90 days; ¥450 granted before');
    expect(json(review)).toContain('Customer ending 6801');
    const dm = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && json(call).includes(third.id) && json(call).includes('complaint in'),
    );
    expect(json(dm)).toContain('3rd complaint in 90 days; ¥450 granted before');

    // 20 yuan is within the staff limit, but the third complaint needs a manager (A2).
    await app.interact(compensationForm(third.id, 'compensation', '20', 'Customer asks for something again'));
    const waiting = await app.waitForCase((item) => item.id === third.id && item.status === 'awaiting-approval');
    const request = await app.slack.waitFor(
      'chat.postMessage',
      (call) =>
        call.args.channel === 'UMANAGER01' && json(call).includes(third.id) && json(call).includes(ACTION.approve),
    );
    const shown = json(request);
    expect(shown).toContain('3rd complaint in 90 days; ¥450 granted before');
    expect(shown).toContain('A2');
    // Links to the earlier cases' review posts, with what each got.
    for (const earlier of [first, second]) {
      const ts = earlier.reviewPost?.ts.replace('.', '');
      expect(shown).toContain(`https://example.slack.com/archives/${REVIEW_CHANNEL}/p${ts}|#${earlier.id}`);
    }
    expect(shown).toMatch(/¥250/);
    expect(waiting.repeat).toMatchObject({ count: 3, granted: 450 });
    // Counts and money only: never the customer's temperament on the profile.
    expect(JSON.stringify(waiting.repeat)).not.toMatch(/temperament|angry|rational|type/i);

    // Privacy: the number never reached Slack, the log or the store.
    const everything = [
      JSON.stringify(app.slack.calls),
      app.logger.lines.join('\n'),
      JSON.stringify([await app.stores.cases.get(first.id), await app.stores.cases.get(third.id)]),
    ].join('\n');
    for (const trace of PHONE_TRACES) expect(everything).not.toContain(trace);
  });
});
