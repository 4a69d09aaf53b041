import type { Logger } from '@slack/bolt';
import { Cron } from 'croner';
import { DIGEST_CRON_OFF } from './digest-slot.ts';
import { type DigestRunDeps, type DigestRunOutcome, resumeUnfinishedDigests, runDueDigest } from './run-digest.ts';

/** The digest's timer. */
export interface DigestSchedule {
  /** Catches up a slot missed while the bot was down, then fires on DIGEST_CRON (unless it is `off`). */
  start(): Promise<void>;
  stop(): void;
  /** Runs the digest for the latest slot now (what the timer does at each slot). */
  runDue(options?: { catchUp?: boolean }): Promise<DigestRunOutcome>;
  /** Queues the rest of a claimed digest still going out (also every minute once started). */
  resumeUnfinished(): Promise<string[]>;
}

/** How often a claimed digest that stopped going out is looked for. */
const RESUME_INTERVAL_MS = 60_000;

/** Fires the morning digest on DIGEST_CRON in the digest's time zone, with croner. */
export function createDigestSchedule(deps: DigestRunDeps & { logger: Logger }): DigestSchedule {
  let timer: Cron | undefined;
  let resumeTimer: NodeJS.Timeout | undefined;
  const resumeUnfinished = () => resumeUnfinishedDigests(deps);
  const runDue = (options?: { catchUp?: boolean }) => runDueDigest(deps, options);
  const report = (outcome: DigestRunOutcome) => {
    if (outcome.kind === 'posted') {
      deps.logger.info(`digest: ${outcome.report.slot}${outcome.report.late ? ' (late)' : ''} queued`);
    }
  };
  const fail = (error: unknown) => {
    deps.logger.error(`digest: ${error instanceof Error ? error.message : String(error)}`);
  };
  return {
    async start() {
      resumeTimer ??= setInterval(() => {
        resumeUnfinished().catch(fail);
      }, RESUME_INTERVAL_MS);
      resumeTimer.unref();
      if (deps.cron === DIGEST_CRON_OFF) return;
      await runDue({ catchUp: true }).then(report, fail);
      // `protect` skips a firing while the previous run is still going; the slot is claimed by then anyway.
      timer ??= new Cron(deps.cron, { timezone: deps.timeZone, protect: true }, async () => {
        await runDue().then(report, fail);
      });
    },
    stop() {
      timer?.stop();
      timer = undefined;
      if (resumeTimer) clearInterval(resumeTimer);
      resumeTimer = undefined;
    },
    runDue,
    resumeUnfinished,
  };
}
