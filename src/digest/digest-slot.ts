import { Cron } from 'croner';

/** The value of DIGEST_CRON that turns the in-app schedule off (for an external scheduler). */
export const DIGEST_CRON_OFF = 'off';

/** The schedule as croner reads it, only asked about its moments: given no function, it never runs anything. */
function schedule(cron: string, timeZone: string): Cron {
  return new Cron(cron, { timezone: timeZone, paused: true });
}

/**
 * The latest moment at or before `now` that the cron pattern names, in `timeZone`: the slot a digest
 * built now is for. Undefined for a pattern that never fired before `now`.
 */
export function latestSlot(cron: string, timeZone: string, now: Date): Date | undefined {
  // previousRuns looks strictly before its start, so a digest built exactly at 08:30 is for 08:30.
  const [slot] = schedule(cron, timeZone).previousRuns(1, new Date(now.getTime() + 1));
  return slot ?? undefined;
}

/**
 * The slot a digest built now is for: the latest DIGEST_CRON moment, or — with the schedule `off`, when
 * an external scheduler runs `npm run digest` — the current minute, so that runs repeated within a minute
 * (a retried cron job) still make one digest.
 */
export function slotAt(cron: string, timeZone: string, now: Date): Date | undefined {
  if (cron === DIGEST_CRON_OFF) return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  return latestSlot(cron, timeZone, now);
}

/**
 * The first slot after `now`: when the schedule (or, with it `off`, the next minute's run) posts a
 * digest next. Undefined for a pattern that never fires again.
 */
export function nextSlot(cron: string, timeZone: string, now: Date): Date | undefined {
  if (cron === DIGEST_CRON_OFF) return new Date((Math.floor(now.getTime() / 60_000) + 1) * 60_000);
  return schedule(cron, timeZone).nextRun(now) ?? undefined;
}

/** Why a cron pattern or time zone is refused, or undefined when croner accepts both. */
export function checkSchedule(cron: string, timeZone: string): string | undefined {
  // croner reads a pattern without spaces ("8:30") as a date and answers about ISO 8601, which says nothing
  // to someone who meant a time of day. Its nicknames (@daily, @weekly) are single words and stay croner's.
  if (!/\s|^@/.test(cron.trim())) {
    return `${JSON.stringify(cron)} is one field; a pattern has five separated by spaces (minute hour day month weekday; six with seconds first)`;
  }
  try {
    schedule(cron, timeZone).nextRun();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
