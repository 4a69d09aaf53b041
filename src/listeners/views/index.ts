import type { App } from '@slack/bolt';
import { AFTERCARE_CALLBACK, CALLBACK } from '../../blocks/ids.js';
import { requireCaseEditor } from '../../middleware/require-case-editor.js';
import { requireDecider } from '../../middleware/require-decider.js';
import type { ListenerContext } from '../listener-context.js';
import { submitFollowUpForm, submitRepairForm, submitRepairReadyForm } from './submit-aftercare-forms.js';
import { submitCompensationForm, submitOutcomeForm, submitTemperamentForm } from './submit-case-forms.js';
import { submitComplaintForm } from './submit-complaint-form.js';
import { submitDecision } from './submit-decision.js';

export function registerViews(app: App, ctx: ListenerContext): void {
  app.view(CALLBACK.complaintForm, submitComplaintForm(ctx));
  app.view(CALLBACK.outcomeForm, requireCaseEditor(ctx), submitOutcomeForm(ctx));
  app.view(CALLBACK.temperamentForm, requireCaseEditor(ctx), submitTemperamentForm(ctx));
  app.view(CALLBACK.compensationForm, requireCaseEditor(ctx), submitCompensationForm(ctx));
  app.view(CALLBACK.approveForm, requireDecider(ctx), submitDecision(ctx, 'approve'));
  app.view(CALLBACK.adjustForm, requireDecider(ctx), submitDecision(ctx, 'adjust'));
  app.view(CALLBACK.rejectForm, requireDecider(ctx), submitDecision(ctx, 'reject'));
  app.view(AFTERCARE_CALLBACK.followUpForm, requireCaseEditor(ctx), submitFollowUpForm(ctx));
  app.view(AFTERCARE_CALLBACK.repairForm, requireCaseEditor(ctx), submitRepairForm(ctx));
  app.view(AFTERCARE_CALLBACK.repairReadyForm, requireCaseEditor(ctx), submitRepairReadyForm(ctx));
}
