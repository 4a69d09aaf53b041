import type { App } from '@slack/bolt';
import { COMMAND } from '../../blocks/ids.ts';
import type { ListenerContext } from '../listener-context.ts';
import { routeComplaintCommand } from './route-complaint-command.ts';

export function registerCommands(app: App, ctx: ListenerContext): void {
  app.command(COMMAND.complaint, routeComplaintCommand(ctx));
}
