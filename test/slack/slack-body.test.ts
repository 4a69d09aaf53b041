import { parse } from 'node:querystring';
import { describe, expect, it } from 'vitest';
import { ACTION } from '../../src/blocks/ids.ts';
import { checkSlackBody } from '../../src/slack/slack-body.ts';
import { decisionForm, requestButtonClick } from '../helpers/approval-payloads.ts';
import { buttonClick, complaintForm, outcomeForm } from '../helpers/complaint-payloads.ts';
import { slashCommandBody } from '../helpers/signed-request.ts';

/** An App Home opening as the Events API sends it. */
const appHomeOpened = {
  token: 'legacy',
  team_id: 'T1',
  api_app_id: 'A1',
  type: 'event_callback',
  event_id: 'Ev1',
  event_time: 1_700_000_000,
  authorizations: [{ enterprise_id: null, team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  event: { type: 'app_home_opened', user: 'U_STAFF', channel: 'D_STAFF', tab: 'home', event_ts: '1700000000.1' },
};

/** A click as Slack sends it for an org-wide install: no team, the enterprise and the user's workspace instead. */
const orgWideClick = {
  ...buttonClick(ACTION.recordOutcome, 'case-1'),
  team: null,
  enterprise: { id: 'E1', name: 'Chain' },
  is_enterprise_install: true,
};

describe('checkSlackBody', () => {
  it.each([
    ['a slash command', parse(slashCommandBody({ text: 'the strap broke' }))],
    ['an empty slash command', parse(slashCommandBody({}))],
    ['a complaint form submitted', complaintForm('The clasp broke', 'It broke')],
    ['an outcome form submitted', outcomeForm('case-1', 'refunded', 'satisfied', 'check clasps')],
    ['a button click in a DM', buttonClick(ACTION.recordOutcome, 'case-1')],
    ['a decide button in the review channel', requestButtonClick(ACTION.approve, { caseId: 'c1', request: 0 }, 'UM')],
    ['a decision form', decisionForm('approve', { caseId: 'c1', request: 0 }, 'UM', { reason: 'ok' })],
    ['a click from an org-wide install', orgWideClick],
    ['App Home opened', appHomeOpened],
    ['any other event', { ...appHomeOpened, event: { type: 'app_mention', text: 'hi' } }],
    ["Slack's URL check", { type: 'url_verification', challenge: 'c', token: 'legacy' }],
    ["Slack's SSL check", { ssl_check: '1', token: 'legacy' }],
  ])('when the body is %s as Slack sends it, then it passes', (_name, body) => {
    expect(checkSlackBody(body)).toEqual({ ok: true });
  });

  it.each([
    ['null', null, 'the body is null, not an object'],
    ['an array', [], 'the body is an array, not an object'],
    ['a number', 0, 'the body is a number, not an object'],
    ['a string', 'x', 'the body is a string, not an object'],
    ['true', true, 'the body is a boolean, not an object'],
    ['an empty object', {}, 'no kind of Slack request this app takes'],
    ['a form with a null payload field', { payload: null }, 'no kind of Slack request this app takes'],
    ['a payload with a null type', { type: null }, 'no kind of Slack request this app takes'],
    ['a command without its text', { ...parse(slashCommandBody({})), text: undefined }, 'text:'],
    ['a command that names no command', { ...parse(slashCommandBody({})), command: 'null' }, 'command:'],
    ['a submission whose view is a string', { ...complaintForm('n', 'w'), view: 'x' }, 'view:'],
    ['a submission without a user', { ...complaintForm('n', 'w'), user: null }, 'user:'],
    ['a submission whose form state is null', { ...complaintForm('n', 'w'), view: { id: 'V1', state: null } }, 'view.'],
    ['a click whose actions are null', { ...buttonClick('a', 'v'), actions: null }, 'actions:'],
    ['a click whose actions hold null', { ...buttonClick('a', 'v'), actions: [null] }, 'actions.0:'],
    ['a click with no actions', { ...buttonClick('a', 'v'), actions: [] }, 'actions:'],
    ['a click whose team is a string', { ...buttonClick('a', 'v'), team: 'T1' }, 'team:'],
    ['an event envelope whose event is null', { ...appHomeOpened, event: null }, 'event:'],
    [
      'an App Home opening with no user',
      { ...appHomeOpened, event: { type: 'app_home_opened', tab: 'home' } },
      'event.user:',
    ],
    [
      'an event envelope whose authorizations hold null',
      { ...appHomeOpened, authorizations: [null] },
      'authorizations.0:',
    ],
    ['a shortcut with no user', { type: 'shortcut', callback_id: 'x', user: null }, 'user:'],
    [
      'an interaction of a type this app takes none of',
      { ...buttonClick('a', 'v'), type: 'dialog_submission' },
      'type:',
    ],
  ])('when the body is %s, then it is refused with why', (_name, body, why) => {
    const verdict = checkSlackBody(body);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.reason).toContain(why);
  });

  it('when a body is refused, then the reason names the field, never what the body said', () => {
    const verdict = checkSlackBody({ ...complaintForm('Call me on 555-0100', 'x'), view: 'Call 555-0100' });
    expect(verdict.ok ? '' : verdict.reason).not.toContain('555');
  });
});
