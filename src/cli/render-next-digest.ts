import { DIGEST_CRON_OFF } from '../digest/digest-slot.ts';
import type { NextDigest } from '../digest/next-digest.ts';
import { formatMoment } from '../i18n/labels.ts';

/**
 * The lines `npm run digest -- --dry-run` prints above the digest: which slot goes out next and when,
 * the period it covers, and that what follows is what it would post if it ran now. In English, like the
 * command's other lines; the digest below is in DEFAULT_LOCALE, as it is posted.
 */
export function renderNextDigest(next: NextDigest, cron: string, timeZone: string, now: Date): string {
  const at = (moment: Date) => formatMoment(moment.toISOString(), timeZone);
  const when =
    cron === DIGEST_CRON_OFF
      ? 'the next run of npm run digest (DIGEST_CRON=off: each run is its own slot)'
      : next.when === 'now'
        ? 'due now: its slot passed without a digest (the bot posts it when it starts, marked late; npm run digest posts it when run)'
        : `posted by the bot at that time (DIGEST_CRON "${cron}")`;
  // "Since the first case" on an empty store reads as if there were one: say plainly there is none yet.
  const since = next.noCases
    ? `${next.first ? 'the first digest' : 'everything since the previous digest'}; there are no cases in the store yet`
    : next.first
      ? 'the first digest, so every complaint filed before it (since the first case)'
      : 'everything since the previous digest';
  const shown =
    next.when === 'now'
      ? 'What it would post now:'
      : `What it would post if it ran now (${at(now)}), with the period so far:`;
  return [
    `Next digest: ${at(next.slot)} (${timeZone}), ${when}.`,
    `Covers: ${at(next.from)} – ${at(next.to)}: ${since}.`,
    shown,
  ].join('\n');
}
