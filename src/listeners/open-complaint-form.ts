import type { WebClient } from '@slack/web-api';
import { buildComplaintModal } from '../blocks/complaint-modal.ts';
import { type FormMetadata, formMetadata } from '../blocks/form-metadata.ts';
import { defaultLanguage } from '../services.ts';
import { encodedView } from '../slack/encoded-view.ts';
import { lacksScope } from '../slack/granted-scopes.ts';
import type { ListenerContext } from './listener-context.ts';

/** Who opens the complaint form, and what it starts with. */
export interface OpenFormRequest {
  user: string;
  triggerId: string;
  /** The text after `/complaint`: the customer's words. */
  customerWords?: string;
  /** A message filed as a complaint: its text, as what happened. */
  narrative?: string;
  /** The channel the form was opened from, when there is one. */
  channel?: string;
  /** The Slack message the complaint is filed from, so the case links back to it. */
  source?: FormMetadata['source'];
}

/**
 * Opens the complaint form at once — the trigger expires in 3 s — in the language already known for the
 * user, then switches it to their Slack locale if that differs.
 */
export async function openComplaintForm(ctx: ListenerContext, client: WebClient, request: OpenFormRequest) {
  const guess = ctx.languages.cached(request.user) ?? defaultLanguage(ctx.config);
  // Slack refuses a form with a file input from an app without files:read (one from an older manifest).
  const fileInput = !lacksScope(ctx.grantedScopes?.(), 'files:read');
  const build = (language: typeof guess) =>
    buildComplaintModal({
      language,
      ...(request.customerWords === undefined ? {} : { prefill: request.customerWords }),
      ...(request.narrative === undefined ? {} : { narrative: request.narrative }),
      categories: ctx.policy.categories,
      stores: ctx.config.stores,
      customerField: ctx.config.customerKey !== undefined,
      fileInput,
      privateMetadata: formMetadata({
        channel: request.channel ?? '',
        ...(request.source ? { source: request.source } : {}),
      }),
    });
  const opened = await client.views.open({ trigger_id: request.triggerId, view: encodedView(build(guess)) });
  const language = await ctx.languages.resolve(request.user);
  const viewId = opened.view?.id;
  if (language !== guess && viewId) {
    await client.views.update({
      view_id: viewId,
      ...(opened.view?.hash ? { hash: opened.view.hash } : {}),
      view: encodedView(build(language)),
    });
  }
}
