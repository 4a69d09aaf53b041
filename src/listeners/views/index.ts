import type { App } from '@slack/bolt';
import { CALLBACK } from '../../blocks/ids.js';
import { requireCaseEditor } from '../../middleware/require-case-editor.js';
import type { ListenerContext } from '../listener-context.js';
import { submitCompensationForm, submitOutcomeForm, submitTemperamentForm } from './submit-case-forms.js';
import { submitComplaintForm } from './submit-complaint-form.js';

export function registerViews(app: App, ctx: ListenerContext): void {
  app.view(CALLBACK.complaintForm, submitComplaintForm(ctx));
  app.view(CALLBACK.outcomeForm, requireCaseEditor(ctx), submitOutcomeForm(ctx));
  app.view(CALLBACK.temperamentForm, requireCaseEditor(ctx), submitTemperamentForm(ctx));
  app.view(CALLBACK.compensationForm, requireCaseEditor(ctx), submitCompensationForm(ctx));
}
