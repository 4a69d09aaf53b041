import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { parseExportPeriod, parseSearchQuery } from '../../archive/archive-query.ts';
import { exportCases } from '../../archive/export-cases.ts';
import { RECENT_SEARCH_DEPTH, searchCases } from '../../archive/search-cases.ts';
import { ARCHIVE_SUBCOMMAND } from '../../blocks/ids.ts';
import { fill, t } from '../../blocks/messages/common.ts';
import { ARCHIVE } from '../../blocks/messages/search-and-export.ts';
import { buildSearchResults, SEARCH_SHOWN } from '../../blocks/search-results.ts';
import { reviewLinks } from '../../slack/review-links.ts';
import { sendFileToUser } from '../../slack/send-file.ts';
import type { ListenerContext } from '../listener-context.ts';

type CommandArgs = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

/** Which archive request the command's text is, if any, and the rest of the text. */
export function archiveSubcommand(text: string): { kind: 'search' | 'export'; rest: string } | undefined {
  const [first = '', ...rest] = text.trim().split(/[\s\u3000]+/u);
  const word = first.toLowerCase();
  for (const kind of ['search', 'export'] as const) {
    if ((ARCHIVE_SUBCOMMAND[kind] as readonly string[]).includes(word)) return { kind, rest: rest.join(' ') };
  }
  return undefined;
}

/**
 * `/complaint search <words> [store:… from:… to:… temperament:… status:…]`: the matching cases, privately
 * (response_url, ephemeral), with links to their review posts. A malformed filter is answered at once in
 * one line.
 */
export function searchArchive(ctx: ListenerContext) {
  return async ({ ack, command, respond, client }: CommandArgs, rest: string): Promise<void> => {
    const language = await ctx.languages.resolve(command.user_id);
    const parsed = parseSearchQuery(rest);
    if (!parsed.ok) {
      await ack({ response_type: 'ephemeral', text: t(parsed.error, language) });
      return;
    }
    await ack();
    await ctx.ackGate.afterAck(async () => {
      try {
        const found = await searchCases(ctx.stores.cases, parsed.value, {
          timeZone: ctx.policy.timezone,
          now: ctx.clock(),
        });
        const links = await reviewLinks(client, found.cases.slice(0, SEARCH_SHOWN));
        const message = buildSearchResults({
          cases: found.cases,
          links,
          recentOnly: found.recentOnly,
          recentDepth: RECENT_SEARCH_DEPTH,
          language,
          policy: ctx.policy,
        });
        await respond({ response_type: 'ephemeral', replace_original: false, ...message });
      } catch (error) {
        // As for export: the requester is waiting for an answer, so say the search failed, then let the
        // app's error handler log why.
        await respond({ response_type: 'ephemeral', replace_original: false, text: t(ARCHIVE.searchFailed, language) });
        throw error;
      }
    });
  };
}

/**
 * `/complaint export <from> <to>`: the cases filed in the period as a CSV, sent to the requester's DM.
 * Managers only (APPROVERS), since it holds customer details; anyone else, or bad dates, get one line.
 */
export function exportArchive(ctx: ListenerContext) {
  return async ({ ack, command, respond, client }: CommandArgs, rest: string): Promise<void> => {
    const user = command.user_id;
    const language = await ctx.languages.resolve(user);
    if (!(await ctx.approvers.isApprover(user))) {
      await ack({ response_type: 'ephemeral', text: t(ARCHIVE.managersOnly, language) });
      return;
    }
    const parsed = parseExportPeriod(rest);
    if (!parsed.ok) {
      await ack({ response_type: 'ephemeral', text: t(parsed.error, language) });
      return;
    }
    await ack({ response_type: 'ephemeral', text: t(ARCHIVE.preparing, language) });
    const period = parsed.value;
    await ctx.ackGate.afterAck(async () => {
      try {
        const made = await exportCases(
          { cases: ctx.stores.cases, policy: ctx.policy, linksFor: (cases) => reviewLinks(client, cases) },
          period,
          language,
        );
        const values = { from: period.from, to: period.to, n: made.count };
        await sendFileToUser(client, user, {
          filename: made.filename,
          title: made.filename,
          content: made.csv,
          comment: fill(ARCHIVE.fileComment, language, values),
        });
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: fill(ARCHIVE.sent, language, values),
        });
      } catch (error) {
        // The requester is waiting for the file: say it did not come, then let the app's error handler log why.
        await respond({ response_type: 'ephemeral', replace_original: false, text: t(ARCHIVE.failed, language) });
        throw error;
      }
    });
  };
}
