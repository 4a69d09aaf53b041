import type { ActionsBlock, AnyBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildAppHome } from '../../src/blocks/app-home.ts';
import {
  buildApprovalReminder,
  buildApprovalRequestMessage,
  buildDecisionNotice,
  buildRequestReceipt,
} from '../../src/blocks/approval-message.ts';
import { parseApprovalRef } from '../../src/blocks/approval-ref.ts';
import { buildDecisionModal, parseDecisionForm } from '../../src/blocks/decision-modals.ts';
import { buildHistoryModal } from '../../src/blocks/history-modal.ts';
import { ACTION } from '../../src/blocks/ids.ts';
import { checkBlockLimits, checkViewLimits } from '../../src/blocks/limits.ts';
import { approvalRequestAt, decideRequest, withdrawRequest } from '../../src/domain/approval-request.ts';
import type { ApprovalRequestedEvent, Case } from '../../src/domain/case.ts';
import {
  apply,
  at,
  EMAIL,
  englishCase,
  hostileCase,
  MANAGER,
  OWNER,
  ordinaryCase,
  PHONE,
  policy,
} from './block-fixtures.ts';
import { activeMrkdwn, HAN, mrkdwnTexts } from './block-texts.ts';

const HOSTILE_REASON = `<!channel> pay me <@U999> ${PHONE} ${EMAIL} & more`;

function requested(record: Case, reason = 'Wants 200'): Case {
  return apply(record, [
    { type: 'proposed', at: at(1), by: OWNER, remedyId: 'compensation', amount: 200 },
    { type: 'approval-requested', at: at(2), by: OWNER, remedyId: 'compensation', amount: 200, reason },
  ]);
}
const REQUEST = 2;
const eventOf = (record: Case) => approvalRequestAt(record, REQUEST)?.event as ApprovalRequestedEvent;
const isActions = (block: AnyBlock): block is ActionsBlock => block.type === 'actions';
const buttonsOf = (blocks: readonly AnyBlock[]) => blocks.filter(isActions).flatMap((block) => block.elements);

describe('the request message', () => {
  it('when a request is pending, then it shows the ask, the rule it goes beyond and the decide buttons carrying the request', () => {
    const record = requested(englishCase);
    const message = buildApprovalRequestMessage({ record, request: REQUEST, language: 'en', policy });
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('A1');
    expect(text).toContain('Staff authority');
    expect(text).toContain('Wants 200');
    const buttons = buttonsOf(message.blocks);
    expect(buttons.map((button) => button.action_id)).toEqual([
      ACTION.approve,
      ACTION.adjust,
      ACTION.reject,
      ACTION.showHistory,
    ]);
    const first = buttons[0];
    expect(first && 'value' in first ? parseApprovalRef(first.value) : undefined).toEqual({
      caseId: record.id,
      request: REQUEST,
    });
    expect(checkBlockLimits(message.blocks, 'message')).toEqual([]);
  });

  it('when everything people wrote is hostile and at its limits, then nothing pings, contacts are masked, and it fits', () => {
    const record = requested(hostileCase, HOSTILE_REASON);
    for (const language of ['zh', 'en'] as const) {
      const message = buildApprovalRequestMessage({ record, request: REQUEST, language, policy });
      expect(checkBlockLimits(message.blocks, 'message')).toEqual([]);
      for (const text of mrkdwnTexts(message)) expect(activeMrkdwn(text)).toEqual([]);
      const all = JSON.stringify(message);
      expect(all).not.toContain(PHONE);
      expect(all).not.toContain(EMAIL);
    }
  });

  it('when it is decided, then the message shows the decision, who and when, and has no buttons', () => {
    const record = decideRequest(requested(englishCase), REQUEST, {
      at: at(3),
      by: MANAGER,
      decision: 'adjusted',
      remedyId: 'compensation',
      amount: 120,
      reason: 'Half is fair',
    });
    const message = buildApprovalRequestMessage({ record, request: REQUEST, language: 'en', policy });
    expect(buttonsOf(message.blocks)).toEqual([]);
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('Approved with changes by <@U_MANAGER> at 2026-11-21 10:03');
    expect(text).toContain('¥120');
    expect(text).toContain('Half is fair');
    const zh = JSON.stringify(buildApprovalRequestMessage({ record, request: REQUEST, language: 'zh', policy }).blocks);
    expect(zh).toContain('已由 <@U_MANAGER> 于 2026-11-21 10:03 调整后批准');
  });

  it('when it is withdrawn, then the message says so and has no buttons', () => {
    const record = withdrawRequest(requested(englishCase), REQUEST, OWNER, at(3));
    const message = buildApprovalRequestMessage({ record, request: REQUEST, language: 'en', policy });
    expect(buttonsOf(message.blocks)).toEqual([]);
    expect(JSON.stringify(message.blocks)).toContain('Withdrawn by <@U_STAFF>');
  });
});

