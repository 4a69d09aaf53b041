import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApproverCheck, mayChangeCase } from '../../src/slack/approvers.ts';
import { FakeSlackApi } from '../helpers/fake-slack-api.ts';

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

// Sharp edges the mutation run (docs/mutation-testing.md) found untested.
describe('the approver check, at its edges', () => {
  it('when APPROVERS mixes users and groups, then only the S… ids are read as groups', async () => {
    slack.groups.set('S0ONLY', ['UMEMBER']);
    const check = createApproverCheck(client, ['UDIRECT1', 'S0ONLY', 'WDIRECT2'], () => new Date());

    expect(await check.isApprover('UNOBODY')).toBe(false);
    expect(await check.listApprovers()).toEqual(['UDIRECT1', 'WDIRECT2', 'UMEMBER']);
    expect(lookups('S0ONLY')).toBe(1);
    expect(lookups('UDIRECT1')).toBe(0);
    expect(lookups('WDIRECT2')).toBe(0);
  });

  it('when a user id is listed, then that user decides without any group being read', async () => {
    slack.groups.set('S0UNREAD', ['UOTHER']);
    const check = createApproverCheck(client, ['S0UNREAD', 'UBOSS'], () => new Date());

    expect(await check.isApprover('UBOSS')).toBe(true);
    expect(lookups('S0UNREAD')).toBe(0);
  });

  it('when exactly five minutes have passed since a group was read, then it is read afresh', async () => {
    slack.groups.set('S0EDGE', ['UFIRST']);
    let now = new Date('2026-11-23T10:00:00.000Z');
    const check = createApproverCheck(client, ['S0EDGE'], () => now);
    expect(await check.isApprover('UFIRST')).toBe(true);

    slack.groups.set('S0EDGE', ['USECOND']);
    now = new Date('2026-11-23T10:04:59.999Z');
    expect(await check.isApprover('USECOND')).toBe(false);
    now = new Date('2026-11-23T10:05:00.000Z');
    expect(await check.isApprover('USECOND')).toBe(true);
    expect(lookups('S0EDGE')).toBe(2);
  });

  it('when a group is listed twice or shares members with the users, then everyone is listed once', async () => {
    slack.groups.set('S0DUPA', ['UBOTH', 'UA']);
    slack.groups.set('S0DUPB', ['UBOTH', 'UB']);
    const check = createApproverCheck(client, ['UBOTH', 'S0DUPA', 'S0DUPB'], () => new Date());
    expect(await check.listApprovers()).toEqual(['UBOTH', 'UA', 'UB']);
  });

  it('when Slack answers a group read without a member list, then nobody is an approver through that group', async () => {
    // A client that answers `ok` with no `users` field, as Slack's typings allow.
    const bare = { usergroups: { users: { list: async () => ({ ok: true }) } } } as unknown as WebClient;
    const check = createApproverCheck(bare, ['S0EMPTY'], () => new Date());
    expect(await check.listApprovers()).toEqual([]);
    expect(await check.isApprover('Stryker was here')).toBe(false);
    expect(await check.isApprover('')).toBe(false);
  });
});

describe('who may change a case', () => {
  const approvers = { isApprover: async (user: string) => user === 'UBOSS', listApprovers: async () => ['UBOSS'] };

  it('when the owner, an approver or someone else asks, then only the first two may', async () => {
    expect(await mayChangeCase('UOWNER', 'UOWNER', approvers)).toBe(true);
    expect(await mayChangeCase('UOWNER', 'UBOSS', approvers)).toBe(true);
    expect(await mayChangeCase('UOWNER', 'USTRANGER', approvers)).toBe(false);
  });
});
