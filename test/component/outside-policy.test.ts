import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, CALLBACK } from '../../src/blocks/ids.ts';
import type { Case } from '../../src/domain/case.ts';
import { buttonClick, compensationForm, viewSubmission } from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 11, through the real entry points: a complaint about a photo studio sitting, which the store's
// policy does not cover, is filed through the signed form with no category entered. Every post says it is
// outside the store's policy and the manager decides; nothing is offered as eligible; and goodwill staff
// ask for, even within their own limit, goes to a manager instead of being allowed.

let app: TestApp;
const json = (call: RecordedCall) => JSON.stringify(call.args);
const OUTSIDE = { zh: '不在本店政策范围内——由店长决定', en: "Outside this store's policy — manager to decide" };

const text = (value: string) => ({ value: { type: 'plain_text_input', value } });

/** The complaint form as Slack sends it, with only what happened and the customer's words: no category. */
async function fileStudioComplaint(viewId: string, narrative: string, user: string): Promise<Case> {
  await app.interact(
    viewSubmission(
      CALLBACK.complaintForm,
      { narrative: text(narrative), customerWords: text('修成这样还加价,我要全额退款!') },
      { viewId, user, privateMetadata: JSON.stringify({ channel: 'C_STORE' }) },
    ),
  );
  await app.slack.waitFor(
    'chat.postMessage',
    (call) => call.args.channel === REVIEW_CHANNEL && json(call).includes(narrative),
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

describe('a complaint about a photo studio sitting, outside the store policy', () => {
  for (const { user, language } of [
    { user: 'U_STAFF', language: 'en' },
    { user: 'U_ZHSTAFF', language: 'zh' },
  ] as const) {
    it(`when it is filed (staff reading ${language}), then the analysis and the review post say outside the policy and offer nothing as eligible`, async () => {
      const narrative = `顾客在影楼拍的婚纱照修得太假了,选片时还被加价 (${language})`;
      const record = await fileStudioComplaint(`VSTUDIO-${language}`, narrative, user);
      expect(record.analysis.category).toBe('other');
      expect(record.remedies.filter((remedy) => remedy.eligible)).toEqual([]);
      expect(record.remedies.every((remedy) => remedy.covered === false)).toBe(true);
      expect(record.analysis.suggestion.resolution).toMatchObject({ options: [], recommended: null });

      const review = app.slack
        .callsOf('chat.postMessage')
        .find((call) => call.args.channel === REVIEW_CHANNEL && json(call).includes(record.id));
      expect(review && json(review)).toContain(OUTSIDE.en); // the review channel's language
      const analysis = await app.slack.waitFor(
        'chat.postMessage',
        (call) => call.args.channel === user && json(call).includes(record.id),
      );
      expect(json(analysis)).toContain(OUTSIDE[language]);
      // Nothing is marked as something the policy allows.
      expect(json(analysis)).not.toContain('✓');
    });
  }

  it('when staff ask for goodwill within their own limit, then the form says a manager decides and the request goes to approval, not allowed', async () => {
    const record = await fileStudioComplaint('VSTUDIO-ASK', '影楼的相册做错了尺寸,顾客很生气', 'U_STAFF');

    await app.interact(buttonClick(ACTION.requestCompensation, record.id));
    const form = await app.slack.waitFor(
      'views.open',
      (call) => JSON.stringify(call.args.view).includes(CALLBACK.compensationForm) && json(call).includes(record.id),
    );
    expect(json(form)).toContain(OUTSIDE.en);
    expect(json(form)).not.toContain('"exchange"');

    const before = app.slack.callsOf('chat.postMessage').length;
    await app.interact(compensationForm(record.id, 'compensation', '20', 'A small gesture for the trouble'));
    const stored = await app.waitForCase((item) => item.id === record.id && item.status === 'awaiting-approval');
    expect(stored.proposal).toMatchObject({ remedyId: 'compensation', amount: 20, needsApproval: true });

    const told = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U_STAFF' && /approvers/.test(String(call.args.text)),
    );
    expect(String(told.args.text)).toMatch(/promise nothing/);
    expect(String(told.args.text)).not.toMatch(/within your authority/);
    const request = await app.slack.waitFor(
      'chat.postMessage',
      (call) =>
        app.slack.callsOf('chat.postMessage').indexOf(call) >= before &&
        call.args.thread_ts === record.reviewPost?.ts &&
        json(call).includes(ACTION.approve),
    );
    expect(json(request)).toContain(OUTSIDE.en);
    expect(json(request)).toContain('What the policy covers');
    // The manager hears of it directly, too.
    await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'UMANAGER01' && json(call).includes(record.id) && json(call).includes(OUTSIDE.en),
    );
  });
});
