import type { BusinessHours } from '../domain/policy-schema.ts';
import { WEEKDAYS } from '../domain/policy-schema.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The weekday and the wall-clock time ("HH:MM") of a moment in a time zone. */
function localTime(at: Date, timeZone: string): { day: (typeof WEEKDAYS)[number]; time: string } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const day = WEEKDAYS.find((name) => name === get('weekday').toLowerCase()) ?? 'mon';
  return { day, time: `${get('hour')}:${get('minute')}` };
}

/** Whether the store is open at a moment: an opening day, from `open` up to (not including) `close`. */
export function isWithinBusinessHours(at: Date, hours: BusinessHours, timeZone: string): boolean {
  const { day, time } = localTime(at, timeZone);
  return hours.days.includes(day) && time >= hours.open && time < hours.close;
}

/** What decides whether a pending request's approvers are reminded now. */
export interface ReminderTiming {
  requestedAt: string;
  now: Date;
  /** APPROVAL_REMIND_HOURS. */
  afterHours: number;
  hours: BusinessHours;
  timeZone: string;
}

/**
 * Whether a pending request is due its reminder: it has waited `afterHours`, and the store is open now.
 * A threshold passed at night is therefore met at the next opening (the sweep runs all day); managers are
 * not woken up for a complaint.
 */
export function isReminderDue({ requestedAt, now, afterHours, hours, timeZone }: ReminderTiming): boolean {
  const waited = now.getTime() - Date.parse(requestedAt);
  return waited >= afterHours * 3_600_000 && isWithinBusinessHours(now, hours, timeZone);
}
