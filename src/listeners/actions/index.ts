import type { App, BlockButtonAction } from '@slack/bolt';
import { ACTION } from '../../blocks/ids.js';
import { requireCaseEditor } from '../../middleware/require-case-editor.js';
import type { ListenerContext } from '../listener-context.js';
import { openCompensationModal, openOutcomeModal, openTemperamentModal } from './open-case-modals.js';

export function registerActions(app: App, ctx: ListenerContext): void {
  app.action<BlockButtonAction>(ACTION.recordOutcome, requireCaseEditor(ctx), openOutcomeModal);
  app.action<BlockButtonAction>(ACTION.correctTemperament, requireCaseEditor(ctx), openTemperamentModal);
  app.action<BlockButtonAction>(ACTION.requestCompensation, requireCaseEditor(ctx), openCompensationModal);
}
