import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { awaySubcommand } from '../../blocks/away-modal.ts';
import type { ListenerContext } from '../listener-context.ts';
import { answerHelp, isHelpRequest } from './answer-help.ts';
import { archiveSubcommand, exportArchive, searchArchive } from './archive-commands.ts';
import { awayCommand } from './away-command.ts';
import { openComplaintModal } from './open-complaint-modal.ts';

/**
 * `/complaint` has one listener, since a command must be acknowledged once: `help` / `帮助` alone is
 * answered privately with what the command can do; `search …` / `搜索 …` and `export …` / `导出 …` go to
 * the archive; `away` / `不在` to the away form of an approver (issue 15); anything else — the customer's words, or nothing — opens the complaint form.
 */
export function routeComplaintCommand(ctx: ListenerContext) {
  const openForm = openComplaintModal(ctx);
  const search = searchArchive(ctx);
  const exportCsv = exportArchive(ctx);
  const help = answerHelp(ctx);
  const away = awayCommand(ctx);
  return async (args: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    if (isHelpRequest(args.command.text)) return help(args);
    const awayKind = awaySubcommand(args.command.text);
    if (awayKind) return away(args, awayKind);
    const archive = archiveSubcommand(args.command.text);
    if (archive?.kind === 'search') return search(args, archive.rest);
    if (archive?.kind === 'export') return exportCsv(args, archive.rest);
    return openForm(args);
  };
}
