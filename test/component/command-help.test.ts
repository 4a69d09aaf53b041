import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../helpers/run-cli.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

// Issue 12: `/complaint help` (and 帮助) says privately what the command can do, in the user's language,
// instead of opening the form with "help" as the customer's words.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  app.slack.locales.set('U_ZHSTAFF', 'zh-CN');
});
afterAll(async () => {
  await app?.stop({ keepStore: false });
});

/** The private answer given in the command's acknowledgement. */
function privateAnswer(response: { status: number; json: unknown }): string {
  expect(response.status).toBe(200);
  const json = response.json as { response_type?: string; text?: string } | undefined;
  expect(json?.response_type).toBe('ephemeral');
  return String(json?.text);
}

describe('/complaint help', () => {
  it.each(['help', '  HELP ', 'Help', 'ｈｅｌｐ', '帮助', '\u3000帮助\u3000'])(
    'when the text is %j, then the user is told privately what the command does and no form opens',
    async (text) => {
      const forms = app.slack.callsOf('views.open').length;
      const answer = privateAnswer(await app.command(text, { respondToSlack: true }));
      expect(answer).toContain('`/complaint` — record a customer complaint: opens the form');
      expect(answer).toContain('`/complaint search WORDS`');
      expect(answer).toContain('`/complaint export FROM TO` — managers only');
      expect(answer).toContain('`/complaint help`');
      expect(app.slack.callsOf('views.open')).toHaveLength(forms);
      expect(app.slack.callsOf('response_url')).toHaveLength(0);
    },
  );

  it('when a user whose Slack is in Chinese asks, then the answer is in Chinese', async () => {
    const answer = privateAnswer(await app.command('help', { user: 'U_ZHSTAFF' }));
    expect(answer).toContain('*/complaint* 可以做什么');
    expect(answer).toContain('`/complaint 搜索 关键词`');
    expect(answer).toContain('`/complaint 导出 开始日期 结束日期` — 仅限审批经理');
    expect(answer).toContain('`/complaint 帮助`');
    expect(answer).not.toContain('record a customer complaint');
  });

  it('when "help" is only part of the customer’s words, then the form opens with them', async () => {
    const words = 'help me, the clasp broke';
    expect((await app.command(words)).status).toBe(200);
    const open = await app.slack.waitFor('views.open', (call) => JSON.stringify(call.args.view).includes(words));
    expect(open.args.trigger_id).toBeDefined();
  });

  it('when the app is set up from manifest.yml, then the command’s usage hint lists help', async () => {
    const manifest = parseYaml(await readFile(join(REPO_ROOT, 'manifest.yml'), 'utf8')) as {
      features: { slash_commands: { command: string; usage_hint: string }[] };
    };
    const complaint = manifest.features.slash_commands.find((command) => command.command === '/complaint');
    expect(complaint?.usage_hint).toMatch(/\bhelp\b/);
    expect(complaint?.usage_hint).toContain('帮助');
  });
});
