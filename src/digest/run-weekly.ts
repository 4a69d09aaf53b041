import type { WeeklyReport } from '../domain/weekly-report.ts';
import { WeeklyReportBuilder, weeklyWindow } from './build-weekly-report.ts';
import { weeklyJob } from './post-weekly.ts';
import type { DigestRunDeps } from './run-digest.ts';
import { resumeUnfinishedSlots, runDueSlot, type SlotRunDeps, type SlotRunOutcome } from './run-slot.ts';

/** What a weekly run needs: as the digest's, with `cron` holding WEEKLY_CRON. */
export type WeeklyRunDeps = DigestRunDeps;

export type WeeklyRunOutcome = SlotRunOutcome<WeeklyReport>;

/** How many weeks the scheduled report covers: the last one, against the one before. */
export const SCHEDULED_WEEKS = 1;

/**
 * The weekly root-cause report of the `weeks` weeks up to `slot`, read case by case from the store: every
 * case filed before the slot (whether complaints of a cause fell after its first improvement needs them
 * all, as cause and filing time), the period's and the previous period's counted in full.
 */
export async function buildWeeklyFromStore(
  deps: Pick<WeeklyRunDeps, 'stores' | 'policy' | 'clock'>,
  slot: Date,
  weeks: number,
): Promise<WeeklyReport> {
  const builder = new WeeklyReportBuilder({ slot, weeks, now: deps.clock(), policy: deps.policy });
  const first = (await deps.stores.cases.firstCreatedAt()) ?? weeklyWindow(slot, weeks).previousFrom;
  const since = new Date(Math.min(first.getTime(), weeklyWindow(slot, weeks).previousFrom.getTime()));
  for await (const record of deps.stores.cases.eachCreatedBetween(since, slot)) builder.add(record);
  return builder.build();
}

function slotDeps(deps: WeeklyRunDeps): SlotRunDeps<WeeklyReport> {
  return {
    store: deps.stores.weeklies,
    cron: deps.cron,
    timeZone: deps.timeZone,
    clock: deps.clock,
    build: (slot) => buildWeeklyFromStore(deps, slot, SCHEDULED_WEEKS),
    jobOf: weeklyJob,
    send: deps.send,
    queue: deps.queue,
  };
}

/**
 * Makes sure the weekly report of the latest WEEKLY_CRON slot is out, exactly once per slot across restarts
 * and instances sharing a store, as the digest is (run-slot.ts). With `catchUp` (at start), a slot missed
 * while the bot was down goes out now, marked late.
 */
export function runDueWeekly(deps: WeeklyRunDeps, { catchUp = false } = {}): Promise<WeeklyRunOutcome> {
  return runDueSlot(slotDeps(deps), { catchUp });
}

/** Queues the next part of a claimed weekly report still going out. */
export function resumeUnfinishedWeeklies(deps: WeeklyRunDeps): Promise<string[]> {
  return resumeUnfinishedSlots(slotDeps(deps));
}
