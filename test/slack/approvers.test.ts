import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApproverCheck } from '../../src/slack/approvers.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';

let slack: FakeSlackApi;
let client: WebClient;

beforeAll(async () => {
  slack = await new FakeSlackApi().start();
  // As the app builds it: failures reach the caller at once, the outbox does the retrying.
  client = new WebClient('xoxb-test', { slackApiUrl: slack.url, retryConfig: { retries: 0 } });
});
afterAll(async () => {
  await slack?.stop();
});

const lookups = (group: string) =>
  slack.callsOf('usergroups.users.list').filter((call) => call.args.usergroup === group).length;

describe('approvers from APPROVERS', () => {
  it('when a group is asked about again within five minutes, then Slack is asked once; after that, afresh', async () => {
    slack.groups.set('S0CACHE', ['UMEMBER1']);
    let now = new Date('2026-11-23T10:00:00Z');
    const check = createApproverCheck(client, ['UDIRECT', 'S0CACHE'], () => now);

    expect(await check.isApprover('UMEMBER1')).toBe(true);
    expect(await check.isApprover('UOTHER')).toBe(false);
    expect(await check.listApprovers()).toEqual(['UDIRECT', 'UMEMBER1']);
    expect(await check.isApprover('UDIRECT')).toBe(true);
    expect(lookups('S0CACHE')).toBe(1);

    // Someone added to the group is honoured once the cache lapses.
    slack.groups.set('S0CACHE', ['UMEMBER1', 'UMEMBER2']);
    now = new Date('2026-11-23T10:04:59Z');
    expect(await check.isApprover('UMEMBER2')).toBe(false);
    expect(lookups('S0CACHE')).toBe(1);
    now = new Date('2026-11-23T10:05:01Z');
    expect(await check.isApprover('UMEMBER2')).toBe(true);
    expect(lookups('S0CACHE')).toBe(2);
  });

  it('when a refresh fails, then the members read before are used; with none read yet, the check fails', async () => {
    slack.groups.set('S0STALE', ['UMEMBER1']);
    let now = new Date('2026-11-23T10:00:00Z');
    const warnings: string[] = [];
    const check = createApproverCheck(client, ['S0STALE'], () => now, { warn: (line) => warnings.push(String(line)) });

    slack.fail('usergroups.users.list', 500);
    await expect(check.isApprover('UMEMBER1')).rejects.toThrow();

    expect(await check.isApprover('UMEMBER1')).toBe(true);
    now = new Date('2026-11-23T10:10:00Z');
    slack.fail('usergroups.users.list', 500);
    expect(await check.isApprover('UMEMBER1')).toBe(true);
    expect(warnings.join('\n')).toMatch(/S0STALE/);
    // The next check reads the group again rather than trusting the stale members for another five minutes.
    const before = lookups('S0STALE');
    expect(await check.isApprover('UMEMBER1')).toBe(true);
    expect(lookups('S0STALE')).toBe(before + 1);
  });
});
