import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.ts';
import type { Stores } from '../../src/store/case-store.ts';
import { openStores } from '../../src/store/open-stores.ts';
import { complaintForm } from '../helpers/complaint-payloads.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 14, "A store that fails loudly": the SQLite store's file removed or replaced while the bot runs is
// noticed (the file's identity, before every statement and by the health check), /healthz turns 503 with
// the reason, the log says so once as an error, staff keep their complaint in the open form with an inline
// error, and no new store is made in its place; a restart then refuses the missing directory.

const apps: TestApp[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const app of apps.splice(0).reverse()) await app.stop().catch(() => undefined);
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function appOnOwnDirectory(options: { wrapStores?: (stores: Stores) => Stores } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'complaint-desk-lost-'));
  dirs.push(dir);
  const path = join(dir, 'cases.sqlite');
  const app = await startTestApp({ storeUrl: `sqlite://${path}`, ...options });
  apps.push(app);
  const healthz = app.url.replace('/slack/events', '/healthz');
  const health = async () => {
    const response = await fetch(healthz);
    return { status: response.status, body: (await response.json()) as { ok: boolean; reason?: string } };
  };
  return { app, dir, path, health };
}

const errorLines = (app: TestApp) => app.logger.lines.filter((line) => line.startsWith('store:'));

describe('the SQLite store removed while the bot runs', () => {
  it('when its directory is deleted, then /healthz is 503 with the reason, the log says it once, the form stays open with an inline error, and nothing is created in its place', async () => {
    const { app, dir, path, health } = await appOnOwnDirectory();
    expect(await health()).toEqual({ status: 200, body: { ok: true } });
    await app.interact(complaintForm('Clasp broke on day one', 'Fix it today', { viewId: 'VBEFORE' }));
    await app.waitForCase((item) => item.complaint.narrative === 'Clasp broke on day one');

    await rm(dir, { recursive: true, force: true });

    const first = await health();
    expect(first.status).toBe(503);
    expect(first.body.ok).toBe(false);
    expect(first.body.reason).toBe(
      `the SQLite store ${path} was removed while the bot was running: nothing more is read or written until the bot is restarted (restore the file from a backup first, or check STORE_URL)`,
    );
    expect((await health()).status).toBe(503);

    const submitted = await app.interact(complaintForm('Stone fell out', 'I want a refund', { viewId: 'VAFTER' }));
    expect(submitted.status).toBe(200);
    expect(submitted.json).toEqual({
      response_action: 'errors',
      errors: {
        narrative:
          'Your complaint could not be saved: the case records cannot be written just now. Everything you typed is still here; press Analyse again in a moment, and tell your manager if it keeps failing.',
      },
    });
    // Nothing is posted for the refused form (the first case's own posts may still be on their way: the
    // filing after an acknowledgement is paced, so counting every post would race them).
    const postsOfRefused = app.slack
      .callsOf('chat.postMessage')
      .filter((call) => JSON.stringify(call.args).includes('Stone fell out'));
    expect(postsOfRefused).toEqual([]);
    expect(existsSync(dir)).toBe(false);
    // Said once as an error, however often it was asked.
    expect(errorLines(app)).toEqual([`store: ${first.body.reason}`]);
    // Writes are refused too, not made into a file nobody will find.
    await expect(app.stores.cases.get('C-ANY')).rejects.toThrow(/was removed while the bot was running/);

    // At restart, the missing directory is refused rather than started empty.
    await expect(openStores(`sqlite://${path}`, { log: () => undefined })).rejects.toThrow(
      /the directory .* of the SQLite store .* does not exist/,
    );
    expect(existsSync(dir)).toBe(false);
  });

  it('when another file is put in its place, then /healthz is 503 saying it was replaced, and staff who write in Chinese are told in Chinese', async () => {
    const { app, dir, path, health } = await appOnOwnDirectory();
    app.slack.locales.set('U_ZH', 'zh-CN');
    const other = join(dir, 'other.sqlite');
    await copyFile(path, other);
    await rename(other, path);

    const answer = await health();
    expect(answer.status).toBe(503);
    expect(answer.body.reason).toMatch(new RegExp(`^the SQLite store ${path} was replaced by another file while`));
    const submitted = await app.interact(complaintForm('表带断了', '我要退货', { viewId: 'VZH', user: 'U_ZH' }));
    expect(submitted.json).toEqual({
      response_action: 'errors',
      errors: {
        narrative:
          '投诉没能保存:案例记录暂时无法写入。你填写的内容都还在,请过一会儿再点“分析”;如果一直不行,请告诉店长。',
      },
    });
  });

  it('when the store fails after the form has closed, then the owner gets a direct message with what they wrote, and nothing is filed', async () => {
    let failing = false;
    const { app } = await appOnOwnDirectory({
      wrapStores: (stores) => ({
        ...stores,
        cases: new Proxy(stores.cases, {
          get(target, property) {
            const value: unknown = Reflect.get(target, property, target);
            if (property === 'create' && failing) {
              return () => Promise.reject(new StoreError('store_unavailable', 'SQLite store: creating case failed'));
            }
            return typeof value === 'function' ? value.bind(target) : value;
          },
        }),
      }),
    });
    failing = true;
    const submitted = await app.interact(
      complaintForm('Watch stopped <!channel> after a week', 'Give me my money back', { viewId: 'VLATE' }),
    );
    expect(submitted.status).toBe(200);
    const told = await waitFor(() =>
      app.slack.callsOf('chat.postMessage').find((call) => call.args.channel === 'U_STAFF'),
    );
    const text = String(told.args.text);
    expect(text).toMatch(/^:warning: Your complaint could not be saved: .* file it again with \/complaint/);
    expect(text).toContain('*What happened*\n>Watch stopped &lt;!channel&gt; after a week');
    expect(text).toContain("*The customer's words*\n>Give me my money back");
    expect(app.slack.callsOf('chat.postMessage').filter((call) => call.args.channel === 'C0REVIEW')).toEqual([]);
  });
});

async function waitFor<T>(find: () => T | undefined): Promise<T> {
  for (let tries = 0; tries < 250; tries++) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('not found within 5 s');
}
