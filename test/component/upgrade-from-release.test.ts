import { chmod, copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ACTION } from '../../src/blocks/ids.ts';
import { INDEX_SCHEMA_VERSION } from '../../src/store/reindex-cases.ts';
import { decisionForm, requestButtonClick } from '../helpers/approval-payloads.ts';
import { type BotProcess, startBotProcess } from '../helpers/bot-process.ts';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.ts';
import { httpBotEnv, runNpmStart, startCommand } from '../helpers/run-bot.ts';
import { REPO_ROOT, runCli, runProcess } from '../helpers/run-cli.ts';
import { interactionBody, postToSlackEndpoint, slashCommandBody } from '../helpers/signed-request.ts';
import { REVIEW_CHANNEL, SIGNING_SECRET } from '../helpers/test-app.ts';

// A shop chain upgrades: the store last week's release wrote must go on working under today's code.
// test/fixtures/store/release-2026-12-01.sqlite was written by the release of 1 December 2026 (4313c2a)
// through its own Slack app against its fake Slack (see that folder's README): C-5G9CGSBN resolved on 25
// November, its follow-up call due 2 December; C-2HMZDSBC open, Chinese, a phone in its text; C-L5RQL8CX
// awaiting a manager's decision on ¥200 (request 2, posted to the approver with its buttons); the digest
// of 28 November run; C-UDHWUTPG filed while Slack failed, its review post and analysis DM still queued.

const FIXTURE = new URL('../fixtures/store/release-2026-12-01.sqlite', import.meta.url);
const QUEUED = 'C-UDHWUTPG';
const AWAITING = 'C-L5RQL8CX';
/** What that release put on its approval buttons (its real output), clicked after the upgrade. */
const OLD_REQUEST = { caseId: AWAITING, request: 2 };

let slack: FakeSlackApi;
let dir: string;
let copies = 0;
const bots: BotProcess[] = [];

beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  dir = await mkdtemp(join(tmpdir(), 'complaint-desk-upgrade-'));
});
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.stop();
});
afterAll(async () => {
  await slack?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A copy of the old store to open (opening writes beside it and changes it), as its STORE_URL. */
async function oldStore(): Promise<string> {
  copies += 1;
  const path = join(dir, `complaints-${copies}.sqlite`);
  await copyFile(FIXTURE, path);
  return `sqlite://${path}`;
}

const caseOf = (call: RecordedCall) =>
  (call.args.metadata as { event_payload?: { case_id?: string } } | undefined)?.event_payload?.case_id;
/** The top-level posts in the review channel for a case: its review post, each time it was posted. */
const reviewPostsOf = (caseId: string) =>
  slack
    .callsOf('chat.postMessage')
    .filter((call) => call.args.channel === REVIEW_CHANNEL && !call.args.thread_ts && caseOf(call) === caseId);

async function post(bot: BotProcess, body: string): Promise<void> {
  const url = `http://127.0.0.1:${bot.port}/slack/events`;
  const response = await postToSlackEndpoint(url, SIGNING_SECRET, body, 'application/x-www-form-urlencoded');
  expect(response.status).toBe(200);
}

const cli = (script: string, args: readonly string[], storeUrl: string) =>
  runCli(`src/cli/${script}.ts`, args, undefined, { STORE_URL: storeUrl });

describe('a store written by the release of 1 December 2026, opened by today’s code', () => {
  it('when the bot starts on it, then the indexes are brought up in one line, the post that release could not send goes out once, every case is found, and its pending request is decided from its old buttons', async () => {
    const storeUrl = await oldStore();
    const bot = await startBotProcess(httpBotEnv(slack.url, dir, { STORE_URL: storeUrl }));
    bots.push(bot);

    await slack.waitFor('chat.postMessage', (call) => reviewPostsOf(QUEUED).includes(call));
    const search = 'search from:2026-11-01 to:2026-11-30';
    await post(bot, slashCommandBody({ text: search, user: 'UMANAGER01', responseUrl: `${slack.url}response_url` }));
    const found = await slack.waitFor('response_url', (call) => /cases? found/.test(String(call.args.text)));
    await post(bot, interactionBody(requestButtonClick(ACTION.approve, OLD_REQUEST, 'UMANAGER01')));
    await slack.waitFor('views.open', (call) => JSON.stringify(call.args.view).includes(AWAITING));
    await post(bot, interactionBody(decisionForm('approve', OLD_REQUEST, 'UMANAGER01', { reason: 'Agreed' })));
    const decided = await slack.waitFor('chat.postMessage', (call) =>
      /decided: \*approved\* Compensation ¥200/.test(String(call.args.text)),
    );
    expect(await bot.stop()).toBe(0);

    expect(bot.output()).toContain(
      `store indexes brought from version 2 to ${INDEX_SCHEMA_VERSION}: 4 cases reindexed`,
    );
    // Warnings of the shop's day (a reminder or an escalation due at this hour) depend on the real clock; what the
    // upgrade must never cause is an error, or a warning about the store.
    expect(bot.output()).not.toMatch(/"level":"(error|fatal)"/);
    const warnings = bot
      .output()
      .split('\n')
      .filter((line) => line.includes('"level":"warn"'));
    expect(warnings.filter((line) => /store|index|schema|record|migrat/i.test(line))).toEqual([]);
    expect(found.args.text).toBe('4 cases found');
    expect(caseOf(decided)).toBe(AWAITING);
    // Posted once, and nothing left queued that could post it again; no other case's review post repeated.
    expect(reviewPostsOf(QUEUED)).toHaveLength(1);
    for (const old of ['C-5G9CGSBN', 'C-2HMZDSBC', AWAITING]) expect(reviewPostsOf(old)).toEqual([]);
    const outbox = await cli('outbox', [], storeUrl);
    expect(outbox.stdout).toContain('outbox: no dead letters; 0 posts queued');
  });

  it('when the digest is tried on it, then it covers everything since that release’s last digest, and lists the request, the open cases and the follow-up due', async () => {
    const storeUrl = await oldStore();

    const { code, stdout } = await cli('digest', ['--dry-run'], storeUrl);

    expect(code).toBe(0);
    expect(stdout).toMatch(/^Covers: 2026-11-28 08:30 – .*: everything since the previous digest\.$/m);
    // Of the four cases, only the one filed on 30 November came after the digest of 28 November.
    expect(stdout).toContain('New complaints: 1\n');
    expect(stdout).toMatch(/Awaiting a manager\n• ⏳ C-L5RQL8CX .*since 2026-11-27 12:00/);
    expect(stdout).toMatch(/Still open\n• 🟠 C-2HMZDSBC .*\n• 🟠 C-UDHWUTPG /);
    expect(stdout).toMatch(/Follow-up calls due today or overdue\n• ✅ C-5G9CGSBN .*due 2026-12-02/);
  });

  it('when a newer release has opened the store since, then npm start refuses in one line that says what to do, and a backup can still be taken', async () => {
    const storeUrl = await oldStore();
    const path = storeUrl.slice('sqlite://'.length);
    const db = new DatabaseSync(path);
    const newer = JSON.stringify({ value: { version: 0, indexVersion: INDEX_SCHEMA_VERSION + 1 } });
    db.prepare('UPDATE keyv SET value = ? WHERE key = ?').run(newer, 'complaint-desk:index:schema');
    db.close();

    const run = await runNpmStart(httpBotEnv(slack.url, dir, { STORE_URL: storeUrl }));

    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(
      `complaint-desk: this store was opened by a newer release of complaint-desk (its indexes are version ${INDEX_SCHEMA_VERSION + 1}, this release knows up to ${INDEX_SCHEMA_VERSION}): run that release or a newer one, or, to go back to this one, stop every instance and restore the backup taken before the upgrade\n`,
    );
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
    const backup = await cli('backup', ['--to', join(dir, 'before-going-back.sqlite')], storeUrl);
    expect(backup.code).toBe(0);
  });

  it('when the store was copied in by another user and the bot may only read it, then npm start refuses in one line that says to give it to the bot’s user', async (context) => {
    const storeUrl = await oldStore();
    await chmod(storeUrl.slice('sqlite://'.length), 0o444);
    // As root every file is writable: the bot then runs as nobody, who may read the folder and the file.
    await chmod(dir, 0o755);
    const [, ...args] = startCommand();
    const asRoot = process.getuid?.() === 0;
    // Under root, a copy of the project nobody may not read (a mutation tool's private sandbox) cannot start the bot
    // as nobody at all, so the case cannot be set up there; in the repository (CI's clone, a developer's) it is.
    if (asRoot) {
      const probe = await runProcess(
        'runuser',
        [
          '-u',
          'nobody',
          '--',
          process.execPath,
          '-e',
          `require('node:fs').accessSync(${JSON.stringify(join(REPO_ROOT, 'src/main.ts'))})`,
        ],
        { env: { PATH: process.env.PATH ?? '' }, timeoutMs: 10_000 },
      );
      if (probe.code !== 0) context.skip('nobody may not read this copy of the project');
    }
    const [command, ...rest] = asRoot
      ? ['runuser', '-u', 'nobody', '--', process.execPath, ...args]
      : [process.execPath, ...args];

    const run = await runProcess(command ?? '', rest, {
      env: httpBotEnv(slack.url, dir, { STORE_URL: storeUrl }),
      timeoutMs: 15_000,
    });

    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(
      /^complaint-desk: .*SQLite store .*attempt to write a readonly database \(ERR_SQLITE_ERROR\): the user the bot runs as can read the SQLite file but not write it: give the file and its folder to that user \(chown; in the container it is node\), or check the disk is not mounted read-only$/m,
    );
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
  });
});
