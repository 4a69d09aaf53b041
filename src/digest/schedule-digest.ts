import type { Logger } from '@slack/bolt';
import type { DigestReport } from '../domain/digest-report.ts';
import { type DigestRunDeps, resumeUnfinishedDigests, runDueDigest } from './run-digest.ts';
import { createSlotSchedule, type SlotSchedule } from './schedule-slot.ts';

/** The digest's timer. */
export type DigestSchedule = SlotSchedule<DigestReport>;

/** Fires the morning digest on DIGEST_CRON in the digest's time zone, with croner. */
export function createDigestSchedule(deps: DigestRunDeps & { logger: Logger }): DigestSchedule {
  return createSlotSchedule({
    cron: deps.cron,
    timeZone: deps.timeZone,
    logger: deps.logger,
    name: 'digest',
    runDue: (options) => runDueDigest(deps, options),
    resumeUnfinished: () => resumeUnfinishedDigests(deps),
    describe: (report) => `${report.slot}${report.late ? ' (late)' : ''}`,
  });
}
