import { ACTION, CALLBACK } from '../../src/blocks/ids.ts';

let counter = 0;

const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
const select = (value: string) => ({
  value: { type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } },
});

/** A view_submission as Slack sends it. */
export function viewSubmission(
  callbackId: string,
  values: Record<string, Record<string, unknown>>,
  options: { viewId?: string; user?: string; privateMetadata?: string } = {},
) {
  return {
    type: 'view_submission',
    team: { id: 'T1', domain: 'test' },
    user: { id: options.user ?? 'U_STAFF', name: 'staff', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: `trigger-view-${++counter}`,
    view: {
      id: options.viewId ?? `VVIEW${++counter}`,
      team_id: 'T1',
      type: 'modal',
      callback_id: callbackId,
      private_metadata: options.privateMetadata ?? '',
      hash: 'h',
      state: { values },
      blocks: [],
      app_id: 'A1',
      bot_id: 'BBOT',
      root_view_id: 'VROOT',
      previous_view_id: null,
      title: { type: 'plain_text', text: 'Form' },
    },
    response_urls: [],
  };
}

/** A minimal valid complaint form; `extra` adds or overrides fields (e.g. the special-price box). */
export function complaintForm(
  narrative: string,
  words: string,
  { extra, ...options }: { viewId?: string; user?: string; extra?: Record<string, Record<string, unknown>> } = {},
) {
  return viewSubmission(
    CALLBACK.complaintForm,
    { narrative: text(narrative), customerWords: text(words), category: select('jewellery'), ...extra },
    { ...options, privateMetadata: JSON.stringify({ channel: 'C_STORE' }) },
  );
}

/** The complaint form's "bought at a special price" box, ticked. */
export const SPECIAL_PRICE_TICKED = {
  specialPrice: {
    value: {
      type: 'checkboxes',
      selected_options: [{ value: 'special', text: { type: 'plain_text', text: 'special' } }],
    },
  },
};

/** A button click in the bot's DM with a user, as Slack sends it. */
export function buttonClick(actionId: string, value: string, user = 'U_STAFF') {
  return {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'D_STAFF', is_ephemeral: false },
    trigger_id: `trigger-click-${++counter}`,
    team: { id: 'T1', domain: 'test' },
    channel: { id: 'D_STAFF', name: 'directmessage' },
    message: { type: 'message', ts: '1700000000.000100', text: 'analysis' },
    response_url: 'http://127.0.0.1:9/response',
    actions: [{ action_id: actionId, block_id: 'case_actions', value, type: 'button', action_ts: '1700000001.0001' }],
  };
}

/** The outcome form for a case. */
export function outcomeForm(
  caseId: string,
  outcome: string,
  satisfaction: string,
  improvement: string,
  user = 'U_STAFF',
  /** Whether the customer accepted (issue 15); `null` leaves the choice unmade. */
  accepted: 'accepted' | 'declined' | null = 'accepted',
) {
  return viewSubmission(
    CALLBACK.outcomeForm,
    {
      outcome: text(outcome),
      satisfaction: select(satisfaction),
      improvement: text(improvement),
      ...(accepted === null ? {} : { accepted: select(accepted) }),
    },
    { user, privateMetadata: JSON.stringify({ caseId }) },
  );
}

export { ACTION };

/** The compensation request form for a case. */
export function compensationForm(
  caseId: string,
  remedyId: string,
  amount: string | undefined,
  reason: string,
  user = 'U_STAFF',
) {
  const values: Record<string, Record<string, unknown>> = {
    remedyId: select(remedyId),
    reason: text(reason),
    amount: { value: { type: 'number_input', value: amount ?? null } },
  };
  return viewSubmission(CALLBACK.compensationForm, values, { user, privateMetadata: JSON.stringify({ caseId }) });
}

/** A file as Slack describes it in a `file_input`'s state (issue 15); `overrides` changes any field. */
export function slackFile(id: string, name: string, mimetype: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    created: 1_700_000_000,
    timestamp: 1_700_000_000,
    name,
    title: name,
    mimetype,
    filetype: name.split('.').pop() ?? '',
    size: 245_000,
    user: 'U_STAFF',
    user_team: 'T1',
    url_private: `https://files.slack.com/files-pri/T1-${id}/${encodeURIComponent(name)}`,
    url_private_download: `https://files.slack.com/files-pri/T1-${id}/download/${encodeURIComponent(name)}`,
    permalink: `https://example.slack.com/files/U_STAFF/${id}/${encodeURIComponent(name)}`,
    ...overrides,
  };
}

/** The complaint form's "Photos and receipts" input with `files` attached, for `complaintForm`'s `extra`. */
export function filesAttached(files: readonly unknown[]) {
  return { files: { value: { type: 'file_input', files } } };
}
