import type { Logger } from '@slack/bolt';
import type { WeeklyReport } from '../domain/weekly-report.ts';
import { resumeUnfinishedWeeklies, runDueWeekly, type WeeklyRunDeps } from './run-weekly.ts';
import { createSlotSchedule, type SlotSchedule } from './schedule-slot.ts';

/** The weekly root-cause report's timer. */
export type WeeklySchedule = SlotSchedule<WeeklyReport>;

/** Fires the weekly root-cause report on WEEKLY_CRON, as the digest fires on DIGEST_CRON. */
export function createWeeklySchedule(deps: WeeklyRunDeps & { logger: Logger }): WeeklySchedule {
  return createSlotSchedule({
    cron: deps.cron,
    timeZone: deps.timeZone,
    logger: deps.logger,
    name: 'weekly report',
    runDue: (options) => runDueWeekly(deps, options),
    resumeUnfinished: () => resumeUnfinishedWeeklies(deps),
    describe: (report) => `${report.slot}${report.late ? ' (late)' : ''}`,
  });
}