describe('what staff and approvers are told', () => {
  it('when staff ask, then their receipt says to promise nothing and offers Withdraw', () => {
    const receipt = buildRequestReceipt({ record: requested(ordinaryCase), request: REQUEST, language: 'zh', policy });
    expect(receipt.text).toMatch(HAN);
    expect(buttonsOf(receipt.blocks).map((button) => button.action_id)).toEqual([
      ACTION.withdrawRequest,
      ACTION.showHistory,
    ]);
  });

  it('when a manager rejects, then the staff member hears the decision and the reason, and that the case is open again', () => {
    const record = decideRequest(requested(englishCase), REQUEST, {
      at: at(3),
      by: MANAGER,
      decision: 'rejected',
      remedyId: 'compensation',
      reason: 'Damage by use',
    });
    const decision = record.decisions[0];
    if (!decision) throw new Error('no decision');
    const notice = JSON.stringify(buildDecisionNotice(record, decision, 'en', policy));
    expect(notice).toContain('rejected');
    expect(notice).toContain('Damage by use');
    expect(notice).toContain('open again');
  });

  it('when a reminder is built, then it names the request and carries the decide buttons, in the reader language', () => {
    const reminder = buildApprovalReminder({
      record: requested(ordinaryCase),
      request: REQUEST,
      language: 'zh',
      policy,
    });
    expect(reminder.text).toContain('提醒');
    expect(buttonsOf(reminder.blocks).map((button) => button.action_id)).toContain(ACTION.approve);
  });
});

describe('the decision forms', () => {
  const record = requested(englishCase);
  const event = eventOf(record);
  const text = (value: string | null) => ({ value: { type: 'plain_text_input', value } });

  it.each(['approve', 'adjust', 'reject'] as const)('when the %s form is built, then it fits a modal', (kind) => {
    const view = buildDecisionModal({ kind, record, request: REQUEST, event, language: 'zh', policy });
    expect(checkViewLimits(view)).toEqual([]);
    expect(parseApprovalRef(view.private_metadata)).toEqual({ caseId: record.id, request: REQUEST });
  });

  it('when Approve is submitted without a comment, then it approves the request as asked', () => {
    expect(parseDecisionForm('approve', { reason: text(null) }, 'en', record, event)).toEqual({
      ok: true,
      remedyId: 'compensation',
      amount: 200,
    });
  });

  it('when Reject has no reason, then the reason block carries the error', () => {
    const result = parseDecisionForm('reject', { reason: text('  ') }, 'en', record, event);
    expect(result).toMatchObject({ ok: false, errors: { reason: 'Please fill this in.' } });
  });

  it('when Adjust names a remedy the policy does not allow here, or changes nothing, then it is refused inline', () => {
    const select = (value: string) => ({ value: { type: 'static_select', selected_option: { value } } });
    const amount = (value: string | null) => ({ value: { type: 'number_input', value } });
    const adjust = (remedy: string, value: string | null) =>
      parseDecisionForm(
        'adjust',
        { remedyId: select(remedy), amount: amount(value), reason: text('r') },
        'en',
        record,
        event,
      );
    expect(adjust('made-up', '20')).toMatchObject({ ok: false, errors: { remedyId: expect.any(String) } });
    expect(adjust('compensation', '200')).toMatchObject({ ok: false, errors: { amount: expect.any(String) } });
    expect(adjust('compensation', null)).toMatchObject({
      ok: false,
      errors: { amount: 'This remedy needs an amount.' },
    });
    expect(adjust('compensation', 'lots')).toMatchObject({ ok: false, errors: { amount: expect.any(String) } });
    expect(adjust('exchange', null)).toEqual({ ok: true, remedyId: 'exchange', reason: 'r' });
    expect(adjust('compensation', '120')).toEqual({ ok: true, remedyId: 'compensation', amount: 120, reason: 'r' });
  });
});

describe('reading the record back', () => {
  it('when the history is shown, then every request, withdrawal and decision is in it, and it fits a modal', () => {
    const record = decideRequest(
      apply(withdrawRequest(requested(hostileCase, HOSTILE_REASON), REQUEST, OWNER, at(3)), [
        { type: 'proposed', at: at(4), by: OWNER, remedyId: 'compensation', amount: 80 },
        { type: 'approval-requested', at: at(5), by: OWNER, remedyId: 'compensation', amount: 80, reason: 'Settle' },
      ]),
      5,
      { at: at(6), by: MANAGER, decision: 'approved', remedyId: 'compensation', amount: 80 },
    );
    const view = buildHistoryModal({ record, language: 'en', policy });
    expect(checkViewLimits(view)).toEqual([]);
    const text = JSON.stringify(view.blocks);
    expect(text).toContain("asked for a manager's approval");
    expect(text).toContain('withdrew the request');
    expect(text).toContain('*approved*');
    expect(text).not.toContain(PHONE);
    for (const shown of mrkdwnTexts({ blocks: view.blocks })) expect(activeMrkdwn(shown)).toEqual([]);
  });
});

describe('App Home for approvers', () => {
  it('when several cases await approval, then each is listed with its own buttons and block ids stay unique', () => {
    const first = requested(englishCase);
    const second = { ...requested(ordinaryCase), id: 'C-2' };
    const home = buildAppHome({
      language: 'en',
      mine: [],
      recent: [],
      policy,
      now: new Date(at(60)),
      pending: [
        { record: first, request: REQUEST },
        { record: second, request: REQUEST },
      ],
      viewer: MANAGER,
    });
    expect(checkViewLimits(home)).toEqual([]);
    expect(buttonsOf(home.blocks).filter((button) => button.action_id === ACTION.approve)).toHaveLength(2);
    const own = buildAppHome({
      language: 'en',
      mine: [],
      recent: [],
      policy,
      pending: [{ record: first, request: REQUEST }],
      viewer: OWNER,
    });
    expect(buttonsOf(own.blocks)).toEqual([]);
    expect(JSON.stringify(own.blocks)).toContain('another approver must decide it');
  });
});
