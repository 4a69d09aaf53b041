import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLAINT_CHANNELS } from '../../src/domain/complaint.ts';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 11, through the real entry points: the form asks where the complaint reached the store. A news
// report, a public post or an outside body makes it a crisis case whatever the pasted text says, and the
// analysis says the flag stands on what staff picked, in the reader's language.

let app: TestApp;
const json = (call: RecordedCall) => JSON.stringify(call.args);
const select = (value: string) => ({
  value: { type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } },
});
/** A plain text that shows no escalation at all: only the channel can make it a crisis. */
const BLAND = 'The clasp of the bracelet broke a week after she bought it.';

beforeAll(async () => {
  app = await startTestApp();
  app.slack.locales.set('U_ZHSTAFF', 'zh-CN');
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('where the complaint reached the store', () => {
  it('when staff open the form, then it offers the eight channels, none chosen, with a hint that public ones are crises', async () => {
    await app.command('', { user: 'U_STAFF' });
    const open = await app.slack.waitFor('views.open', (call) => json(call).includes('"block_id":"channel"'));
    const blocks = (open.args.view as { blocks: { block_id: string; element: Record<string, unknown> }[] }).blocks;
    const channel = blocks.find((block) => block.block_id === 'channel');
    const values = ((channel?.element.options ?? []) as { value: string }[]).map((option) => option.value);
    expect(values).toEqual([...COMPLAINT_CHANNELS]);
    expect(values).toHaveLength(8);
    expect(channel?.element.initial_option).toBeUndefined();
    expect(json(open)).toContain('already a crisis');
  });

  for (const { user, language, label, flag } of [
    { user: 'U_STAFF', language: 'en', label: 'where staff said it came from: a news report', flag: 'media (reported' },
    { user: 'U_ZHSTAFF', language: 'zh', label: '员工所选来源: 新闻报道', flag: '媒体（已报道' },
  ] as const) {
    it(`when a bland text is filed as from a news report (staff reading ${language}), then it is a media crisis standing on the channel`, async () => {
      const narrative = `${BLAND} (${language})`;
      await app.interact(
        complaintForm(narrative, 'It just fell apart.', {
          user,
          viewId: `VCHANNEL-${language}`,
          extra: { channel: select('news-report') },
        }),
      );
      const record = await app.waitForCase((item) => item.complaint.narrative === narrative, user);
      expect(record.complaint.channel).toBe('news-report');
      expect(record.analysis.flags[0]).toMatchObject({
        kind: 'media',
        group: 'crisis',
        evidence: [{ quote: 'news-report', source: 'channel' }],
      });

      const dm = await app.slack.waitFor(
        'chat.postMessage',
        (call) => call.args.channel === user && json(call).includes(record.id),
      );
      expect(json(dm)).toContain(label);
      expect(json(dm)).toContain(flag);
      const review = await app.slack.waitFor(
        'chat.postMessage',
        (call) => call.args.channel === REVIEW_CHANNEL && json(call).includes(record.id),
      );
      expect(json(review)).toContain('media (reported');
      // The review channel reads English here; it says where the complaint came from among the case's facts.
      expect(json(review)).toContain('from a news report');
    });
  }

  it('when the same bland text is filed as in person, then no crisis is raised', async () => {
    const narrative = `${BLAND} (in person)`;
    await app.interact(
      complaintForm(narrative, 'It just fell apart.', {
        viewId: 'VCHANNEL-IN',
        extra: { channel: select('in-person') },
      }),
    );
    const record = await app.waitForCase((item) => item.complaint.narrative === narrative, 'U_STAFF');
    expect(record.complaint.channel).toBe('in-person');
    expect(record.analysis.flags.filter((flag) => flag.group === 'crisis')).toEqual([]);
    const review = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === REVIEW_CHANNEL && json(call).includes(record.id),
    );
    expect(json(review)).toContain('from in person, at the store');
  });

  it('when the form sends a channel the app does not offer, then the error comes back inline on that field and nothing is filed', async () => {
    const narrative = `${BLAND} (tampered)`;
    const response = await app.interact(
      complaintForm(narrative, 'x', { viewId: 'VCHANNEL-BAD', extra: { channel: select('tabloid') } }),
    );
    expect(response.json).toMatchObject({ response_action: 'errors', errors: { channel: expect.any(String) } });
    const filed = await app.stores.cases.listByOwner('U_STAFF', 50);
    expect(filed.some((item) => item.complaint.narrative === narrative)).toBe(false);
  });
});
