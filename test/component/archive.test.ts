import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CALLBACK } from '../../src/blocks/ids.ts';
import type { Case } from '../../src/domain/case.ts';
import { outcomeForm, viewSubmission } from '../helpers/complaint-payloads.ts';
import type { RecordedCall } from '../helpers/fake-slack-api.ts';
import { parseCsv, readCsvTable } from '../helpers/parse-csv.ts';
import { REVIEW_CHANNEL, startTestApp, type TestApp } from '../helpers/test-app.ts';

let now = new Date('2026-11-10T03:00:00Z');
let app: TestApp;
const filed: Record<'necklace' | 'watch' | 'earrings', Case> = {} as never;

const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
const select = (value: string) => ({ value: { type: 'static_select', selected_option: { value } } });

async function fileCase(viewId: string, fields: { narrative: string; words: string; store: string; category: string }) {
  await app.interact(
    viewSubmission(
      CALLBACK.complaintForm,
      {
        narrative: text(fields.narrative),
        customerWords: text(fields.words),
        category: select(fields.category),
        store: text(fields.store),
      },
      { viewId, privateMetadata: JSON.stringify({ channel: 'C_STORE' }) },
    ),
  );
  return app.waitForCase((item) => item.complaint.narrative === fields.narrative && item.reviewPost !== null);
}

/** Runs a search and returns the private answer Slack got on the response_url. */
async function search(query: string): Promise<string> {
  const before = app.slack.callsOf('response_url').length;
  const response = await app.command(`search ${query}`, { respondToSlack: true });
  expect(response.status).toBe(200);
  await app.slack.waitFor('response_url', () => app.slack.callsOf('response_url').length > before);
  const answer = app.slack.callsOf('response_url').at(-1) as RecordedCall;
  expect(answer.args.response_type).toBe('ephemeral');
  return JSON.stringify(answer.args.blocks);
}

/** A one-line private answer given in the acknowledgement itself. */
function ackText(response: { json: unknown }): string {
  const json = response.json as { response_type?: string; text?: string } | undefined;
  expect(json?.response_type).toBe('ephemeral');
  return String(json?.text);
}

/** The bytes the client POSTed to the upload URL files.getUploadURLExternal handed out, as UTF-8 text. */
function uploadedText(fileId: string): string {
  const raw = app.slack.uploads.get(fileId);
  if (!raw) throw new Error(`nothing uploaded as ${fileId}`);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
}

/** Has a manager export a period and reads back the CSV that came to their DM. */
async function exportedTable(from: string, to: string) {
  const before = app.slack.callsOf('files.completeUploadExternal').length;
  await app.command(`export ${from} ${to}`, { user: 'UMANAGER01' });
  await app.slack.waitFor(
    'files.completeUploadExternal',
    () => app.slack.callsOf('files.completeUploadExternal').length > before,
  );
  const files = app.slack.callsOf('files.completeUploadExternal').at(-1)?.args.files as { id: string }[];
  return readCsvTable(uploadedText(files[0]?.id ?? ''));
}

