import { approvalRefValue } from '../../src/blocks/approval-ref.ts';
import { ACTION, CALLBACK } from '../../src/blocks/ids.ts';
import { viewSubmission } from './complaint-payloads.ts';

let counter = 0;

/** A click on a decide button (Approve, Adjust, Reject, Withdraw) where the request was posted. */
export function requestButtonClick(
  actionId: string,
  ref: { caseId: string; request: number },
  user: string,
  channel = 'C0REVIEW',
) {
  const ts = `1700000100.${String(++counter).padStart(6, '0')}`;
  return {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false },
    trigger_id: `trigger-approval-${counter}`,
    team: { id: 'T1', domain: 'test' },
    channel: { id: channel, name: channel.startsWith('D') ? 'directmessage' : 'review' },
    message: { type: 'message', ts, text: 'request' },
    response_url: 'http://127.0.0.1:9/response',
    actions: [
      {
        action_id: actionId,
        block_id: `approval:${ref.request}`,
        value: approvalRefValue(ref),
        type: 'button',
        action_ts: '1700000101.0001',
      },
    ],
  };
}

/** A decision form as submitted: `reason` (a comment for Approve), and for Adjust a remedy and an amount. */
export function decisionForm(
  kind: 'approve' | 'adjust' | 'reject',
  ref: { caseId: string; request: number },
  user: string,
  fields: { reason?: string; remedyId?: string; amount?: string } = {},
) {
  const values: Record<string, Record<string, unknown>> = {
    reason: { value: { type: 'plain_text_input', value: fields.reason ?? null } },
  };
  if (kind === 'adjust') {
    values.remedyId = {
      value: {
        type: 'static_select',
        selected_option: fields.remedyId
          ? { value: fields.remedyId, text: { type: 'plain_text', text: fields.remedyId } }
          : null,
      },
    };
    values.amount = { value: { type: 'number_input', value: fields.amount ?? null } };
  }
  const callback = { approve: CALLBACK.approveForm, adjust: CALLBACK.adjustForm, reject: CALLBACK.rejectForm }[kind];
  return viewSubmission(callback, values, { user, privateMetadata: approvalRefValue(ref) });
}

export { ACTION };
