import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { parseComplaintForm } from '../../blocks/complaint-form.ts';
import { readFormMetadata } from '../../blocks/form-metadata.ts';
import { COMPLAINT_BLOCK } from '../../blocks/ids.ts';
import { t } from '../../blocks/messages.ts';
import { buildNotSavedMessage, NOT_SAVED } from '../../blocks/not-saved-messages.ts';
import { caseIdFor, fileComplaint } from '../../complaints/file-complaint.ts';
import { customerRefOf } from '../../domain/customer-ref.ts';
import { isAppError } from '../../errors.ts';
import { reviewLinks } from '../../slack/review-links.ts';
import type { ListenerContext } from '../listener-context.ts';

/**
 * The complaint form: invalid fields go back inline before acknowledging, and so does a store that cannot
 * take the complaint (the form stays open with everything typed); a valid one is acknowledged within
 * Slack's 3 s and then analysed, stored and posted.
 */
export function submitComplaintForm(ctx: ListenerContext) {
  return async ({ ack, body, view, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs): Promise<void> => {
    const language = ctx.languages.cached(body.user.id) ?? (await ctx.languages.resolve(body.user.id));
    const { customerKey } = ctx.config;
    const parsed = parseComplaintForm(
      view.state.values,
      ctx.clock(),
      language,
      customerKey === undefined ? undefined : (typed) => customerRefOf(typed, customerKey),
    );
    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    if (!(await ctx.storeWatch.check()).ok) {
      await ack({
        response_action: 'errors',
        errors: { [COMPLAINT_BLOCK.narrative]: t(NOT_SAVED.formError, language) },
      });
      return;
    }
    await ack();
    const { complaint } = parsed;
    const { source } = readFormMetadata(view.private_metadata);
    await ctx.ackGate
      .afterAck(async () =>
        fileComplaint(
          {
            cases: ctx.stores.cases,
            delivery: ctx.delivery,
            policy: ctx.policy,
            analyser: ctx.analyser,
            clock: ctx.clock,
            defaultStore: ctx.config.stores[0] ?? '—',
            metrics: ctx.metrics,
            linksFor: (cases) => reviewLinks(client, cases),
          },
          {
            complaint: source ? { ...complaint, source: await withPermalink(client, source) } : complaint,
            owner: body.user.id,
            sourceId: view.id,
          },
        ),
      )
      .catch(async (error: unknown) => {
        // The store failed after the form closed: the watch logs it and turns /healthz 503, and unless the
        // case did get stored, its owner gets their text back. The outbox is in that store, so this message
        // goes to Slack directly.
        if (!isAppError(error) || error.code !== 'store_unavailable') throw error;
        void ctx.storeWatch.check();
        const stored = await ctx.stores.cases.get(caseIdFor(view.id)).catch(() => undefined);
        if (stored) throw error;
        await client.chat.postMessage({ channel: body.user.id, ...buildNotSavedMessage(complaint, language) });
      });
  };
}

/**
 * The message a complaint was filed from, with its permalink for the review post. Without one (Slack could
 * not say, the message is gone) the case keeps where the message was, and files all the same.
 */
async function withPermalink(
  client: WebClient,
  source: { channel: string; ts: string },
): Promise<{ channel: string; ts: string; link?: string }> {
  const answer = await client.chat
    .getPermalink({ channel: source.channel, message_ts: source.ts })
    .catch(() => undefined);
  return answer?.permalink ? { ...source, link: answer.permalink } : source;
}
