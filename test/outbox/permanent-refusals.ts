/** Slack's answers the issue names as permanent: a post refused with one of these can never succeed as sent. */
export const PERMANENT_REFUSALS = [
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'invalid_blocks',
  'msg_too_long',
  'invalid_auth',
  'account_inactive',
  'no_permission',
  'restricted_action',
  'too_many_attachments',
  'invalid_arguments',
] as const;
