import { z } from 'zod';

/*
 * What a request body must look like before Bolt sees it. Bolt trusts a body once its signature checks out
 * and reads fields of it unguarded: a signed `null` killed the process (`null.ssl_check`), a `view` that is a
 * string or `actions: null` ended in a 500 or in no answer at all, and a command without `text` threw in a
 * listener. Slack never sends such bodies, so each is refused whole here; only the fields Bolt and this
 * app's listeners read are checked, and anything else in a body passes through untouched.
 */

const id = z.string().min(1);
/** `team` is null on an org-wide install; the user then names the workspace. */
const team = z.looseObject({ id, enterprise_id: z.string().optional() }).nullable().optional();
const enterprise = z.looseObject({ id }).nullable().optional();
const user = z.looseObject({ id, team_id: z.string().optional() });
const channel = z.looseObject({ id }).nullable().optional();

const CommandSchema = z.looseObject({
  command: z.string().startsWith('/'),
  text: z.string(),
  team_id: id,
  enterprise_id: z.string().optional(),
  user_id: id,
  channel_id: id,
  trigger_id: id,
  response_url: z.string(),
});

/** The part of an interaction every type shares: who, where, and what Bolt reads to answer. */
const interaction = {
  user,
  team,
  enterprise,
  channel,
  response_url: z.string().optional(),
  response_urls: z.array(z.looseObject({ response_url: z.string() })).optional(),
  trigger_id: z.string().optional(),
};

/** A modal as a view_submission carries it: its form's values, and the case it is about. */
const SubmittedViewSchema = z.looseObject({
  id,
  callback_id: z.string(),
  private_metadata: z.string(),
  app_installed_team_id: z.string().optional(),
  state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), z.looseObject({}))) }),
});

const BlockActionsSchema = z.looseObject({
  ...interaction,
  type: z.literal('block_actions'),
  actions: z.array(z.looseObject({ action_id: z.string(), type: z.string(), value: z.string().optional() })).min(1),
  view: z.looseObject({ id }).optional(),
  container: z.looseObject({}).optional(),
  message: z.looseObject({}).optional(),
});

const ViewActionSchema = z.looseObject({
  ...interaction,
  type: z.enum(['view_submission', 'view_closed']),
  view: SubmittedViewSchema,
});

const ShortcutSchema = z.looseObject({
  ...interaction,
  type: z.enum(['shortcut', 'message_action']),
  callback_id: z.string(),
});

const OptionsSchema = z.looseObject({
  ...interaction,
  type: z.literal('block_suggestion'),
  action_id: z.string(),
  value: z.string(),
});

/** The event types a listener here reads, with the fields it reads; any other event needs only its type. */
const EVENT_FIELDS: Readonly<Record<string, z.ZodType>> = {
  app_home_opened: z.looseObject({ user: id, tab: z.string() }),
};

const EventSchema = z.looseObject({ type: z.string().min(1) }).superRefine((event, ctx) => {
  const fields = EVENT_FIELDS[event.type]?.safeParse(event);
  for (const issue of fields?.error?.issues ?? []) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }
});

const EventEnvelopeSchema = z.looseObject({
  type: z.literal('event_callback'),
  team_id: z.string().optional(),
  enterprise_id: z.string().nullable().optional(),
  authorizations: z
    .array(
      z.looseObject({
        team_id: z.string().nullable().optional(),
        enterprise_id: z.string().nullable().optional(),
        is_enterprise_install: z.boolean().optional(),
      }),
    )
    .optional(),
  event: EventSchema,
});

/** The verdict on a body: accepted, or refused with a reason for the log (never the body itself). */
export type BodyVerdict = { ok: true } | { ok: false; reason: string };

/** Whether a parsed JSON value is an object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The schema for a body, chosen as Bolt chooses how to handle it (App's getTypeAndConversation, in its
 * order), so the body checked is the body Bolt will read; undefined for a body Bolt would find no type in.
 */
function schemaFor(body: Record<string, unknown>): z.ZodType | undefined {
  if (body.event !== undefined) return EventEnvelopeSchema;
  if (body.command !== undefined) return CommandSchema;
  if (body.name !== undefined || body.type === 'block_suggestion') return OptionsSchema;
  if (body.actions !== undefined || body.type === 'dialog_submission') return BlockActionsSchema;
  if (body.type === 'shortcut' || body.type === 'message_action') return ShortcutSchema;
  if (body.type === 'view_submission' || body.type === 'view_closed') return ViewActionSchema;
  return undefined;
}

/**
 * Checks a parsed Slack body (an HTTP request's, or a Socket Mode envelope's payload) before Bolt reads it:
 * an object of one of the kinds this app takes, with the fields Bolt and the listeners read of the right
 * type. Slack's own checks (`ssl_check`, `url_verification`) pass as objects, since Bolt answers them itself.
 */
export function checkSlackBody(body: unknown): BodyVerdict {
  if (!isJsonObject(body)) {
    const what = body === null ? 'null' : Array.isArray(body) ? 'an array' : `a ${typeof body}`;
    return { ok: false, reason: `the body is ${what}, not an object` };
  }
  if (body.ssl_check === '1' || body.type === 'url_verification' || body.type === 'app_rate_limited') {
    return { ok: true };
  }
  const schema = schemaFor(body);
  if (!schema) return { ok: false, reason: 'the body is no kind of Slack request this app takes' };
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'the body';
  return { ok: false, reason: `${where}: ${issue?.message ?? 'not as Slack sends it'}` };
}