beforeAll(async () => {
  app = await startTestApp({ clock: () => now });
  filed.necklace = await fileCase('VARCH1', {
    narrative: 'Necklace lost a stone; she left her number 13812345678 for a call back',
    words: '别废话,马上给我换!不换我就发抖音曝光你们!',
    store: 'Huangxing',
    category: 'jewellery',
  });
  filed.watch = await fileCase('VARCH2', {
    narrative: 'Watch stopped after two weeks',
    words: 'Could you show me the specifications and the test data for this movement?',
    store: 'Wuyi Square',
    category: 'watch',
  });
  await app.interact(outcomeForm(filed.watch.id, 'Replaced the battery free of charge', '4', ''));
  now = new Date('2026-11-20T03:00:00Z');
  filed.earrings = await fileCase('VARCH3', {
    narrative: '=HYPERLINK("http://x") Earrings tarnished, "badly", within a week',
    words: 'I am not happy.',
    store: 'Huangxing',
    category: 'jewellery',
  });
  for (;;) {
    if ((await app.stores.cases.get(filed.watch.id))?.status === 'resolved') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  now = new Date('2026-11-21T03:00:00Z');
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

describe('/complaint search', () => {
  it('when words are given, then the matching cases come back privately, linked to their review posts, contacts masked', async () => {
    const blocks = await search('necklace stone');
    expect(blocks).toContain(`#${filed.necklace.id}`);
    expect(blocks).not.toContain(`#${filed.watch.id}`);
    expect(blocks).not.toContain(`#${filed.earrings.id}`);
    const ts = filed.necklace.reviewPost?.ts.replace('.', '');
    expect(blocks).toContain(`https://example.slack.com/archives/${REVIEW_CHANNEL}/p${ts}`);
    expect(blocks).not.toContain('13812345678');
    expect(blocks).toContain('1 case found');
  });

  it('when the words are in the outcome, then they are found there too', async () => {
    const blocks = await search('battery');
    expect(blocks).toContain(`#${filed.watch.id}`);
    expect(blocks).not.toContain(`#${filed.necklace.id}`);
  });

  it('when filtered by store, date range, temperament or status, then only those cases match', async () => {
    const byStore = await search('store:wuyi');
    expect(byStore).toContain(`#${filed.watch.id}`);
    expect(byStore).not.toContain(`#${filed.necklace.id}`);

    const byDate = await search('from:2026-11-15 to:2026-11-20');
    expect(byDate).toContain(`#${filed.earrings.id}`);
    expect(byDate).not.toContain(`#${filed.necklace.id}`);
    expect(byDate).not.toContain(`#${filed.watch.id}`);

    const byStatus = await search('status:resolved');
    expect(byStatus).toContain(`#${filed.watch.id}`);
    expect(byStatus).not.toContain(`#${filed.earrings.id}`);

    const all = [filed.necklace, filed.watch, filed.earrings];
    const stored = await Promise.all(all.map((record) => app.stores.cases.get(record.id)));
    const forceful = stored.filter((record) => record?.analysis.temperament.type === 'forceful');
    expect(forceful.length).toBeGreaterThan(0);
    expect(forceful.length).toBeLessThan(all.length);
    const byTemperament = await search('temperament:力量型');
    for (const record of stored) {
      if (!record) continue;
      const listed = byTemperament.includes(`#${record.id}`);
      expect(listed).toBe(record.analysis.temperament.type === 'forceful');
    }
  });

  it('when searched in Chinese with the Chinese sub-command, then it works the same', async () => {
    const before = app.slack.callsOf('response_url').length;
    await app.command('搜索 Earrings 店:Huangxing', { respondToSlack: true });
    await app.slack.waitFor('response_url', () => app.slack.callsOf('response_url').length > before);
    expect(JSON.stringify(app.slack.callsOf('response_url').at(-1)?.args.blocks)).toContain(`#${filed.earrings.id}`);
  });

  it('when nothing matches, then it says so', async () => {
    expect(await search('sapphire')).toContain('No cases match');
  });

  it('when the store fails during a search, then the requester is told privately that it did not go through', async () => {
    const failing = vi.spyOn(app.stores.cases, 'listRecent').mockRejectedValue(new Error('store down'));
    try {
      const before = app.slack.callsOf('response_url').length;
      await app.command('search necklace', { respondToSlack: true });
      await app.slack.waitFor('response_url', () => app.slack.callsOf('response_url').length > before);
      const answer = app.slack.callsOf('response_url').at(-1) as RecordedCall;
      expect(answer.args.response_type).toBe('ephemeral');
      expect(String(answer.args.text)).toContain('The search did not go through');
    } finally {
      failing.mockRestore();
    }
  });

  it('when a filter is malformed, then the answer is one private line and nothing is searched', async () => {
    const badDate = ackText(await app.command('search from:2026-13-01'));
    expect(badDate).toMatch(/not a date/);
    expect(badDate).not.toContain('\n');
    expect(ackText(await app.command('search from:2026-11-30 to:2026-11-01'))).toMatch(/after the end date/);
    expect(ackText(await app.command('search temperament:grumpy'))).toMatch(/not a temperament/);
    expect(ackText(await app.command('search'))).toMatch(/Tell me what to look for/);
  });

  it("when the text is not a sub-command, then /complaint still opens the form with the customer's words", async () => {
    const opened = app.slack.callsOf('views.open').length;
    await app.command('searching for the receipt, she says');
    const open = await app.slack.waitFor('views.open', () => app.slack.callsOf('views.open').length > opened);
    expect(JSON.stringify(open.args.view)).toContain('searching for the receipt, she says');
  });
});

describe('/complaint export', () => {
  it('when a staff member who is not a manager asks, then they are refused and nothing is uploaded', async () => {
    const refused = ackText(await app.command('export 2026-11-01 2026-11-30', { user: 'U_STAFF' }));
    expect(refused).toMatch(/only the approvers/);
    expect(app.slack.callsOf('files.getUploadURLExternal')).toHaveLength(0);
  });

  it('when a manager gives bad dates, then one private line says what is wrong', async () => {
    expect(ackText(await app.command('export 2026-11-30 2026-11-01', { user: 'UMANAGER01' }))).toMatch(
      /after the end date/,
    );
    expect(ackText(await app.command('export last-month', { user: 'UMANAGER01' }))).toMatch(/Usage/);
    expect(ackText(await app.command('export 2026-11-01 2026-11-31', { user: 'UMANAGER01' }))).toMatch(/not a date/);
  });

  it('when a manager exports a period, then a CSV of its cases comes to their DM, customer details whole', async () => {
    const response = await app.command('导出 2026-11-01 2026-11-15', { user: 'UMANAGER01', respondToSlack: true });
    expect(ackText(response)).toMatch(/Preparing/);
    const completed = await app.slack.waitFor('files.completeUploadExternal');
    expect(completed.args.channel_id).toBe('DMANAGER01');
    expect(String(completed.args.initial_comment)).toContain('2026-11-01');
    const opened = app.slack.callsOf('conversations.open').at(-1);
    expect(opened?.args.users).toBe('UMANAGER01');

    const files = completed.args.files as { id: string }[];
    const requested = app.slack.callsOf('files.getUploadURLExternal').at(-1);
    expect(requested?.args.filename).toBe('complaints-2026-11-01-2026-11-15.csv');
    const text = uploadedText(files[0]?.id ?? '');
    expect(Number(requested?.args.length)).toBe(Buffer.byteLength(text));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [heading, ...rows] = parseCsv(text.slice(1));
    expect(heading?.slice(0, 3)).toEqual(['case', 'filed', 'store']);
    // Only the two cases filed in the period, oldest first; the earrings came on the 20th.
    expect(rows.map((row) => row[0]).sort()).toEqual([filed.necklace.id, filed.watch.id].sort());
    const column = (name: string) => heading?.indexOf(name) ?? -1;
    const necklace = rows.find((row) => row[0] === filed.necklace.id);
    expect(necklace?.[column('what happened')]).toContain('13812345678');
    expect(necklace?.[column('store')]).toBe('Huangxing');
    const watch = rows.find((row) => row[0] === filed.watch.id);
    expect(watch?.[column('outcome')]).toBe('Replaced the battery free of charge');
    expect(watch?.[column('satisfaction')]).toBe('4');
    expect(watch?.[column('status')]).toBe('resolved');
    expect(watch?.[column('follow-up due')]).toBe('2026-11-17');
    expect(watch?.[column('review post')]).toMatch(/^https:\/\/example\.slack\.com\/archives\//);

    const told = await app.slack.waitFor('response_url', (call) => /Sent you the 2 cases/.test(String(call.args.text)));
    expect(told.args.response_type).toBe('ephemeral');
  });

  it('when a cell starts like a spreadsheet formula, then it is kept inert; quotes and commas survive', async () => {
    const { rows } = await exportedTable('2026-11-20', '2026-11-20');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.('what happened')).toBe(`'=HYPERLINK("http://x") Earrings tarnished, "badly", within a week`);
  });

  it('when cells start with + - @ (or a tab before =), then each opens as text; an = further in and the numbers stay as they are', async () => {
    now = new Date('2026-11-25T03:00:00Z');
    try {
      await app.interact(
        viewSubmission(
          CALLBACK.complaintForm,
          {
            narrative: text(`+SUM(1+1)*cmd|' /C calc'!A0 and the clasp came loose`),
            customerWords: text(`-2+3+cmd|' /C calc'!A0`),
            customerAsk: text(`@SUM(1+1)*cmd|' /C calc'!A0`),
            // Pasted with a tab in front: the form trims it, and the = it hid is caught.
            product: text('\t=HYPERLINK("http://evil.example","ring")'),
            price: text('129'),
            category: select('jewellery'),
            store: text('Formula Lane'),
          },
          { viewId: 'VARCH-FORMULA', privateMetadata: JSON.stringify({ channel: 'C_STORE' }) },
        ),
      );
      const record = await app.waitForCase((item) => item.store === 'Formula Lane' && item.reviewPost !== null);
      await app.interact(outcomeForm(record.id, '-50 yuan voucher given', '4', 'Clasps checked: 2+2=4 a day'));
      await app.waitForCase((item) => item.id === record.id && item.status === 'resolved');

      const { rows } = await exportedTable('2026-11-25', '2026-11-25');
      expect(rows).toHaveLength(1);
      const cell = rows[0] ?? (() => undefined);
      expect(cell('what happened')).toBe(`'+SUM(1+1)*cmd|' /C calc'!A0 and the clasp came loose`);
      expect(cell("customer's words")).toBe(`'-2+3+cmd|' /C calc'!A0`);
      expect(cell('customer asks')).toBe(`'@SUM(1+1)*cmd|' /C calc'!A0`);
      expect(cell('product')).toBe(`'=HYPERLINK("http://evil.example","ring")`);
      expect(cell('outcome')).toBe(`'-50 yuan voucher given`);
      // Not at the start: nothing a spreadsheet would run, so the words are left exactly as written.
      expect(cell('improvement')).toBe('Clasps checked: 2+2=4 a day');
      expect(cell('store')).toBe('Formula Lane');
      // Numbers the bot wrote are numbers, not text to defuse.
      expect(cell('price')).toBe('129');
      expect(cell('satisfaction')).toBe('4');
    } finally {
      now = new Date('2026-11-21T03:00:00Z');
    }
  });
});
