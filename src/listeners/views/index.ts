import type { App } from '@slack/bolt';
import { AWAY_CALLBACK } from '../../blocks/away-modal.ts';
import { AFTERCARE_CALLBACK, CALLBACK, HANDOFF_CALLBACK } from '../../blocks/ids.ts';
import { requireCaseEditor } from '../../middleware/require-case-editor.ts';
import { requireDecider } from '../../middleware/require-decider.ts';
import { skipRepeatedHandoff } from '../../middleware/skip-repeated-handoff.ts';
import type { ListenerContext } from '../listener-context.ts';
import { submitFollowUpForm, submitRepairForm, submitRepairReadyForm } from './submit-aftercare-forms.ts';
import { submitAwayForm } from './submit-away-form.ts';
import { submitCompensationForm, submitOutcomeForm, submitTemperamentForm } from './submit-case-forms.ts';
import { submitComplaintForm } from './submit-complaint-form.ts';
import { submitDecision } from './submit-decision.ts';
import { submitHandoffForm, submitReopenForm } from './submit-handoff-forms.ts';

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
  app.view(HANDOFF_CALLBACK.handoffForm, skipRepeatedHandoff(ctx), requireCaseEditor(ctx), submitHandoffForm(ctx));
  app.view(HANDOFF_CALLBACK.reopenForm, requireCaseEditor(ctx), submitReopenForm(ctx));
  app.view(AWAY_CALLBACK, submitAwayForm(ctx));
}
