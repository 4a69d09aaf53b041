import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLBACK } from '../../src/blocks/ids.ts';
import { viewSubmission } from '../helpers/complaint-payloads.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

/** A view_submission of the complaint form, as Slack sends it. */
function complaintSubmission(
  values: Record<string, Record<string, unknown>>,
  options: { viewId?: string; user?: string } = {},
) {
  return viewSubmission(CALLBACK.complaintForm, values, {
    ...options,
    privateMetadata: JSON.stringify({ channel: 'C_STORE' }),
  });
}

const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
const select = (value: string) => ({
  value: { type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } },
});
const dateTime = (date: Date) => ({
  value: { type: 'datetimepicker', selected_date_time: Math.floor(date.getTime() / 1000) },
});

function validValues(narrative: string, words: string) {
  return {
    narrative: text(narrative),
    customerWords: text(words),
    category: select('jewellery'),
    purchasedAt: dateTime(new Date(Date.now() - 20 * 3600_000)),
  };
}

describe('/complaint', () => {
  it('when staff type /complaint with the customer words, then the modal opens at once with the words prefilled', async () => {
    const started = Date.now();
    const response = await app.command('你们这项链才戴两天就掉钻了!');
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const open = await app.slack.waitFor('views.open');
    expect(open.args.trigger_id).toMatch(/^trigger-/);
    expect(JSON.stringify(open.args.view)).toContain('你们这项链才戴两天就掉钻了!');
    expect(open.args.view).toMatchObject({ type: 'modal', callback_id: CALLBACK.complaintForm });
  });

  it("when the user's Slack locale is zh-CN, then the open modal is switched to Chinese", async () => {
    app.slack.locales.set('U_ZH', 'zh-CN');
    await app.command('', { user: 'U_ZH' });
    const update = await app.slack.waitFor('views.update');
    expect(JSON.stringify(update.args.view)).toMatch(/\p{Script=Han}/u);
  });
});

describe('the complaint form', () => {
  it('when the purchase time is in the future, then the error comes back inline on that field', async () => {
    const values = { ...validValues('x', 'y'), purchasedAt: dateTime(new Date(Date.now() + 86_400_000)) };
    const response = await app.interact(complaintSubmission(values));
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ response_action: 'errors', errors: { purchasedAt: expect.any(String) } });
  });

  it('when the narrative is empty, then the error comes back inline on the narrative', async () => {
    const response = await app.interact(complaintSubmission({ ...validValues('', 'y') }));
    expect(response.json).toMatchObject({ response_action: 'errors', errors: { narrative: expect.any(String) } });
  });

  it('when a valid complaint is submitted, then it is stored, analysed privately for the owner and posted to the review channel', async () => {
    const viewId = 'VFLOW1';
    const response = await app.interact(
      complaintSubmission(
        validValues(
          '顾客昨天买的水钻项链掉了两颗钻,电话13812345678,邮箱amy@example.com',
          '别废话,马上给我换!<!channel> 不换我就发抖音曝光你们!',
        ),
        { viewId },
      ),
    );
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
    const review = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === REVIEW_CHANNEL);
    const staff = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U_STAFF');
    const reviewJson = JSON.stringify(review.args);
    expect(reviewJson).not.toContain('<!channel>');
    expect(reviewJson).not.toContain('13812345678');
    expect(reviewJson).not.toContain('amy@example.com');
    expect(JSON.stringify(staff.args)).toContain('不换我就发抖音曝光你们');
    const record = await app.waitForCase(
      (item) => item.reviewPost !== null && item.complaint.narrative.includes('水钻项链'),
    );
    expect(record?.analysis.temperament.type).toBe('forceful');
    expect(record?.reviewPost?.channel).toBe(REVIEW_CHANNEL);
  });

  it('when the same form is submitted twice, then there is one case and one review post', async () => {
    const viewId = 'VTWICE';
    const submission = complaintSubmission(validValues('Earring back lost on day one', 'Hmm, could you have a look?'), {
      viewId,
    });
    await Promise.all([app.interact(submission), app.interact(submission, { retryNum: 1 })]);
    await app.slack.waitFor('chat.postMessage', (call) => JSON.stringify(call.args).includes('Earring back lost'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const posts = app.slack
      .callsOf('chat.postMessage')
      .filter(
        (call) => call.args.channel === REVIEW_CHANNEL && JSON.stringify(call.args).includes('Earring back lost'),
      );
    expect(posts).toHaveLength(1);
    const cases = (await app.stores.cases.listRecent(100)).filter((item) =>
      item.complaint.narrative.includes('Earring back lost'),
    );
    expect(cases).toHaveLength(1);
  });

  it('when Slack retries the submission seconds later (retry 1, http_timeout, signed afresh), then there is still one case, one review post and one private analysis', async () => {
    const narrative = 'Bangle hinge snapped on the second day';
    const submission = complaintSubmission(validValues(narrative, 'Could you have a look at it?'), {
      viewId: 'VRETRY-LATER',
    });
    const sentAt = Math.floor(Date.now() / 1000) - 6;
    expect((await app.interact(submission, { timestamp: sentAt })).status).toBe(200);
    const filed = await app.waitForCase((item) => item.complaint.narrative === narrative && item.reviewPost !== null);
    const about = (channel: string) =>
      app.slack
        .callsOf('chat.postMessage')
        .filter((call) => call.args.channel === channel && JSON.stringify(call.args).includes(filed.id));
    await app.slack.waitFor('chat.postMessage', (call) => about('U_STAFF').includes(call));

    // Six seconds on, as Slack retries: the same payload, a later timestamp, a fresh signature.
    const since = app.slack.calls.length;
    const retry = await app.interact(submission, { timestamp: sentAt + 6, retryNum: 1 });
    expect(retry.status).toBe(200);
    // The retry has run once it re-renders the review post where it stands and leaves nothing queued.
    await app.slack.waitFor(
      'chat.update',
      (call) => app.slack.calls.indexOf(call) >= since && call.args.ts === filed.reviewPost?.ts,
    );
    for (let tries = 0; tries < 250; tries++) {
      const queued = await app.stores.outbox.due(new Date(8.64e15), 50);
      if (!queued.some((job) => job.caseId === filed.id)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const cases = (await app.stores.cases.listRecent(100)).filter((item) => item.complaint.narrative === narrative);
    expect(cases.map((item) => item.id)).toEqual([filed.id]);
    expect(about(REVIEW_CHANNEL)).toHaveLength(1);
    expect(about('U_STAFF')).toHaveLength(1);
  });
});
