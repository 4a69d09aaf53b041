import type { WebClient } from '@slack/web-api';
import { fileComplaint } from '../complaints/file-complaint.ts';
import type { Case } from '../domain/case.ts';
import type { HeldComplaint } from '../domain/held-complaint.ts';
import { reviewLinks } from '../slack/review-links.ts';
import type { ListenerContext } from './listener-context.ts';

/**
 * Files a complaint the form's submission held (see HeldComplaint), and lets it go once its case is
 * stored. The form's listener calls it right after the acknowledgement; a start of the bot calls it for what
 * a run that died left held, at the moment it was received (`clock`).
 */
export async function fileHeldComplaint(
  ctx: ListenerContext,
  client: WebClient,
  held: HeldComplaint,
  clock: () => Date = ctx.clock,
): Promise<Case> {
  const filed = await fileComplaint(
    {
      cases: ctx.stores.cases,
      delivery: ctx.delivery,
      policy: ctx.policy,
      analyser: ctx.analyser,
      clock,
      defaultStore: ctx.config.stores[0] ?? '—',
      metrics: ctx.metrics,
      linksFor: (cases) => reviewLinks(client, cases),
      pause: () => ctx.ackGate.quiet(),
    },
    {
      complaint: held.source ? { ...held.complaint, source: await withPermalink(client, held.source) } : held.complaint,
      owner: held.owner,
      sourceId: held.id,
    },
  );
  await ctx.stores.intake.release(held.id);
  return filed;
}

/**
 * The message a complaint was filed from, with its permalink for the review post. Without one (Slack could
 * not say, the message is gone) the case keeps where the message was, and files all the same.
 */
async function withPermalink<Source extends { channel: string; ts: string }>(
  client: WebClient,
  source: Source,
): Promise<Source & { link?: string }> {
  const answer = await client.chat
    .getPermalink({ channel: source.channel, message_ts: source.ts })
    .catch(() => undefined);
  return answer?.permalink ? { ...source, link: answer.permalink } : source;
}
