import { InputError } from '../errors.ts';

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The offset of a time zone from UTC at a moment, in minutes (e.g. +480 for Asia/Shanghai). */
function offsetMinutes(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * Parses a moment as people type it: ISO 8601 with an offset, or a local date/time ("2026-11-20",
 * "2026-11-20T15:30") read in the store's time zone, since that is the clock the receipt shows.
 */
export function parseMoment(text: string, timeZone: string, label: string): Date {
  const value = text.trim();
  if (ISO_WITH_OFFSET.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  const local = ISO_LOCAL.exec(value);
  if (local) {
    const [, y, mo, d, h = '00', mi = '00', s = '00'] = local;
    const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    const date = new Date(asUtc);
    if (date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) && Number(h) < 24 && Number(mi) < 60) {
      return new Date(asUtc - offsetMinutes(timeZone, date) * 60_000);
    }
  }
  throw new InputError(
    `${label} "${value}" is not a date: use e.g. 2026-11-20, 2026-11-20T15:30 or 2026-11-20T15:30+08:00`,
  );
}
