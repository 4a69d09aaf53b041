import type { BusinessDuration, BusinessHours } from '../domain/policy-schema.ts';
import { WEEKDAYS } from '../domain/policy-schema.ts';
import { addDays, localDateOf } from '../shared/local-date.ts';
import { instantAtLocalTime } from './period.ts';

const MINUTE_MS = 60_000;
/** Ten years of calendar days: far beyond any target, and a bound should a policy ever leave no day open. */
const MAX_DAYS = 3660;

/** What decides business time: the store's hours and its time zone. */
export interface BusinessCalendar {
  hours: BusinessHours;
  timeZone: string;
}

/** The minutes the store is open on an opening day. */
export function openMinutesPerDay(hours: BusinessHours): number {
  const minutes = (time: string) => {
    const [hour = 0, minute = 0] = time.split(':').map(Number);
    return hour * 60 + minute;
  };
  return minutes(hours.close) - minutes(hours.open);
}

/** A business duration in minutes of opening time; a day is one day's opening hours. */
export function durationMinutes(duration: BusinessDuration, hours: BusinessHours): number {
  if (duration.unit === 'm') return duration.amount;
  if (duration.unit === 'h') return duration.amount * 60;
  return duration.amount * openMinutesPerDay(hours);
}

/** The store's opening on a calendar day, as instants; undefined on a day it does not open. */
function openingOn(date: string, { hours, timeZone }: BusinessCalendar): { open: number; close: number } | undefined {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  // 0 is Sunday for getUTCDay; WEEKDAYS starts on Monday.
  const weekday = WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7];
  if (!weekday || !hours.days.includes(weekday)) return undefined;
  return {
    open: instantAtLocalTime(date, hours.open, timeZone).getTime(),
    close: instantAtLocalTime(date, hours.close, timeZone).getTime(),
  };
}

/**
 * The moment `minutes` of opening time after `start`: the clock runs only while the store is open, so
 * four hours from 19:00 in a shop open 09:00–21:00 ends at 11:00 the next opening day. Zero minutes from
 * a closed moment is the next opening.
 */
export function addBusinessMinutes(start: Date, minutes: number, calendar: BusinessCalendar): Date {
  let left = minutes * MINUTE_MS;
  let date = localDateOf(start, calendar.timeZone);
  for (let day = 0; day < MAX_DAYS; day++, date = addDays(date, 1)) {
    const opening = openingOn(date, calendar);
    if (!opening) continue;
    const from = Math.max(start.getTime(), opening.open);
    if (from >= opening.close) continue;
    if (left <= opening.close - from) return new Date(from + left);
    left -= opening.close - from;
  }
  throw new RangeError(`no opening hours within ${MAX_DAYS} days of ${start.toISOString()}`);
}

/** The opening time between two moments, in whole minutes (rounded down); 0 when `to` is not after `from`. */
export function businessMinutesBetween(from: Date, to: Date, calendar: BusinessCalendar): number {
  if (to.getTime() <= from.getTime()) return 0;
  let total = 0;
  const last = localDateOf(to, calendar.timeZone);
  let date = localDateOf(from, calendar.timeZone);
  for (let day = 0; day < MAX_DAYS && date <= last; day++, date = addDays(date, 1)) {
    const opening = openingOn(date, calendar);
    if (!opening) continue;
    const start = Math.max(from.getTime(), opening.open);
    const end = Math.min(to.getTime(), opening.close);
    if (end > start) total += end - start;
  }
  return Math.floor(total / MINUTE_MS);
}
