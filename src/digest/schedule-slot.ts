import type { Logger } from '@slack/bolt';
import { Cron } from 'croner';
import { DIGEST_CRON_OFF } from './digest-slot.ts';
import type { SlotRunOutcome } from './run-slot.ts';

/** A scheduled report's timer (the digest's, the weekly report's). */
export interface SlotSchedule<Report> {
  /** Catches up a slot missed while the bot was down, then fires on the cron pattern (unless it is `off`). */
  start(): Promise<void>;
  stop(): void;
  /** Runs the report for the latest slot now (what the timer does at each slot). */
  runDue(options?: { catchUp?: boolean }): Promise<SlotRunOutcome<Report>>;
  /** Queues the rest of a claimed report still going out (also every minute once started). */
  resumeUnfinished(): Promise<string[]>;
}

/** How often a claimed report that stopped going out is looked for. */
const RESUME_INTERVAL_MS = 60_000;

export interface SlotScheduleDeps<Report> {
  cron: string;
  timeZone: string;
  logger: Logger;
  /** What the log calls it ("digest"). */
  name: string;
  runDue: (options?: { catchUp?: boolean }) => Promise<SlotRunOutcome<Report>>;
  resumeUnfinished: () => Promise<string[]>;
  /** The log line of a report queued. */
  describe: (report: Report) => string;
}

/** Fires a scheduled report on its cron pattern in its time zone, with croner. */
export function createSlotSchedule<Report>(deps: SlotScheduleDeps<Report>): SlotSchedule<Report> {
  let timer: Cron | undefined;
  let resumeTimer: NodeJS.Timeout | undefined;
  const report = (outcome: SlotRunOutcome<Report>) => {
    if (outcome.kind === 'posted') deps.logger.info(`${deps.name}: ${deps.describe(outcome.report)} queued`);
  };
  const fail = (error: unknown) => {
    deps.logger.error(`${deps.name}: ${error instanceof Error ? error.message : String(error)}`);
  };
  return {
    async start() {
      resumeTimer ??= setInterval(() => {
        deps.resumeUnfinished().catch(fail);
      }, RESUME_INTERVAL_MS);
      resumeTimer.unref();
      if (deps.cron === DIGEST_CRON_OFF) return;
      await deps.runDue({ catchUp: true }).then(report, fail);
      // `protect` skips a firing while the previous run is still going; the slot is claimed by then anyway.
      timer ??= new Cron(deps.cron, { timezone: deps.timeZone, protect: true }, async () => {
        await deps.runDue().then(report, fail);
      });
    },
    stop() {
      timer?.stop();
      timer = undefined;
      if (resumeTimer) clearInterval(resumeTimer);
      resumeTimer = undefined;
    },
    runDue: deps.runDue,
    resumeUnfinished: deps.resumeUnfinished,
  };
}
