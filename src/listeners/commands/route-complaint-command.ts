import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { ListenerContext } from '../listener-context.js';
import { archiveSubcommand, exportArchive, searchArchive } from './archive-commands.js';
import { openComplaintModal } from './open-complaint-modal.js';

/**
 * `/complaint` has one listener, since a command must be acknowledged once: `search …` / `搜索 …` and
 * `export …` / `导出 …` go to the archive; anything else — the customer's words, or nothing — opens the
 * complaint form as before.
 */
export function routeComplaintCommand(ctx: ListenerContext) {
  const openForm = openComplaintModal(ctx);
  const search = searchArchive(ctx);
  const exportCsv = exportArchive(ctx);
  return async (args: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const archive = archiveSubcommand(args.command.text);
    if (archive?.kind === 'search') return search(args, archive.rest);
    if (archive?.kind === 'export') return exportCsv(args, archive.rest);
    return openForm(args);
  };
}
