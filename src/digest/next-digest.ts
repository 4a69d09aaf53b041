import type { DigestReport } from '../domain/digest-report.ts';
import { DIGEST_CRON_OFF, nextSlot, slotAt } from './digest-slot.ts';
import { buildDueReport, type DigestRunDeps } from './run-digest.ts';
import { isMissedSlot } from './run-slot.ts';

/** The digest that goes out next, as `npm run digest -- --dry-run` shows it. */
export interface NextDigest {
  /** The slot it is for. */
  slot: Date;
  /**
   * `now`: its slot has passed without it — the bot posts it when it starts (marked late), `npm run digest`
   * when run; `at-slot`: the schedule posts it when the slot comes.
   */
  when: 'now' | 'at-slot';
  /** The period it covers: from where the previous digest ended (or, for the first, the first case) to the slot. */
  from: Date;
  to: Date;
  /** No digest went out before: this one covers every case filed before it. */
  first: boolean;
  /** No case is stored yet: a new install, or a store that is not the one meant. */
  noCases: boolean;
  /** What it would post if it ran now: for a slot still to come, the period so far. */
  report: DigestReport;
}

/**
 * Finds the digest that goes out next and builds what it would post if it ran now, by the rules the bot
 * posts by (run-digest.ts): the latest slot when it was missed (or, with DIGEST_CRON `off`, the current
 * minute's run), else the next slot, covering so far everything since the previous digest. Reads only;
 * claims nothing. Undefined when the schedule never fires again.
 */
export async function findNextDigest(deps: Omit<DigestRunDeps, 'send' | 'queue'>): Promise<NextDigest | undefined> {
  const now = deps.clock();
  const last = await deps.stores.digests.last();
  const latest = slotAt(deps.cron, deps.timeZone, now);
  const noCases = (await deps.stores.cases.firstCreatedAt()) === undefined;
  if (
    latest &&
    (deps.cron === DIGEST_CRON_OFF || isMissedSlot(latest, last)) &&
    !(await deps.stores.digests.get(latest.toISOString()))
  ) {
    const report = await buildDueReport(deps, latest);
    return { slot: latest, when: 'now', from: new Date(report.from), to: latest, first: !last, noCases, report };
  }
  const slot = nextSlot(deps.cron, deps.timeZone, now);
  if (!slot) return undefined;
  const report = await buildDueReport(deps, slot, now);
  return { slot, when: 'at-slot', from: new Date(report.from), to: slot, first: !last, noCases, report };
}
